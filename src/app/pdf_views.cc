#include "app/pdf_views.h"

#include <map>

#include "app/committees.h"
#include "app/documents.h"
#include "app/meeting.h"
#include "app/rounds.h"
#include "core/level.h"
#include "render/minutes.h"
#include "render/qualification_document.h"

namespace zp::app {
namespace json = boost::json;
namespace {

std::string s(const json::object& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}
std::int64_t n(const json::object& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->value().is_int64() ? it->value().as_int64() : 0;
}
const json::array& arr(const json::object& o, const char* k) {
  static const json::array kEmpty;
  auto it = o.find(k);
  return it != o.end() && it->value().is_array() ? it->value().as_array() : kEmpty;
}

std::string level_name(const std::string& code) {
  auto l = core::parse_level(code);
  return l ? std::string(core::chinese(*l)) : code;
}

}  // namespace

std::string minutes_pdf(const Context& ctx, const Actor& actor, const std::string& round_id) {
  const json::object m = get_minutes(ctx, actor, round_id);  // access checks and 404 live there
  render::MeetingMinutes out;
  {
    auto tx = ctx.db.begin(store::TxMode::read);
    if (auto round = load_round(*tx, round_id)) {
      auto c = get_committee(ctx, round->committee_id);
      out.committee = s(c, "name");
    }
  }
  out.date = core::Date::parse(s(m, "date")).value_or(core::Date{});
  for (const auto& a : arr(m, "attending_members"))
    if (a.is_object()) out.attending.push_back(s(a.as_object(), "name"));
  for (const auto& sv : arr(m, "supervisors"))
    if (sv.is_object()) out.supervisors.push_back(s(sv.as_object(), "name") + "（" + s(sv.as_object(), "role") + "）");
  if (auto it = m.find("chair"); it != m.end() && it->value().is_object()) out.chair = s(it->value().as_object(), "name");
  if (auto it = m.find("recorder"); it != m.end() && it->value().is_object())
    out.recorder = s(it->value().as_object(), "name");
  std::map<std::string, json::object> defense, results;
  for (const auto& d : arr(m, "defense_summaries"))
    if (d.is_object()) defense[s(d.as_object(), "application_id")] = d.as_object();
  for (const auto& r : arr(m, "vote_results"))
    if (r.is_object()) results[s(r.as_object(), "application_id")] = r.as_object();
  for (const auto& a : arr(m, "applicants_reviewed")) {
    if (!a.is_object()) continue;
    const auto& o = a.as_object();
    render::MinutesApplicant x;
    x.name = s(o, "name");
    x.applying_for = s(o, "series") + " " + s(o, "specialty") + " " + level_name(s(o, "level"));
    const std::string id = s(o, "application_id");
    if (auto d = defense.find(id); d != defense.end()) {
      const auto& dv = d->second;
      const std::string result = s(dv, "result");
      x.defense_summary = std::string(result == "pass" ? "答辩通过" : result == "fail" ? "答辩未通过" : "答辩未完成") +
                          "（低于60分 " + std::to_string(n(dv, "below_60")) + " 人／小组 " +
                          std::to_string(n(dv, "group_size")) + " 人）";
    }
    if (auto r = results.find(id); r != results.end()) {
      const auto& rv = r->second;
      x.present = static_cast<int>(n(rv, "present"));
      x.yes = static_cast<int>(n(rv, "yes"));
      x.no = static_cast<int>(n(rv, "no"));
      x.abstain = static_cast<int>(n(rv, "abstain"));
      auto p = rv.find("passed");
      x.passed = p != rv.end() && p->value().is_bool() && p->value().as_bool();
    }
    out.applicants.push_back(std::move(x));
  }
  for (const auto& r : arr(m, "remarks_summary"))
    if (r.is_string()) out.remarks.emplace_back(r.as_string());
  return render::render_minutes(out);
}

std::string document_pdf(const Context& ctx, const std::string& document_id) {
  const json::object d = get_document(ctx, document_id);  // 404 when missing
  render::QualificationDocument doc;
  doc.document_number = s(d, "doc_no");
  doc.issue_date = core::Date::parse(s(d, "issued_on")).value_or(core::Date{});
  const core::Date effective = core::Date::parse(s(d, "effective_date")).value_or(core::Date{});
  doc.title = "关于公布" + std::to_string(effective.year) + "年度专业技术职务任职资格评审结果的通知";
  doc.body.push_back("经评委会评审、公示无异议，下列同志取得相应专业技术职务任职资格，资格起算时间为" +
                     std::to_string(effective.year) + "年" + std::to_string(effective.month) + "月" +
                     std::to_string(effective.day) + "日（评审会议投票表决之日）。现予公布。");
  for (const auto& e : arr(d, "entries")) {
    if (!e.is_object()) continue;
    const auto& o = e.as_object();
    doc.entries.push_back({s(o, "name"), s(o, "unit"), s(o, "qualification_name"), s(o, "scope_name"),
                           s(o, "promotion_type_name"),
                           core::Date::parse(s(o, "effective_date")).value_or(effective)});
  }
  if (s(d, "filed_with").size()) doc.cc = s(d, "filed_with");
  return render::render_qualification_document(doc);
}

}  // namespace zp::app
