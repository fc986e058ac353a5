// R-EVAL-METHODS (§三(一)(二)): the evaluation methods configured per series and level.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/context.h"

namespace zp::app {

// GET /api/v1/eval-methods/{series}/{level} (logged in): the configured set, or the
// default (评审 + 面试答辩 for senior levels, 评审 otherwise) with configured=false.
boost::json::object get_eval_methods(const Context& ctx, const std::string& series, const std::string& level);
// PUT /api/v1/eval-methods/{series}/{level} (title office) {methods:[code…], notes?}.
boost::json::object put_eval_methods(const Context& ctx, const Actor& actor, const std::string& series,
                                     const std::string& level, const std::vector<std::string>& methods,
                                     const std::string& notes);

}  // namespace zp::app
