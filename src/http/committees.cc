// /api/v1/committees, /committee-applications, rosters (§一): thin handlers.
#include "app/committees.h"

#include <charconv>

#include "app/error.h"
#include "app/rosters.h"
#include "http/api.h"
#include "http/json_io.h"

namespace zp::http {
namespace {

std::vector<std::string> string_list(const json::object& o, const char* field, bool required) {
  std::vector<std::string> out;
  const json::array* a = required ? &req_array(o, field) : opt_array(o, field);
  if (!a) return out;
  for (std::size_t i = 0; i < a->size(); ++i) out.push_back(element_string(*a, i, field));
  return out;
}

app::NewCommittee committee_fields(const json::object& b) {
  app::NewCommittee c;
  c.name = req_string(b, "name");
  c.level = req_string(b, "level");
  c.series = req_string(b, "series");
  c.specialties = string_list(b, "specialties", false);
  c.evaluates = string_list(b, "evaluates", true);
  c.approving_authority = req_string(b, "approving_authority");
  c.host_org_id = req_string(b, "host_org_id");
  c.personnel_scope = req_string(b, "personnel_scope");
  c.contact_phone = req_string(b, "contact_phone");
  return c;
}

int year_param(const Request& req) {
  const std::string& s = req.param("year");
  int y = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
  if (ec != std::errc() || p != s.data() + s.size() || s.size() != 4)
    app::bad_request("路径参数 year 须为四位年份");
  return y;
}

constexpr const char* kCommitteeSchema =
    R"({"type":"object","required":["name","level","series","evaluates","approving_authority","host_org_id","personnel_scope","contact_phone"],"properties":{"name":{"type":"string"},"level":{"enum":["senior","intermediate"]},"series":{"type":"string"},"specialties":{"type":"array","items":{"type":"string"}},"evaluates":{"type":"array","items":{"type":"string"}},"approving_authority":{"type":"string"},"host_org_id":{"type":"string"},"personnel_scope":{"type":"string"},"contact_phone":{"type":"string"}}})";

}  // namespace

void register_committees(Router& r, const app::Context& ctx) {
  // R-OPEN (§八(三)) with R-COM-PUBLIC-LIST: the committee list and its contacts are
  // served without login; members are never part of it (R-COM-CONFIDENTIAL).
  r.add("GET", "/api/v1/committees", [&ctx](Request&) { return ok(app::list_committees(ctx)); },
        {"评委会清单（公开，不含委员信息）", "committees", true});
  r.add("POST", "/api/v1/committees",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          return created(app::create_committee(ctx, a, committee_fields(b)));
        },
        {"登记评委会（州职改办）", "committees", false, kCommitteeSchema});
  r.add("GET", "/api/v1/committees/{id}",
        [&ctx](Request& req) { return ok(app::get_committee(ctx, req.param("id"))); },
        {"评委会公开信息", "committees", true});
  r.add(
      "POST", "/api/v1/committees/{id}/filing",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        auto b = body_object(req);
        return ok(app::file_committee(ctx, a, req.param("id"), req_date(b, "filed_on"),
                                      opt_string(b, "doc_no").value_or("")));
      },
      {"登记评委会向省职改办备案（州职改办）", "committees", false,
       R"({"type":"object","required":["filed_on"],"properties":{"filed_on":{"type":"string","format":"date"},"doc_no":{"type":"string"}}})"});

  r.add("POST", "/api/v1/committee-applications",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          auto b = body_object(req);
          app::NewCommitteeApplication in;
          in.committee = committee_fields(b);
          in.workforce_status = opt_string(b, "workforce_status").value_or("");
          in.reason = opt_string(b, "reason").value_or("");
          in.specialty_scope = opt_string(b, "specialty_scope").value_or("");
          const auto w = req_int(b, "workforce");
          if (w < 0 || w > 10000000) app::bad_request("字段 workforce 须为非负整数");
          in.workforce = static_cast<int>(w);
          in.evaluates_lower = opt_bool(b, "evaluates_lower");
          in.specialty_based = opt_bool(b, "specialty_based").value_or(false);
          in.rule_documents = string_list(b, "rule_documents", false);
          return created(app::create_committee_application(ctx, a, in));
        },
        {"登记设置评委会申请（州职改办，R-COM-SETUP）", "committees"});
  r.add("GET", "/api/v1/committee-applications/{id}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::get_committee_application(ctx, a, req.param("id")));
        },
        {"设置评委会申请详情", "committees"});
  r.add("POST", "/api/v1/committee-applications/{id}/approve",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return created(app::approve_committee_application(ctx, a, req.param("id")));
        },
        {"批复设置评委会申请并登记评委会（州职改办）", "committees"});

  r.add(
      "PUT", "/api/v1/committees/{id}/roster/{year}",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        const int year = year_param(req);
        auto b = body_object(req);
        const auto& arr = req_array(b, "members");
        std::vector<app::RosterMemberInput> members;
        for (std::size_t i = 0; i < arr.size(); ++i) {
          const auto& m = element_object(arr, i, "members");
          const std::string path = "members[" + std::to_string(i) + "].";
          if (!m.contains("person_id") || !m.at("person_id").is_string())
            app::bad_request("缺少字段 " + path + "person_id");
          if (!m.contains("role") || !m.at("role").is_string()) app::bad_request("缺少字段 " + path + "role");
          if (!m.contains("professional") || !m.at("professional").is_bool())
            app::bad_request("缺少字段 " + path + "professional（布尔值）");
          members.push_back({std::string(m.at("person_id").as_string().c_str()),
                             std::string(m.at("role").as_string().c_str()), m.at("professional").as_bool()});
        }
        return ok(app::put_roster(ctx, a, req.param("id"), year, members));
      },
      {"设置某年评委会委员名单（该评委会工作机构、州职改办）", "committees", false,
       R"({"type":"object","required":["members"],"properties":{"members":{"type":"array","items":{"type":"object","required":["person_id","role","professional"],"properties":{"person_id":{"type":"string"},"role":{"enum":["chair","vice_chair","member"]},"professional":{"type":"boolean"}}}}}})"});
  r.add("GET", "/api/v1/committees/{id}/roster/{year}",
        [&ctx](Request& req) {
          auto a = require_actor(ctx, req);
          return ok(app::get_roster(ctx, a, req.param("id"), year_param(req)));
        },
        {"某年委员名单（保密：本评委会工作机构、州职改办、监督）", "committees"});
  r.add(
      "POST", "/api/v1/committees/{id}/roster/{year}/rotation-report",
      [&ctx](Request& req) {
        auto a = require_actor(ctx, req);
        const int year = year_param(req);
        auto b = body_object(req);
        return created(
            app::record_rotation_report(ctx, a, req.param("id"), year, req_date(b, "submitted_on")));
      },
      {"报送评审专家调整情况（会前 5 个工作日内，R-COM-ROTATION）", "committees", false,
       R"({"type":"object","required":["submitted_on"],"properties":{"submitted_on":{"type":"string","format":"date"}}})"});
}

}  // namespace zp::http
