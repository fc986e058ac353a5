#include "app/records.h"

#include "app/applications.h"
#include "app/audit.h"
#include "app/error.h"
#include "crypto/random.h"

namespace zp::app {
namespace json = boost::json;
namespace {

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::string(s));
  return a;
}

ApplicationRow for_unit(store::Tx& tx, const Actor& actor, const std::string& id) {
  auto app = application_for(tx, actor, id);
  if (!(actor.has("unit_hr") && actor.org_id == app.unit_id))
    forbidden("只有申报人所在用人单位可以填写推荐过程记录");
  return app;
}

}  // namespace

json::object put_recommendation_record(const Context& ctx, const Actor& actor, const std::string& id,
                                       core::UnitRecommendationRecord rec) {
  auto tx = ctx.db.begin(store::TxMode::write);
  for_unit(*tx, actor, id);
  if (rec.original_materials.find_first_not_of(" \t\r\n") == std::string::npos) {
    std::string list;
    for (const auto& a :
         tx->query("SELECT title, date FROM application_achievements WHERE application_id = ? "
                   "ORDER BY date, seq",
                   {id}))
      list += (list.empty() ? "" : "；") + a.str("title") + "（" + a.str("date") + "）";
    rec.original_materials = list;
  }
  require(core::check_unit_recommendation_record(rec), "单位推荐过程记录不完整");
  json::object body{{"date", rec.date->str()},
                    {"attendees", strings(rec.attendees)},
                    {"remarks_summary", rec.remarks_summary},
                    {"chosen", strings(rec.chosen)},
                    {"publicity_meeting", rec.publicity_meeting},
                    {"time", rec.publicity_time},
                    {"place", rec.publicity_place},
                    {"original_materials", rec.original_materials},
                    {"objection_handling", rec.objection_handling},
                    {"signed_by_head", rec.head_signature},
                    {"signed_by_recorder", rec.recorder_signature}};
  const std::string now = ctx.clock.now_rfc3339();
  const bool replaced = tx->exec(
                            "UPDATE recommendation_records SET record = ?, created_at = ?, created_by = ? "
                            "WHERE application_id = ?",
                            {json::serialize(body), now, actor.username, id}) > 0;
  if (!replaced)
    tx->exec(
        "INSERT INTO recommendation_records(application_id, record, created_at, created_by) VALUES (?,?,?,?)",
        {id, json::serialize(body), now, actor.username});
  add_history(*tx, ctx, &actor, id, replaced ? "recommendation_record.replace" : "recommendation_record");
  audit_append(*tx, ctx, &actor, "application.recommendation_record", "application:" + id,
               json::object{{"date", rec.date->str()}});
  tx->commit();
  body["application_id"] = id;
  body["warnings"] = json::array{};
  return body;
}

json::object add_social_evaluation(const Context& ctx, const Actor& actor, const std::string& id,
                                   core::SocialEvaluationKind kind,
                                   const std::vector<core::SocialEvaluationParty>& parties,
                                   const std::string& publicity) {
  auto tx = ctx.db.begin(store::TxMode::write);
  for_unit(*tx, actor, id);
  require(core::check_social_evaluation_parties(kind, parties, publicity), "社会评价记录不完整");
  const std::string kind_code = kind == core::SocialEvaluationKind::teacher ? "teacher" : "doctor";
  json::array ps;
  for (const auto& p : parties)
    ps.push_back(json::object{{"party", core::party_name(kind, p.party)},
                              {"organiser", p.organiser},
                              {"person_in_charge", p.person_in_charge},
                              {"time", p.date->str()},
                              {"place", p.place},
                              {"participants", strings(p.participants)},
                              {"summary", p.summary},
                              {"result", p.result}});
  json::object body{{"kind", kind_code}, {"parties", std::move(ps)}, {"publicity", publicity}};
  const std::string eid = crypto::random_id();
  tx->exec(
      "INSERT INTO social_evaluations(id, application_id, kind, record, created_at, created_by) "
      "VALUES (?,?,?,?,?,?)",
      {eid, id, kind_code, json::serialize(body), ctx.clock.now_rfc3339(), actor.username});
  add_history(*tx, ctx, &actor, id, "social_evaluation." + kind_code);
  audit_append(*tx, ctx, &actor, "application.social_evaluation", "application:" + id,
               json::object{{"kind", kind_code}, {"entry", eid}});
  tx->commit();
  body["id"] = eid;
  body["application_id"] = id;
  body["warnings"] = json::array{};
  return body;
}

}  // namespace zp::app
