// Demo committees (by the title office, as of the setup day) with their offices' logins,
// and the expert pools admitted through the whole intake chain (申请、单位推荐、政审、公示、备案、入库), one
// step per working day: the health experts into 卫生高评会, the teachers into both
// teachers' committees. 工程系列高评会 has no pool yet (its round is still open).
#include "app/committees.h"
#include "app/demo.h"
#include "app/demo_world.h"
#include "app/error.h"
#include "app/pools.h"
#include "app/users.h"

namespace zp::app::demo {
namespace {

struct CommitteeSpec {
  const char* key;
  const char* name;
  const char* level;
  const char* series;
  std::vector<std::string> specialties;
  const char* evaluates;
  const char* authority;
  const char* host;
  const char* scope;
  const char* phone;
  const char* office;  // the committee office's login
  const char* office_name;
  const char* pool_series;  // experts of this series enter the pool; nullptr: no pool
};

const CommitteeSpec kCommittees[] = {
    {"S1",
     "临夏州卫生系列高级职称评审委员会",
     "senior",
     "卫生",
     {"临床医学", "护理", "药学", "中医"},
     "deputy_senior",
     "省人社厅",
     "临夏州卫生健康委员会",
     "全州卫生系统",
     "0930-6212345",
     "weiyuanhui",
     "卫生高评会工作机构",
     "卫生"},
    {"S2",
     "临夏州中小学教师高级职称评审委员会",
     "senior",
     "中小学教师",
     {"语文", "数学", "英语", "物理", "化学"},
     "deputy_senior",
     "省人社厅",
     "临夏州教育局",
     "全州中小学",
     "0930-6213457",
     "jsgaoping",
     "中小学教师高评会工作机构",
     "中小学教师"},
    {"I1",
     "临夏州中小学教师中级职称评审委员会",
     "intermediate",
     "中小学教师",
     {"语文", "数学", "英语", "物理", "化学"},
     "intermediate",
     "州人社局",
     "临夏州教育局",
     "全州中小学",
     "0930-6213456",
     "jszhongping",
     "中小学教师中评会工作机构",
     "中小学教师"},
    {"S3",
     "临夏州工程系列高级职称评审委员会",
     "senior",
     "工程",
     {"水利水电", "土木建筑", "测绘"},
     "deputy_senior",
     "省人社厅",
     "临夏州水务局",
     "全州水利、住建系统工程技术人员",
     "0930-6214567",
     "gcgaoping",
     "工程系列高评会工作机构",
     nullptr},
};

// The next weekday after `d` (a pool step a day; no rule counts these days).
core::Date next_weekday(core::Date d) {
  d = d.plus_days(1);
  while (d.weekend()) d = d.plus_days(1);
  return d;
}

}  // namespace

void load_committees(World& w) {
  auto admin = find_user_by_username(w.time.at(w.plan.setup), "admin");
  if (!admin) throw Failure(Category::internal, "演示数据需要初始管理员 admin");
  for (const auto& s : kCommittees) {
    auto c = [&w]() -> const Context& { return w.time.at(w.plan.setup); };
    NewCommittee n{s.name,      s.level,       s.series, s.specialties, {s.evaluates},
                   s.authority, w.org(s.host), s.scope,  s.phone};
    w.committees[s.key] = std::string(create_committee(c(), w.actor("zhigaiban"), n).at("id").as_string());
    NewUser u;
    u.username = s.office;
    u.password = kDemoPassword;
    u.password_hash = w.password_hash;
    u.name = s.office_name;
    u.roles = {"committee_office"};
    u.committee_id = w.committees[s.key];
    create_user(c(), admin->actor, u);
    w.actors[s.office] = find_user_by_username(c(), s.office)->actor;
    w.banner.push_back(std::string(s.office) + " — committee_office — " + s.name + " 工作机构");
  }

  // Each pool: the experts (senior titles) of its series, admitted step by step.
  struct Entry {
    std::string id;
    const char* office;
  };
  std::vector<Entry> entries;
  core::Date day = next_weekday(w.plan.setup);
  for (const auto& s : kCommittees) {
    if (!s.pool_series) continue;
    for (const auto& e : w.experts) {
      const Context& c = w.time.at(day);
      if (e.series != s.pool_series) continue;
      auto r = apply_to_pool(c, w.actor(s.office), w.committees[s.key],
                             NewPoolEntry{e.person_id, std::nullopt, "", e.grassroots, false});
      entries.push_back({std::string(r.at("id").as_string()), s.office});
    }
  }
  for (const char* step : {"unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"}) {
    day = next_weekday(day);
    for (const auto& e : entries) pool_step(w.time.at(day), w.actor(e.office), e.id, step);
  }
  w.banner.push_back("专家库：卫生高评会 " + std::to_string(w.pool_size("卫生")) +
                     " 名、中小学教师高评会和中评会各 " + std::to_string(w.pool_size("中小学教师")) +
                     " 名已入库专家");
}

}  // namespace zp::app::demo
