// /api/v1/persons: create, read (masked by role), patch, retirement, access log.
#include <algorithm>
#include <initializer_list>

#include "app/error.h"
#include "app/persons.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {
namespace {

std::string enum_field(const json::object& o, const char* field, std::initializer_list<const char*> allowed,
                       const std::string& path) {
  const std::string v = req_string(o, field);
  for (const char* a : allowed)
    if (v == a) return v;
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : "、") + std::string(a);
  app::bad_request("字段 " + path + field + " 取值无效：" + v + "（可选：" + list + "）");
}

// Wraps a nested parse so a message names the full path, e.g. degrees[1].graduated_on.
template <class F>
auto nested(const std::string& path, F&& f) {
  try {
    return f();
  } catch (const app::Failure& e) {
    std::string m = e.what();
    const std::string key = "字段 ";
    if (auto p = m.find(key); p != std::string::npos) m.insert(p + key.size(), path);
    else if (auto q = m.find("缺少字段 "); q != std::string::npos) m.insert(q + std::string("缺少字段 ").size(), path);
    throw app::Failure(e.category(), m, e.violations());
  }
}

constexpr std::initializer_list<const char*> kLevels = {"full_senior", "deputy_senior", "intermediate",
                                                        "assistant", "junior"};

void overlay(const json::object& b, app::PersonInput& p, bool require_all) {
  auto has = [&](const char* k) { return require_all || b.contains(k); };
  if (has("name")) p.name = req_string(b, "name");
  if (has("id_number")) p.id_number = req_string(b, "id_number");
  if (!p.id_number.empty() && p.id_number.back() == 'x') p.id_number.back() = 'X';
  if (has("gender")) p.gender = enum_field(b, "gender", {"M", "F"}, "");
  if (has("birth_date")) p.birth_date = req_date(b, "birth_date");
  if (has("retirement_base")) {
    const auto base = req_int(b, "retirement_base");
    if (base != 60 && base != 55 && base != 50) app::bad_request("字段 retirement_base 须为 60、55 或 50");
    p.retirement_base = static_cast<int>(base);
  }
  if (has("unit_id")) p.unit_id = req_string(b, "unit_id");
  if (has("post_managed")) p.post_managed = req_bool(b, "post_managed");
  if (b.contains("phone")) {
    p.phone = opt_string(b, "phone");
    if (p.phone && (p.phone->size() < 7 || p.phone->size() > 20 ||
                    !std::all_of(p.phone->begin(), p.phone->end(),
                                 [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+'; })))
      app::bad_request("字段 phone 格式错误");
  }
  if (const auto* a = opt_array(b, "degrees")) {
    p.degrees.clear();
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string path = "degrees[" + std::to_string(i) + "].";
      p.degrees.push_back(nested(path, [&] {
        const auto& e = element_object(*a, i, "degrees");
        app::Degree d;
        d.degree = enum_field(e, "degree", {"doctor", "master", "bachelor", "college", "secondary"}, "");
        d.institution = req_string(e, "institution");
        d.kind = enum_field(e, "kind", {"regular", "military", "party_school"}, "");
        d.specialty = req_string(e, "specialty");
        d.graduated_on = req_date(e, "graduated_on");
        d.verifiable_online = opt_bool(e, "verifiable_online");
        return d;
      }));
    }
  }
  if (const auto* a = opt_array(b, "qualifications")) {
    p.qualifications.clear();
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string path = "qualifications[" + std::to_string(i) + "].";
      p.qualifications.push_back(nested(path, [&] {
        const auto& e = element_object(*a, i, "qualifications");
        app::Qualification q;
        q.series = req_string(e, "series");
        q.specialty = req_string(e, "specialty");
        q.level = enum_field(e, "level", kLevels, "");
        q.obtained_on = req_date(e, "obtained_on");
        q.scope = enum_field(e, "scope", {"province", "grassroots", "unit"}, "");
        q.how = enum_field(e, "how", {"review", "exam", "assessment"}, "");
        q.doc_no = opt_string(e, "doc_no").value_or("");
        return q;
      }));
    }
  }
  if (const auto* a = opt_array(b, "appointments")) {
    p.appointments.clear();
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string path = "appointments[" + std::to_string(i) + "].";
      p.appointments.push_back(nested(path, [&] {
        const auto& e = element_object(*a, i, "appointments");
        return app::Appointment{enum_field(e, "level", kLevels, ""), req_date(e, "appointed_on")};
      }));
    }
  }
  if (const auto* a = opt_array(b, "assessments")) {
    p.assessments.clear();
    for (std::size_t i = 0; i < a->size(); ++i) {
      const std::string path = "assessments[" + std::to_string(i) + "].";
      p.assessments.push_back(nested(path, [&] {
        const auto& e = element_object(*a, i, "assessments");
        const auto year = req_int(e, "year");
        if (year < 1950 || year > 2100) app::bad_request("字段 year 超出范围");
        return app::Assessment{static_cast<int>(year),
                               enum_field(e, "result", {"excellent", "competent", "basic", "incompetent"}, "")};
      }));
    }
  }
  if (const auto* f = opt_object(b, "flags")) {
    nested("flags.", [&] {
      if (auto v = opt_bool(*f, "conduct_issue")) p.flags.conduct_issue = *v;
      if (auto v = opt_bool(*f, "under_investigation")) p.flags.under_investigation = *v;
      if (auto v = opt_bool(*f, "retired")) p.flags.retired = *v;
      return 0;
    });
  }
  p.version = opt_int(b, "version");
}

}  // namespace

void register_persons(Router& r, const app::Context& ctx) {
  r.add("POST", "/api/v1/persons",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::PersonInput p;
          overlay(b, p, true);
          return created(app::create_person(ctx, a, p));
        },
        {"登记人员（身份证号 GB 11643 校验）", "persons", false,
         R"({"type":"object","required":["name","id_number","gender","birth_date","retirement_base","unit_id","post_managed"]})"});
  r.add("GET", "/api/v1/persons",
        [&ctx](Request& req) { return ok(app::list_persons(ctx, require_actor(ctx, req), req.q("unit_id"))); },
        {"人员列表（按角色范围与脱敏）", "persons"});
  r.add("GET", "/api/v1/persons/{id}",
        [&ctx](Request& req) { return ok(app::get_person(ctx, require_actor(ctx, req), req.param("id"))); },
        {"人员详情（身份证号、电话按角色脱敏）", "persons"});
  r.add("PATCH", "/api/v1/persons/{id}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::PersonInput p = app::person_for_update(ctx, a, req.param("id"));
          overlay(b, p, false);
          return ok(app::update_person(ctx, a, req.param("id"), p));
        },
        {"修改人员信息（部分字段；可带 version 乐观锁）", "persons"});
  r.add("GET", "/api/v1/persons/{id}/retirement",
        [&ctx](Request& req) {
          return ok(app::person_retirement(ctx, require_actor(ctx, req), req.param("id")));
        },
        {"法定退休年龄与退休年月（渐进式延迟退休）", "persons"});
  r.add("GET", "/api/v1/persons/{id}/access-log",
        [&ctx](Request& req) {
          return ok(app::person_access_log(ctx, require_actor(ctx, req), req.param("id")));
        },
        {"谁查看过本人信息", "persons"});
}

}  // namespace zp::http
