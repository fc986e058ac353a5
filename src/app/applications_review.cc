// R-APP-ROUTE review stages of an application after the unit's recommendation:
// 州直 → dept (主管部门复审) then joint (联审); county → county (县市联合审核) then joint.
// R-APP-LATE: a dept/county review after the joint-review deadline is refused — the
// materials did not reach the committee in time and count as not applying.
#include <algorithm>

#include "app/applications.h"
#include "app/audit.h"
#include "app/error.h"
#include "core/application_rules.h"

namespace zp::app {
namespace json = boost::json;

json::object review_application(const Context& ctx, const Actor& actor, const std::string& id,
                                const std::string& stage_code, const std::string& decision,
                                const std::string& opinion) {
  const auto stage = core::parse_review_stage(stage_code);
  if (!stage || *stage == core::ReviewStage::unit)
    bad_request("字段 stage 取值无效：" + stage_code + "（可选：dept、county、joint）");
  if (decision != "pass" && decision != "return" && decision != "reject")
    bad_request("字段 decision 取值无效：" + decision + "（可选：pass、return、reject）");
  if (opinion.find_first_not_of(" \t\r\n") == std::string::npos) bad_request("字段 opinion 不能为空");
  if (!actor.any({"dept_reviewer", "title_office"})) forbidden("只有主管部门、县市职改部门或职改办可以审核");

  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::write);
  auto app = application_for(*tx, actor, id);
  auto round = load_round(*tx, app.round_id);
  if (!round) not_found("评审批次");

  // Who may review at which stage.
  bool allowed = actor.has("title_office");
  if (!allowed && actor.has("dept_reviewer")) {
    if (*stage == core::ReviewStage::committee_joint)
      allowed = tx->one("SELECT 1 AS x FROM committees WHERE id = ? AND host_org_id = ?",
                        {round->committee_id, actor.org_id})
                    .has_value();
    else
      allowed = org_oversees(*tx, actor.org_id, app.unit_id);
  }
  if (!allowed) forbidden("无权进行「" + std::string{core::chinese(*stage)} + "」环节的审核");
  if (app.status != "recommended")
    throw Failure(Category::conflict, "申报状态为 " + app.status + "，须经单位推荐后方可审核");

  // Stages done in the current cycle: passes after the last return.
  std::vector<core::ReviewStage> done{core::ReviewStage::unit};
  auto last_return = tx->one(
      "SELECT COALESCE(MAX(seq), 0) AS m FROM application_reviews WHERE application_id = ? AND decision = "
      "'return'",
      {id});
  for (const auto& r : tx->query("SELECT stage FROM application_reviews WHERE application_id = ? AND "
                                 "decision = 'pass' AND seq > ?",
                                 {id, last_return->i64("m")}))
    if (auto s = core::parse_review_stage(r.str("stage"))) done.push_back(*s);

  core::Outcome o = core::check_next_stage(placement_of(*tx, app.unit_id), done, *stage);
  if (*stage != core::ReviewStage::committee_joint)
    o.merge(core::check_materials_on_time(round->joint_review_deadline, today, true));
  require(o, "审核不符合申报程序");

  const std::string now = ctx.clock.now_rfc3339();
  // seq: the review's order within the application (the write transaction serialises writers).
  auto next =
      tx->one("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM application_reviews WHERE application_id = ?", {id});
  tx->exec(
      "INSERT INTO application_reviews(application_id, seq, stage, decision, opinion, at, by_actor) "
      "VALUES (?,?,?,?,?,?,?)",
      {id, next->i64("n"), stage_code, decision, opinion, now, actor.username});
  std::string status = app.status;
  if (decision == "return")
    status = "returned";
  else if (decision == "reject")
    status = "rejected";
  else if (*stage == core::ReviewStage::committee_joint)
    status = "reviewed";
  if (status != app.status) set_status(*tx, ctx, id, status);
  add_history(*tx, ctx, &actor, id, "review." + stage_code + "." + decision, opinion);
  audit_append(*tx, ctx, &actor, "application.review", "application:" + id,
               json::object{{"stage", stage_code}, {"decision", decision}});
  tx->commit();
  return json::object{{"id", id},
                      {"status", status},
                      {"stage", stage_code},
                      {"decision", decision},
                      {"warnings", violations_array(o.warnings)}};
}

}  // namespace zp::app
