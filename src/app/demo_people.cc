// The demo prefecture's organisations, people and logins, entered through the services
// (orgs and logins by the administrator, people by the title office) as of the plan's
// setup day. People's dates count back from that year, so the records are as plausible
// in 2018 as in 2026: ages, years in the current title, the last two assessments.
#include <cstdio>
#include <set>

#include "app/demo.h"
#include "app/demo_world.h"
#include "app/error.h"
#include "app/orgs.h"
#include "app/persons.h"
#include "app/users.h"
#include "core/id_number.h"
#include "crypto/password.h"

namespace zp::app::demo {
namespace {

struct OrgSpec {
  const char* name;
  const char* kind;
  const char* parent;  // nullptr for the bureau
  const char* region;
};

constexpr OrgSpec kOrgs[] = {
    {"临夏州人力资源和社会保障局", "bureau", nullptr, "州直"},
    {"临夏州卫生健康委员会", "department", "临夏州人力资源和社会保障局", "州直"},
    {"临夏州教育局", "department", "临夏州人力资源和社会保障局", "州直"},
    {"临夏州水务局", "department", "临夏州人力资源和社会保障局", "州直"},
    {"临夏县人力资源和社会保障局", "county_office", "临夏州人力资源和社会保障局", "临夏县"},
    {"康乐县人力资源和社会保障局", "county_office", "临夏州人力资源和社会保障局", "康乐县"},
    {"广河县人力资源和社会保障局", "county_office", "临夏州人力资源和社会保障局", "广河县"},
    {"和政县人力资源和社会保障局", "county_office", "临夏州人力资源和社会保障局", "和政县"},
    {"永靖县人力资源和社会保障局", "county_office", "临夏州人力资源和社会保障局", "永靖县"},
    {"临夏州人民医院", "unit", "临夏州卫生健康委员会", "州直"},
    {"临夏州中医医院", "unit", "临夏州卫生健康委员会", "州直"},
    {"临夏中学", "unit", "临夏州教育局", "州直"},
    {"临夏回民中学", "unit", "临夏州教育局", "州直"},
    {"临夏州水利水电勘测设计院", "unit", "临夏州水务局", "州直"},
    {"临夏县人民医院", "unit", "临夏县人力资源和社会保障局", "临夏县"},
    {"康乐县第一中学", "unit", "康乐县人力资源和社会保障局", "康乐县"},
    {"广河县人民医院", "unit", "广河县人力资源和社会保障局", "广河县"},
    {"广河县第一中学", "unit", "广河县人力资源和社会保障局", "广河县"},
    {"和政中学", "unit", "和政县人力资源和社会保障局", "和政县"},
    {"永靖县移民中学", "unit", "永靖县人力资源和社会保障局", "永靖县"},
};

// GB/T 2260 codes of the 临夏州 places (州直 units: 临夏市).
const char* region_code(const std::string& region) {
  static const std::pair<const char*, const char*> k[] = {{"州直", "622901"},   {"临夏县", "622921"},
                                                          {"康乐县", "622922"}, {"永靖县", "622923"},
                                                          {"广河县", "622924"}, {"和政县", "622925"}};
  for (const auto& [name, code] : k)
    if (region == name) return code;
  return "622901";
}

struct PersonSpec {
  const char* name;
  char gender;
  int age;  // in the base year
  int birth_month;
  const char* unit;
  const char* series;
  const char* specialty;
  const char* level;
  int held;              // years in the level by the base year
  const char* username;  // a login of its own (expert or applicant), or nullptr
};

// Experts of the health pool (卫生高评会), of the teachers' pools (中小学教师高评会 and
// 中评会), and the applicants of the four rounds.
constexpr PersonSpec kPeople[] = {
    // 卫生 experts
    {"马文德", 'M', 54, 3, "临夏州人民医院", "卫生", "临床医学", "full_senior", 14, "mawende"},
    {"张秀兰", 'F', 48, 7, "临夏州人民医院", "卫生", "护理", "deputy_senior", 11, nullptr},
    {"韩志强", 'M', 51, 1, "临夏州中医医院", "卫生", "药学", "deputy_senior", 12, nullptr},
    {"王志刚", 'M', 52, 4, "临夏州人民医院", "卫生", "临床医学", "full_senior", 8, nullptr},
    {"李淑珍", 'F', 50, 9, "临夏州人民医院", "卫生", "护理", "deputy_senior", 9, nullptr},
    {"丁宏伟", 'M', 49, 11, "临夏州人民医院", "卫生", "临床医学", "deputy_senior", 8, nullptr},
    {"周丽华", 'F', 47, 2, "临夏州中医医院", "卫生", "中医", "deputy_senior", 7, nullptr},
    {"穆永平", 'M', 54, 6, "临夏州中医医院", "卫生", "中医", "full_senior", 6, nullptr},
    {"冶建军", 'M', 46, 8, "临夏州中医医院", "卫生", "药学", "deputy_senior", 6, nullptr},
    {"拜春梅", 'F', 45, 3, "临夏县人民医院", "卫生", "护理", "deputy_senior", 6, nullptr},
    {"祁学忠", 'M', 51, 10, "临夏县人民医院", "卫生", "临床医学", "deputy_senior", 10, nullptr},
    {"罗成林", 'M', 48, 5, "临夏县人民医院", "卫生", "中医", "deputy_senior", 7, nullptr},
    {"喇海燕", 'F', 44, 12, "广河县人民医院", "卫生", "临床医学", "deputy_senior", 5, nullptr},
    {"马俊杰", 'M', 50, 7, "广河县人民医院", "卫生", "药学", "deputy_senior", 9, nullptr},
    {"杨彩霞", 'F', 49, 4, "广河县人民医院", "卫生", "护理", "deputy_senior", 8, nullptr},
    {"赵光明", 'M', 56, 2, "临夏州人民医院", "卫生", "药学", "full_senior", 9, nullptr},
    {"苏慧敏", 'F', 43, 6, "临夏州人民医院", "卫生", "临床医学", "deputy_senior", 4, nullptr},
    {"何德胜", 'M', 53, 9, "临夏州中医医院", "卫生", "临床医学", "full_senior", 7, nullptr},
    {"韩雪梅", 'F', 48, 1, "临夏州中医医院", "卫生", "护理", "deputy_senior", 7, nullptr},
    {"妥正平", 'M', 47, 11, "临夏县人民医院", "卫生", "药学", "deputy_senior", 6, nullptr},
    {"张晓红", 'F', 46, 8, "广河县人民医院", "卫生", "中医", "deputy_senior", 5, nullptr},
    {"陈明远", 'M', 55, 5, "临夏州人民医院", "卫生", "临床医学", "full_senior", 10, nullptr},
    {"孔桂芳", 'F', 50, 10, "临夏县人民医院", "卫生", "临床医学", "deputy_senior", 9, nullptr},
    {"刘振宇", 'M', 45, 3, "广河县人民医院", "卫生", "临床医学", "deputy_senior", 5, nullptr},
    // 中小学教师 experts: three in each applicants' school, five (one per subject) elsewhere
    {"赵永福", 'M', 56, 12, "临夏中学", "中小学教师", "数学", "deputy_senior", 15, nullptr},
    {"马秀琴", 'F', 49, 4, "临夏中学", "中小学教师", "语文", "full_senior", 6, nullptr},
    {"韩德林", 'M', 52, 8, "临夏中学", "中小学教师", "英语", "deputy_senior", 10, nullptr},
    {"罗文斌", 'M', 51, 2, "康乐县第一中学", "中小学教师", "物理", "deputy_senior", 9, nullptr},
    {"祁玉兰", 'F', 48, 6, "康乐县第一中学", "中小学教师", "化学", "deputy_senior", 7, nullptr},
    {"马海龙", 'M', 53, 10, "康乐县第一中学", "中小学教师", "语文", "full_senior", 8, nullptr},
    {"马晓东", 'M', 50, 5, "临夏回民中学", "中小学教师", "语文", "full_senior", 7, "maxiaodong"},
    {"丁国庆", 'M', 47, 10, "临夏回民中学", "中小学教师", "数学", "deputy_senior", 8, nullptr},
    {"穆丽萍", 'F', 46, 3, "临夏回民中学", "中小学教师", "英语", "deputy_senior", 6, nullptr},
    {"拜志强", 'M', 52, 7, "临夏回民中学", "中小学教师", "物理", "deputy_senior", 11, nullptr},
    {"冶淑芳", 'F', 45, 11, "临夏回民中学", "中小学教师", "化学", "deputy_senior", 5, nullptr},
    {"喇永祥", 'M', 54, 1, "广河县第一中学", "中小学教师", "语文", "deputy_senior", 12, nullptr},
    {"周静", 'F', 44, 9, "广河县第一中学", "中小学教师", "数学", "deputy_senior", 5, nullptr},
    {"杨俊", 'M', 49, 6, "广河县第一中学", "中小学教师", "英语", "full_senior", 6, nullptr},
    {"沙宏伟", 'M', 51, 4, "广河县第一中学", "中小学教师", "物理", "deputy_senior", 9, nullptr},
    {"苏婷", 'F', 43, 12, "广河县第一中学", "中小学教师", "化学", "deputy_senior", 4, nullptr},
    {"何文华", 'M', 55, 3, "和政中学", "中小学教师", "语文", "deputy_senior", 13, nullptr},
    {"孔令军", 'M', 48, 8, "和政中学", "中小学教师", "数学", "full_senior", 5, nullptr},
    {"王艳玲", 'F', 47, 5, "和政中学", "中小学教师", "英语", "deputy_senior", 7, nullptr},
    {"李成林", 'M', 50, 11, "和政中学", "中小学教师", "物理", "deputy_senior", 8, nullptr},
    {"张慧", 'F', 46, 2, "和政中学", "中小学教师", "化学", "deputy_senior", 6, nullptr},
    {"孙明", 'M', 49, 7, "永靖县移民中学", "中小学教师", "语文", "deputy_senior", 7, nullptr},
    {"刘春燕", 'F', 45, 1, "永靖县移民中学", "中小学教师", "数学", "deputy_senior", 6, nullptr},
    {"魏国栋", 'M', 53, 9, "永靖县移民中学", "中小学教师", "英语", "deputy_senior", 11, nullptr},
    {"田玉梅", 'F', 48, 4, "永靖县移民中学", "中小学教师", "物理", "deputy_senior", 7, nullptr},
    {"鲁建平", 'M', 52, 10, "永靖县移民中学", "中小学教师", "化学", "full_senior", 6, nullptr},
    // Applicants of the closed round (中评会: 初级 → 中级)
    {"杨红霞", 'F', 38, 2, "临夏中学", "中小学教师", "英语", "assistant", 7, "yanghongxia"},
    {"李娜", 'F', 32, 6, "临夏中学", "中小学教师", "化学", "assistant", 5, nullptr},
    {"马晓军", 'M', 33, 9, "康乐县第一中学", "中小学教师", "数学", "assistant", 6, nullptr},
    {"韩亮", 'M', 34, 3, "康乐县第一中学", "中小学教师", "语文", "assistant", 6, nullptr},
    // Applicants of the round in publicity (中小学教师高评会)
    {"马玉芳", 'F', 43, 9, "临夏中学", "中小学教师", "语文", "intermediate", 11, "mayufang"},
    {"王海燕", 'F', 40, 5, "临夏中学", "中小学教师", "数学", "intermediate", 8, nullptr},
    {"祁德明", 'M', 49, 4, "康乐县第一中学", "中小学教师", "物理", "intermediate", 13, nullptr},
    {"苏晓燕", 'F', 41, 10, "康乐县第一中学", "中小学教师", "化学", "intermediate", 10, nullptr},
    // Applicants of the round in review (卫生高评会)
    {"王建国", 'M', 45, 11, "临夏州人民医院", "卫生", "临床医学", "intermediate", 10, "wangjianguo"},
    {"马丽娟", 'F', 39, 7, "临夏州人民医院", "卫生", "护理", "intermediate", 7, nullptr},
    {"赵鹏", 'M', 38, 12, "临夏州人民医院", "卫生", "药学", "intermediate", 6, nullptr},
    {"李梅", 'F', 40, 5, "临夏州中医医院", "卫生", "中医", "intermediate", 8, nullptr},
    {"何振华", 'M', 47, 6, "临夏县人民医院", "卫生", "临床医学", "intermediate", 9, nullptr},
    {"冶秀英", 'F', 36, 8, "临夏县人民医院", "卫生", "护理", "assistant", 6, nullptr},
    // Applicants of the round with an open window (工程系列高评会)
    {"罗建平", 'M', 42, 4, "临夏州水利水电勘测设计院", "工程", "水利水电", "intermediate", 9, "luojianping"},
    {"马国栋", 'M', 40, 8, "临夏州水利水电勘测设计院", "工程", "土木建筑", "intermediate", 7, nullptr},
    {"张丽", 'F', 38, 11, "临夏州水利水电勘测设计院", "工程", "测绘", "intermediate", 6, nullptr},
    {"韩永强", 'M', 44, 2, "临夏州水利水电勘测设计院", "工程", "水利水电", "intermediate", 10, nullptr},
};

const char* institution(const std::string& series, const std::string& specialty) {
  if (series == "卫生") return specialty == "中医" ? "甘肃中医药大学" : "兰州大学";
  if (series == "中小学教师") return "西北师范大学";
  return "兰州交通大学";
}

PersonInput person_input(const PersonSpec& s, const std::string& unit_id, const std::string& region, int base,
                         int seq) {
  PersonInput p;
  p.name = s.name;
  p.gender = std::string(1, s.gender);
  p.birth_date = core::Date{base - s.age, s.birth_month, 1 + (seq * 7) % 28};
  p.retirement_base = s.gender == 'M' ? 60 : 55;
  p.unit_id = unit_id;
  // A valid GB 11643 number: region, birth date, sequence (odd for men), check character.
  int order = (seq * 37) % 1000;
  if ((s.gender == 'M') != (order % 2 == 1)) order = (order + 1) % 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%04d%02d%02d%03d", region_code(region), p.birth_date.year,
                p.birth_date.month, p.birth_date.day, order);
  p.id_number = std::string(buf) + core::id_number_check_char(buf);
  p.post_managed = true;
  p.phone = "13909" + std::to_string(300000 + seq * 131);
  const int graduated = p.birth_date.year + 22;
  p.degrees.push_back({"bachelor", institution(s.series, s.specialty), "regular", s.specialty,
                       core::Date{graduated, 7, 1}, graduated >= 2003});
  const int got = base - s.held;
  const char* how = std::string(s.level) == "assistant" ? "assessment" : "review";
  p.qualifications.push_back(
      {s.series, s.specialty, s.level, core::Date{got, 12, 1}, "province", how,
       "临州人社发〔" + std::to_string(got) + "〕" + std::to_string(3 + seq % 9) + "号"});
  p.appointments.push_back({s.level, core::Date{got + 1, 1, 1}});
  p.assessments = {
      {base - 3, "competent"}, {base - 2, "competent"}, {base - 1, seq % 3 ? "competent" : "excellent"}};
  return p;
}

struct UserSpec {
  const char* username;
  const char* name;
  const char* role;
  const char* org;  // bound org, or nullptr
  const char* note;
};

constexpr UserSpec kUsers[] = {
    {"zhigaiban", "州职改办", "title_office", "临夏州人力资源和社会保障局", "州职改办：联审、发文、异议处理"},
    {"jijian", "纪检监督", "supervisor", "临夏州人力资源和社会保障局",
     "纪检监督（只读，含审计、计票公告板）"},
    {"renmin_hr", "州人民医院人事科", "unit_hr", "临夏州人民医院", "临夏州人民医院 人事"},
    {"zhongyiyuan_hr", "州中医医院人事科", "unit_hr", "临夏州中医医院", "临夏州中医医院 人事"},
    {"lxxyiyuan_hr", "临夏县人民医院人事科", "unit_hr", "临夏县人民医院", "临夏县人民医院 人事"},
    {"linxiazhong_hr", "临夏中学人事", "unit_hr", "临夏中学", "临夏中学 人事"},
    {"kangleyz_hr", "康乐一中人事", "unit_hr", "康乐县第一中学", "康乐县第一中学 人事"},
    {"shuiliyuan_hr", "水利水电勘测设计院人事", "unit_hr", "临夏州水利水电勘测设计院",
     "临夏州水利水电勘测设计院 人事"},
    {"weijian", "州卫健委审核员", "dept_reviewer", "临夏州卫生健康委员会", "州卫生健康委员会 主管部门审核"},
    {"jiaoyuju", "州教育局审核员", "dept_reviewer", "临夏州教育局", "州教育局 主管部门审核"},
    {"shuiwuju", "州水务局审核员", "dept_reviewer", "临夏州水务局", "州水务局 主管部门审核"},
    {"linxiaxian", "临夏县职改", "dept_reviewer", "临夏县人力资源和社会保障局", "临夏县职改 联审"},
    {"kanglexian", "康乐县职改", "dept_reviewer", "康乐县人力资源和社会保障局", "康乐县职改 联审"},
};

// The banner's note of a named login; an applicant's round may not exist on the day.
std::string person_note(const std::string& username, const Plan& plan) {
  if (username == "mawende") return "专家（临床医学 正高，卫生高评会专家库）";
  if (username == "maxiaodong")
    return plan.closed ? "专家（语文 正高，中小学教师评委会专家库；已结束批次的答辩专家）"
                       : "专家（语文 正高，中小学教师评委会专家库）";
  const struct {
    const char* username;
    bool shown;
    const char* note;
  } applicants[] = {
      {"yanghongxia", plan.closed.has_value(), "申报人（已结束批次：取得中级资格，证书已交本人）"},
      {"mayufang", plan.publicity.has_value(), "申报人（公示中批次：评审通过，公示中）"},
      {"wangjianguo", plan.review.has_value(), "申报人（审核中批次：单位已推荐，待主管部门审核）"},
      {"luojianping", plan.open.has_value(), "申报人（申报中批次：草稿，可提交）"},
  };
  for (const auto& a : applicants)
    if (username == a.username) return a.shown ? a.note : "申报人（今天没有其所在阶段的演示批次）";
  return "专家";
}

}  // namespace

