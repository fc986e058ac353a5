#include "app/self_check.h"

#include "app/error.h"
#include "app/persons.h"

namespace zp::app {
namespace json = boost::json;

json::object self_check(const Context& ctx, const Actor& actor, const ApplicationRequest& r) {
  if (!actor.any({"applicant", "unit_hr", "title_office"})) forbidden("无权进行申报条件自测");
  const core::Date today = ctx.clock.today();
  auto tx = ctx.db.begin(store::TxMode::read);
  auto person = load_person(ctx, *tx, r.person_id);
  const bool self = actor.has("applicant") && actor.person_id == r.person_id;
  const bool unit = person && actor.has("unit_hr") && actor.org_id == person->unit_id;
  if (!person || !(self || unit || actor.has("title_office"))) not_found("人员");
  std::optional<RoundInfo> round;
  if (!r.round_id.empty()) {
    round = load_round(*tx, r.round_id);
    if (!round) bad_request("字段 round_id 不是已登记的评审批次");
  }
  validate_request(*tx, r, today);
  Evaluation ev = evaluate_application(ctx, *tx, *person, r.person_id, round, r, today);
  return json::object{{"eligible", ev.outcome.ok()},
                      {"application_year", ev.application_year},
                      {"violations", violations_array(ev.outcome.violations)},
                      {"warnings", violations_array(ev.outcome.warnings)},
                      {"months_total", ev.months_total},
                      {"months_in_level", ev.months_in_level},
                      {"materials", materials_array(ev.materials)}};
}

}  // namespace zp::app
