#include "app/person_model.h"

namespace zp::app {
namespace json = boost::json;
namespace {

std::string s(const json::object& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}
core::Date d(const json::object& o, const char* k) {
  return core::Date::parse(s(o, k)).value_or(core::Date{});
}
bool b(const json::object& o, const char* k) {
  auto it = o.find(k);
  return it != o.end() && it->value().is_bool() && it->value().as_bool();
}

}  // namespace

json::object profile_json(const PersonInput& p) {
  json::object o;
  json::array degrees;
  for (const auto& x : p.degrees) {
    json::object e{{"degree", x.degree}, {"institution", x.institution}, {"kind", x.kind},
                   {"specialty", x.specialty}, {"graduated_on", x.graduated_on.str()}};
    e["verifiable_online"] = x.verifiable_online ? json::value(*x.verifiable_online) : json::value(nullptr);
    degrees.push_back(std::move(e));
  }
  json::array quals;
  for (const auto& x : p.qualifications)
    quals.push_back(json::object{{"series", x.series}, {"specialty", x.specialty}, {"level", x.level},
                                 {"obtained_on", x.obtained_on.str()}, {"scope", x.scope},
                                 {"how", x.how}, {"doc_no", x.doc_no}});
  json::array apps;
  for (const auto& x : p.appointments)
    apps.push_back(json::object{{"level", x.level}, {"appointed_on", x.appointed_on.str()}});
  json::array assess;
  for (const auto& x : p.assessments) assess.push_back(json::object{{"year", x.year}, {"result", x.result}});
  o["degrees"] = std::move(degrees);
  o["qualifications"] = std::move(quals);
  o["appointments"] = std::move(apps);
  o["assessments"] = std::move(assess);
  o["flags"] = json::object{{"conduct_issue", p.flags.conduct_issue},
                            {"under_investigation", p.flags.under_investigation},
                            {"retired", p.flags.retired}};
  return o;
}

void profile_from_json(const json::object& o, PersonInput& p) {
  auto arr = [&](const char* k) -> json::array {
    auto it = o.find(k);
    return it != o.end() && it->value().is_array() ? it->value().as_array() : json::array{};
  };
  for (const auto& v : arr("degrees")) {
    const auto& e = v.as_object();
    Degree x{s(e, "degree"), s(e, "institution"), s(e, "kind"), s(e, "specialty"), d(e, "graduated_on"), {}};
    if (auto it = e.find("verifiable_online"); it != e.end() && it->value().is_bool())
      x.verifiable_online = it->value().as_bool();
    p.degrees.push_back(std::move(x));
  }
  for (const auto& v : arr("qualifications")) {
    const auto& e = v.as_object();
    p.qualifications.push_back({s(e, "series"), s(e, "specialty"), s(e, "level"), d(e, "obtained_on"),
                                s(e, "scope"), s(e, "how"), s(e, "doc_no")});
  }
  for (const auto& v : arr("appointments")) {
    const auto& e = v.as_object();
    p.appointments.push_back({s(e, "level"), d(e, "appointed_on")});
  }
  for (const auto& v : arr("assessments")) {
    const auto& e = v.as_object();
    auto it = e.find("year");
    p.assessments.push_back({it != e.end() && it->value().is_int64() ? static_cast<int>(it->value().as_int64()) : 0,
                             s(e, "result")});
  }
  if (auto it = o.find("flags"); it != o.end() && it->value().is_object()) {
    const auto& f = it->value().as_object();
    p.flags = {b(f, "conduct_issue"), b(f, "under_investigation"), b(f, "retired")};
  }
}

}  // namespace zp::app