void load_people(World& w) {
  // Each record a step of its own (20 s apart in the audit) on the setup day.
  auto c = [&w]() -> const Context& { return w.time.at(w.plan.setup); };
  auto admin = find_user_by_username(c(), "admin");
  if (!admin) throw Failure(Category::internal, "演示数据需要初始管理员 admin");
  for (const auto& o : kOrgs) {
    NewOrg n{o.name, o.kind, o.region,
             o.parent ? std::optional<std::string>(w.org(o.parent)) : std::optional<std::string>()};
    w.orgs[o.name] = std::string(create_org(c(), admin->actor, n).at("id").as_string());
  }
  auto login = [&](const std::string& username, const std::string& name, const std::string& role,
                   const std::string& org, const std::string& person, const std::string& note) {
    NewUser u;
    u.username = username;
    u.password = kDemoPassword;
    u.password_hash = w.password_hash;
    u.name = name;
    u.roles = {role};
    u.org_id = org;
    u.person_id = person;
    create_user(c(), admin->actor, u);
    w.actors[username] = find_user_by_username(c(), username)->actor;
    if (!note.empty()) w.banner.push_back(username + " — " + role + " — " + note);
  };
  const auto& first = kUsers[0];
  login(first.username, first.name, first.role, w.org(first.org), "", first.note);

  std::map<std::string, std::string> region;
  for (const auto& o : kOrgs) region[o.name] = o.region;
  int seq = 0, health = 0, teachers = 0;
  for (const auto& s : kPeople) {
    PersonInput p = person_input(s, w.org(s.unit), region[s.unit], w.base_year, ++seq);
    const std::string id = std::string(create_person(c(), w.actor("zhigaiban"), p).at("id").as_string());
    w.persons[s.name] = id;
    const std::string level = s.level;
    if (level == "full_senior" || level == "deputy_senior")
      w.experts.push_back({id, s.name, s.series, s.specialty, s.unit, level == "full_senior",
                           std::string(region[s.unit]) != "州直"});
  }
  for (const auto* u = kUsers + 1; u != std::end(kUsers); ++u)
    login(u->username, u->name, u->role, w.org(u->org), "", u->note);
  // Every expert has a login (scores and ballots are their own); applicants too where named.
  for (const auto& s : kPeople) {
    const std::string level = s.level;
    const bool expert = level == "full_senior" || level == "deputy_senior";
    if (!expert && !s.username) continue;
    std::string username = s.username ? s.username : "";
    if (username.empty()) {
      const bool h = std::string(s.series) == "卫生";
      char buf[16];
      std::snprintf(buf, sizeof buf, "%s%02d", h ? "wszj" : "jszj", h ? ++health : ++teachers);
      username = buf;
    }
    login(username, s.name, expert ? "expert" : "applicant", "", w.person(s.name),
          s.username ? person_note(username, w.plan) : "");
    w.usernames[w.person(s.name)] = username;
  }
  w.banner.push_back("wszj01–wszj" + std::to_string(health) + "、jszj01–jszj" + std::to_string(teachers) +
                     " — expert — 其余卫生、中小学教师专家（评分、投票用本人账号）");
}

}  // namespace zp::app::demo
