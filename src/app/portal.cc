#include "app/portal.h"

#include <algorithm>
#include <map>
#include <optional>

#include "app/error.h"
#include "app/publicity.h"
#include "app/rounds.h"
#include "core/schedule.h"

namespace zp::app {
namespace json = boost::json;
namespace {

struct RoundPublic {
  std::string committee_name, series, level;
};

// The committee's public name, series and level of each round id (cached per call).
class RoundNames {
 public:
  explicit RoundNames(store::Tx& tx) : tx_(tx) {}
  const RoundPublic& of(const std::string& round_id) {
    auto it = cache_.find(round_id);
    if (it != cache_.end()) return it->second;
    RoundPublic p;
    if (auto r = tx_.one("SELECT c.name, c.series, c.level FROM rounds r JOIN committees c ON c.id = r.committee_id "
                         "WHERE r.id = ?",
                         {round_id})) {
      p.committee_name = r->str("name");
      p.series = r->str("series");
      p.level = r->str("level");
    }
    return cache_.emplace(round_id, std::move(p)).first->second;
  }

 private:
  store::Tx& tx_;
  std::map<std::string, RoundPublic> cache_;
};

std::string state_of(const std::string& start, const std::string& end, const std::string& today) {
  // YYYY-MM-DD strings compare as dates.
  if (today < start) return "upcoming";
  if (today > end) return "ended";
  return "running";
}

void decorate(json::object& o, RoundNames& names, const std::string& today) {
  const std::string start{o["start_date"].as_string()}, end{o["end_date"].as_string()};
  const auto& r = names.of(std::string{o["round_id"].as_string()});
  o["committee_name"] = r.committee_name;
  o["series"] = r.series;
  o["committee_level"] = r.level;
  o["state"] = state_of(start, end, today);
  o["objection_deadline"] = end;
}

json::object milestone(const char* key, const char* name, const std::string& date, const std::string& end = "") {
  json::object m{{"key", key}, {"name", name}, {"date", date}};
  if (!end.empty()) m["end_date"] = end;
  return m;
}

}  // namespace

json::object public_calendar(const Context& ctx, int year) {
  const std::string today = ctx.clock.today().str();
  auto cal = ctx.calendar();
  json::array rounds;
  auto tx = ctx.db.begin(store::TxMode::read);
  auto rows = tx->query(
      "SELECT r.id FROM rounds r JOIN committees c ON c.id = r.committee_id WHERE r.year = ? "
      "ORDER BY r.meeting_date, c.name, r.id",
      {std::int64_t{year}});
  for (const auto& row : rows) {
    auto info = load_round(*tx, row.str("id"));
    if (!info) continue;
    auto c = tx->one("SELECT name FROM committees WHERE id = ?", {info->committee_id});
    json::object o{{"round_id", info->id},
                   {"committee_id", info->committee_id},
                   {"committee_name", c ? c->str("name") : ""},
                   {"committee_level", core::code(info->committee_level)},
                   {"series", info->series},
                   {"notice_date", info->notice_date.str()},
                   {"application_deadline", info->application_deadline.str()},
                   {"joint_review_deadline", info->joint_review_deadline.str()},
                   {"defense_date", info->defense_date ? json::value(info->defense_date->str()) : json::value(nullptr)},
                   {"meeting_date", info->meeting_date.str()}};
    json::array ms{milestone("notice", "发布评审通知", info->notice_date.str()),
                   milestone("application_deadline", "申报截止（通知后第 20 个工作日）",
                             info->application_deadline.str()),
                   milestone("joint_review_deadline", "联审截止（申报截止后第 10 个工作日）",
                             info->joint_review_deadline.str()),
                   milestone("meeting", "评审会议", info->meeting_date.str())};
    if (info->defense_date) ms.push_back(milestone("defense", "答辩", info->defense_date->str()));

    json::array pubs;
    std::optional<core::Date> committee_end;
    std::string unit_from, unit_to;
    int unit_count = 0;
    for (const auto& p : tx->query("SELECT p.id, p.stage, p.start_date, p.end_date, o.name AS unit FROM publicities p "
                                   "LEFT JOIN orgs o ON o.id = p.unit_id WHERE p.round_id = ? "
                                   "ORDER BY p.start_date, p.id",
                                   {info->id})) {
      const std::string stage = p.str("stage");
      pubs.push_back(json::object{{"id", p.str("id")},
                                  {"stage", stage},
                                  {"unit", p.is_null("unit") ? json::value(nullptr) : json::value(p.str("unit"))},
                                  {"start_date", p.str("start_date")},
                                  {"end_date", p.str("end_date")},
                                  {"state", state_of(p.str("start_date"), p.str("end_date"), today)}});
      if (stage == "committee") {
        ms.push_back(milestone("committee_publicity", "评审结果公示", p.str("start_date"), p.str("end_date")));
        if (auto e = core::Date::parse(p.str("end_date")); e && (!committee_end || *committee_end < *e))
          committee_end = e;
      } else {
        ++unit_count;
        if (unit_from.empty() || p.str("start_date") < unit_from) unit_from = p.str("start_date");
        if (unit_to.empty() || p.str("end_date") > unit_to) unit_to = p.str("end_date");
      }
    }
    if (unit_count > 0) ms.push_back(milestone("unit_publicity", "单位公示（各单位）", unit_from, unit_to));
    o["publicities"] = std::move(pubs);
    // R-CERT-ONESTOP: 20 working days after the committee publicity (null until it is
    // announced, or when the calendar year's data is missing).
    json::value cert = nullptr;
    if (committee_end && cal) {
      auto d = core::certificate_deadline(*cal, *committee_end);
      if (d.ok()) {
        cert = d.value.str();
        ms.push_back(milestone("certificate_deadline", "证书申领截止（公示结束后 20 个工作日）", d.value.str()));
      }
    }
    o["certificate_deadline"] = cert;
    std::stable_sort(ms.begin(), ms.end(), [](const json::value& a, const json::value& b) {
      return a.as_object().at("date").as_string() < b.as_object().at("date").as_string();
    });
    o["milestones"] = std::move(ms);
    rounds.push_back(std::move(o));
  }
  return json::object{{"year", year}, {"today", today}, {"rounds", std::move(rounds)}};
}

json::array public_publicities(const Context& ctx, const std::string& round_id, const std::string& state) {
  if (!state.empty() && state != "upcoming" && state != "running" && state != "ended")
    bad_request("参数 state 取值无效：" + state + "（可选：upcoming、running、ended）");
  const std::string today = ctx.clock.today().str();
  json::array all = list_public_publicities(ctx, round_id);
  auto tx = ctx.db.begin(store::TxMode::read);
  RoundNames names(*tx);
  json::array out;
  for (auto& v : all) {
    json::object& o = v.as_object();
    decorate(o, names, today);
    if (state.empty() || o["state"].as_string() == state) out.push_back(std::move(o));
  }
  return out;
}

json::object public_publicity(const Context& ctx, const std::string& id) {
  json::object o = get_public_publicity(ctx, id);
  auto tx = ctx.db.begin(store::TxMode::read);
  RoundNames names(*tx);
  decorate(o, names, ctx.clock.today().str());
  return o;
}

}  // namespace zp::app
