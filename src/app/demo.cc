#include "app/demo.h"

#include <cstdio>

#include "app/audit.h"
#include "app/orgs.h"
#include "app/persons.h"
#include "app/users.h"
#include "core/id_number.h"

namespace zp::app {
namespace {

// A valid identity number for a 临夏州 region code, birth date and sequence.
std::string make_id(const char* region, core::Date birth, int seq, char gender) {
  char buf[32];
  int s = seq % 1000;
  // 17th digit odd for men, even for women.
  if ((gender == 'M') != (s % 2 == 1)) s = (s + 1) % 1000;
  std::snprintf(buf, sizeof buf, "%s%04d%02d%02d%03d", region, birth.year, birth.month, birth.day, s);
  std::string id(buf);
  return id + core::id_number_check_char(id);
}

struct DemoPerson {
  const char* name;
  char gender;
  core::Date birth;
  int base;
  int unit;  // index into units
  const char* series;
  const char* specialty;
  const char* level;
  core::Date obtained;
};

}  // namespace

std::vector<std::string> load_demo(const Context& ctx) {
  std::vector<std::string> banner;
  auto tx = ctx.db.begin(store::TxMode::write);
  auto org = [&](const char* name, const char* kind, const std::string& parent, const char* region) {
    NewOrg o{name, kind, region, parent.empty() ? std::nullopt : std::optional<std::string>(parent)};
    return create_org_system(ctx, *tx, o);
  };
  const std::string bureau = org("临夏州人力资源和社会保障局", "bureau", "", "州直");
  const std::string health = org("临夏州卫生健康委员会", "department", bureau, "州直");
  const std::string edu = org("临夏州教育局", "department", bureau, "州直");
  const std::string county = org("临夏县人力资源和社会保障局", "county_office", bureau, "临夏县");
  const std::string kangle = org("康乐县人力资源和社会保障局", "county_office", bureau, "康乐县");
  const std::vector<std::string> units = {
      org("临夏州人民医院", "unit", health, "州直"),
      org("临夏州中医医院", "unit", health, "州直"),
      org("临夏中学", "unit", edu, "州直"),
      org("临夏县人民医院", "unit", county, "临夏县"),
      org("康乐县第一中学", "unit", kangle, "康乐县"),
  };
  const char* regions[] = {"622901", "622901", "622901", "622921", "622922"};

  const std::vector<DemoPerson> people = {
      {"马文德", 'M', {1972, 3, 14}, 60, 0, "卫生", "临床医学", "full_senior", {2012, 12, 20}},
      {"张秀兰", 'F', {1978, 7, 2}, 55, 0, "卫生", "护理", "deputy_senior", {2015, 12, 18}},
      {"王建国", 'M', {1981, 11, 23}, 60, 0, "卫生", "临床医学", "intermediate", {2016, 11, 30}},
      {"李梅", 'F', {1986, 5, 9}, 55, 1, "卫生", "中医", "intermediate", {2018, 12, 1}},
      {"韩志强", 'M', {1975, 1, 30}, 60, 1, "卫生", "药学", "deputy_senior", {2014, 12, 10}},
      {"马玉芳", 'F', {1983, 9, 17}, 55, 2, "中小学教师", "语文", "intermediate", {2015, 9, 1}},
      {"赵永福", 'M', {1970, 12, 5}, 60, 2, "中小学教师", "数学", "deputy_senior", {2011, 12, 25}},
      {"杨红霞", 'F', {1988, 2, 28}, 55, 2, "中小学教师", "英语", "assistant", {2019, 9, 1}},
      {"何振华", 'M', {1979, 6, 6}, 60, 3, "卫生", "临床医学", "intermediate", {2017, 12, 15}},
      {"冶秀英", 'F', {1990, 8, 19}, 55, 3, "卫生", "护理", "assistant", {2020, 12, 1}},
      {"祁德明", 'M', {1977, 4, 11}, 60, 4, "中小学教师", "物理", "intermediate", {2013, 9, 1}},
      {"苏晓燕", 'F', {1985, 10, 3}, 55, 4, "中小学教师", "化学", "intermediate", {2016, 9, 1}},
  };
  std::vector<std::string> person_ids;
  int seq = 11;
  for (const auto& d : people) {
    PersonInput p;
    p.name = d.name;
    p.gender = std::string(1, d.gender);
    p.birth_date = d.birth;
    p.retirement_base = d.base;
    p.unit_id = units[static_cast<std::size_t>(d.unit)];
    p.id_number = make_id(regions[d.unit], d.birth, seq += 2, d.gender);
    p.post_managed = true;
    p.phone = "1389300" + std::to_string(1000 + seq);
    p.degrees.push_back({"bachelor", "兰州大学", "regular", d.specialty, {d.birth.year + 22, 7, 1}, true});
    p.qualifications.push_back({d.series, d.specialty, d.level, d.obtained, "province", "review", "临州人社发〔" + std::to_string(d.obtained.year) + "〕1号"});
    p.appointments.push_back({d.level, {d.obtained.year + 1, 1, 1}});
    p.assessments = {{2024, "competent"}, {2025, "excellent"}};
    person_ids.push_back(create_person_system(ctx, *tx, p));
  }

  auto user = [&](const char* username, const char* name, std::vector<std::string> roles, std::string org_id,
                  std::string person_id, const char* note) {
    NewUser u;
    u.username = username;
    u.password = kDemoPassword;
    u.name = name;
    u.roles = std::move(roles);
    u.org_id = std::move(org_id);
    u.person_id = std::move(person_id);
    create_user_system(ctx, *tx, u);
    banner.push_back(std::string(username) + " — " + u.roles.front() + " — " + note);
  };
  user("zhigaiban", "州职改办", {"title_office"}, bureau, "", "州职改办");
  user("jijian", "纪检监督", {"supervisor"}, bureau, "", "纪检监督（只读，含审计）");
  user("renmin_hr", "州人民医院人事科", {"unit_hr"}, units[0], "", "临夏州人民医院 人事");
  user("linxiazhong_hr", "临夏中学人事", {"unit_hr"}, units[2], "", "临夏中学 人事");
  user("weijian", "州卫健委审核员", {"dept_reviewer"}, health, "", "州卫生健康委员会 主管部门审核");
  user("linxiaxian", "临夏县职改", {"dept_reviewer"}, county, "", "临夏县职改 联审");
  user("mawende", "马文德", {"expert"}, "", person_ids[0], "专家（临床医学 正高）");
  user("wangjianguo", "王建国", {"applicant"}, "", person_ids[2], "申报人（临床医学 中级）");

  audit_append(*tx, ctx, "system:demo", "demo.load", "demo",
               boost::json::object{{"orgs", 10}, {"persons", people.size()}, {"users", banner.size()}});
  tx->commit();
  load_demo_committees(ctx, banner);
  return banner;
}

}  // namespace zp::app
