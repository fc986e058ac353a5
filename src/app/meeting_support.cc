#include "app/meeting_support.h"

#include "core/meeting.h"

namespace zp::app {
namespace json = boost::json;

RoundInfo round_or_404(store::Tx& tx, const std::string& round_id) {
  auto r = load_round(tx, round_id);
  if (!r) not_found("评审批次");
  return *r;
}

bool is_round_office(const Actor& actor, const RoundInfo& round) {
  return actor.has("title_office") || (actor.has("committee_office") && actor.committee_id == round.committee_id);
}

void require_round_office(const Actor& actor, const RoundInfo& round) {
  if (!is_round_office(actor, round)) forbidden("仅限本评委会工作机构或职改办办理");
}

json::value parse_stored(const std::string& s, json::value dflt) {
  boost::system::error_code ec;
  auto v = json::parse(s, ec);
  return ec ? dflt : v;
}

std::vector<std::string> stored_strings(const std::string& s) {
  std::vector<std::string> out;
  auto v = parse_stored(s, json::array{});
  if (v.is_array())
    for (const auto& x : v.as_array())
      if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}

bool outcomes_visible(const Context& ctx, store::Tx& tx, const Actor* actor, const RoundInfo& round) {
  if (actor && (actor->any({"title_office", "supervisor"}) ||
                (actor->has("committee_office") && actor->committee_id == round.committee_id)))
    return true;
  auto p = tx.one("SELECT MIN(start_date) AS s FROM publicities WHERE round_id = ? AND stage = 'committee'",
                  {round.id});
  std::optional<core::Date> start;
  if (p && !p->is_null("s")) start = core::Date::parse(p->str("s"));
  return core::may_disclose_outcomes(ctx.clock.today(), start).ok();
}

}  // namespace zp::app
