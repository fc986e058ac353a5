// Stage-2 committee publicity (R-PUB-TWO-STAGE stage 2, R-PUB-DURATION,
// R-PUB-UNIT-CONTENT "stage 2 shows the list of persons who passed").
#include "app/applications.h"
#include "app/audit.h"
#include "app/calendar.h"
#include "app/documents.h"
#include "app/error.h"
#include "app/meeting_support.h"
#include "app/series.h"
#include "core/level.h"
#include "core/publicity.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;

json::object create_committee_publicity(const Context& ctx, const Actor& actor, const PublicityRequest& r) {
  const core::Date today = ctx.clock.today();
  if (r.start_date < today) bad_request("字段 start_date 不能早于今天（" + today.str() + "）");
  const core::Date end = value_or_throw(core::publicity_end(*ctx.calendar(), r.start_date));
  auto tx = ctx.db.begin(store::TxMode::write);
  auto round = load_round(*tx, r.round_id);
  if (!round) bad_request("字段 round_id 不是已登记的评审批次");
  require_round_office(actor, *round);
  if (tx->one("SELECT 1 AS x FROM votes WHERE round_id = ? AND status = 'open'", {round->id}))
    throw Failure(Category::conflict, "本批次仍有未结束的表决");
  if (tx->one("SELECT 1 AS x FROM publicities WHERE round_id = ? AND stage = 'committee'", {round->id}))
    throw Failure(Category::conflict, "本批次的评审结果公示已发布");
  auto passed = tx->query(
      "SELECT a.id, a.series, a.specialty, a.target_level, a.promotion_type, p.name, o.name AS unit "
      "FROM applications a JOIN persons p ON p.id = a.person_id JOIN orgs o ON o.id = a.unit_id "
      "WHERE a.round_id = ? AND a.status = 'passed' ORDER BY o.name, p.name, a.id",
      {round->id});
  if (passed.empty()) throw Failure(Category::conflict, "本批次没有评审通过的人员");
  const std::string id = crypto::random_id();
  tx->exec("INSERT INTO publicities(id, stage, round_id, unit_id, start_date, end_date, posts, created_at, "
           "created_by) VALUES (?,?,?,NULL,?,?,NULL,?,?)",
           {id, "committee", round->id, r.start_date.str(), end.str(), ctx.clock.now_rfc3339(), actor.username});
  std::int64_t pos = 0;
  for (const auto& a : passed) {
    auto level = core::parse_level(a.str("target_level"));
    auto pt = core::parse_promotion_type(a.str("promotion_type"));
    const std::string tname = title_name(*tx, a.str("series"), a.str("specialty"), a.str("target_level"));
    json::object content{{"application_id", a.str("id")},
                         {"name", a.str("name")},
                         {"unit", a.str("unit")},
                         {"series", a.str("series")},
                         {"specialty", a.str("specialty")},
                         {"level", level ? std::string{core::chinese(*level)} : a.str("target_level")},
                         {"title_name", tname},
                         {"applying_for", a.str("series") + " " + a.str("specialty") + " " + tname},
                         {"promotion_type", pt ? std::string{core::chinese(*pt)} : a.str("promotion_type")}};
    tx->exec("INSERT INTO publicity_items(publicity_id, application_id, position, content) VALUES (?,?,?,?)",
             {id, a.str("id"), pos++, json::serialize(content)});
    add_history(*tx, ctx, &actor, a.str("id"), "publicity.committee", r.start_date.str() + " 至 " + end.str());
  }
  audit_append(*tx, ctx, &actor, "publicity.create", "publicity:" + id,
               json::object{{"stage", "committee"}, {"round_id", round->id}, {"start_date", r.start_date.str()},
                            {"end_date", end.str()}, {"applications", pos}});
  tx->commit();
  return json::object{{"id", id}, {"stage", "committee"}, {"start_date", r.start_date.str()},
                      {"end_date", end.str()}, {"count", pos}, {"warnings", json::array{}}};
}

}  // namespace zp::app
