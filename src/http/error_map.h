// The one table from error categories to HTTP status, and the error body of API.md:
// {"error":{"code":"…","message":"…","violations":[{"rule","section","message"}]}}
#pragma once

#include <string>
#include <vector>

#include "app/error.h"
#include "http/message.h"

namespace zp::http {

int status_of(app::Category c);
Response error_response(app::Category c, const std::string& message,
                        const std::vector<core::Violation>& violations = {});
Response error_response(const app::Failure& f);

}  // namespace zp::http
