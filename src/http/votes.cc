// The secret ballot (§四(四)): open, ballots, paper tally, close, receipts, board.
#include "app/checkpoints.h"
#include "app/error.h"
#include "app/votes.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {

void register_votes(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/rounds/{id}/votes",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          std::vector<std::string> ids;
          const auto& arr = req_array(b, "application_ids");
          for (std::size_t i = 0; i < arr.size(); ++i) ids.push_back(element_string(arr, i, "application_ids"));
          return created(app::open_vote(ctx, a, req.param("id"), ids));
        },
        {"开始无记名投票表决", "votes", false, R"({"type":"object","required":["application_ids"]})"});
  r.add("GET", "/api/v1/votes/{id}",
        [&ctx](Request& req) { return ok(app::get_vote(ctx, require_actor(ctx, req), req.param("id"))); },
        {"表决（结果在评审结果公示前仅限工作机构、职改办、纪检监督）", "votes"});
  r.add("POST", "/api/v1/votes/{id}/ballots",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          const auto& c = req_object(b, "choices");
          std::map<std::string, std::string> choices;
          for (const auto& kv : c) {
            if (!kv.value().is_string())
              app::bad_request("字段 choices." + std::string(kv.key()) + " 须为 yes、no 或 abstain");
            choices[std::string(kv.key())] = std::string(kv.value().as_string());
          }
          return created(app::cast_ballot(ctx, a, req.param("id"), choices));
        },
        {"投票（出席评委，每人一次；返回回执）", "votes", false, R"({"type":"object","required":["choices"]})"});
  r.add("POST", "/api/v1/votes/{id}/paper-tally",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          std::vector<app::PaperCount> counts;
          const auto& arr = req_array(b, "results");
          for (std::size_t i = 0; i < arr.size(); ++i) {
            const auto& o = element_object(arr, i, "results");
            auto n = [&](const char* f) {
              const auto v = req_int(o, f);
              if (v < 0 || v > 1000) app::bad_request(std::string("字段 results.") + f + " 超出范围");
              return static_cast<int>(v);
            };
            counts.push_back({req_string(o, "application_id"), n("yes"), n("no"), n("abstain")});
          }
          return ok(app::record_paper_tally(ctx, a, req.param("id"), counts));
        },
        {"录入纸质选票计票结果", "votes", false, R"({"type":"object","required":["results"]})"});
  r.add("POST", "/api/v1/votes/{id}/early-close",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return ok(app::record_early_close(ctx, a, req.param("id"), req_string(b, "reason")));
        },
        {"会议主持人记录提前结束表决的理由（未全部投票时结束表决的前提；审计、纪检可见）", "votes", false,
         R"({"type":"object","required":["reason"]})"});
  r.add("POST", "/api/v1/votes/{id}/close",
        [&ctx](Request& req) { return ok(app::close_vote(ctx, require_actor(ctx, req), req.param("id"))); },
        {"结束表决并计票（同意票不少于出席人数的三分之二；未全部投票须先由主持人记录理由）", "votes"});
  r.add("GET", "/api/v1/votes/{id}/receipts/{receipt}",
        [&ctx](Request& req) {
          require_actor(ctx, req);
          return ok(app::check_receipt(ctx, req.param("id"), req.param("receipt")));
        },
        {"凭回执核对选票是否计入", "votes"});
  r.add("GET", "/api/v1/votes/{id}/board",
        [&ctx](Request& req) { return ok(app::vote_board(ctx, require_actor(ctx, req), req.param("id"))); },
        {"选票公告板（纪检监督、职改办）：表决结束后全部选票与复算结果；表决中仅投票人数", "votes"});
  r.add("GET", "/api/v1/audit/checkpoints",
        [&ctx](Request& req) { return ok(app::list_checkpoints(ctx, require_actor(ctx, req))); },
        {"审计链签名检查点", "audit"});
}

}  // namespace zp::http
