// Demo committees for `serve --demo`: a senior health committee with an admitted
// expert pool of 24 and a 2026 round in progress, and an intermediate teachers'
// committee. Everything goes through the same services (and rules, and audit) as the
// API; a refusal is reported in the banner instead of stopping the server.
#include <cstdio>

#include "app/committees.h"
#include "app/demo.h"
#include "app/error.h"
#include "app/persons.h"
#include "app/pools.h"
#include "app/rounds.h"
#include "app/users.h"
#include "core/id_number.h"

namespace zp::app {
namespace {

std::string org_id_by_name(const Context& ctx, const std::string& name) {
  auto tx = ctx.db.begin(store::TxMode::read);
  auto r = tx->one("SELECT id FROM orgs WHERE name = ?", {name});
  return r ? r->str("id") : "";
}

std::string demo_id_number(core::Date birth, int seq, bool male) {
  char buf[32];
  int s = seq % 1000;
  if (male != (s % 2 == 1)) s = (s + 1) % 1000;
  std::snprintf(buf, sizeof buf, "622901%04d%02d%02d%03d", birth.year, birth.month, birth.day, s);
  std::string id(buf);
  return id + core::id_number_check_char(id);
}

}  // namespace

void load_demo_committees(const Context& ctx, std::vector<std::string>& banner) {
  try {
    auto to = find_user_by_username(ctx, "zhigaiban");
    if (!to) return;
    const Actor& office = to->actor;
    const std::string health = org_id_by_name(ctx, "临夏州卫生健康委员会");
    const std::string edu = org_id_by_name(ctx, "临夏州教育局");
    const std::vector<std::string> units = {org_id_by_name(ctx, "临夏州人民医院"),
                                            org_id_by_name(ctx, "临夏州中医医院"),
                                            org_id_by_name(ctx, "临夏县人民医院")};
    auto senior = create_committee(ctx, office,
                                   {"临夏州卫生系列高级职称评审委员会", "senior", "卫生",
                                    {"临床医学", "护理", "药学", "中医"}, {"deputy_senior"}, "省人社厅",
                                    health, "全州卫生系统", "0930-6212345"});
    create_committee(ctx, office,
                     {"临夏州中小学教师中级职称评审委员会", "intermediate", "中小学教师",
                      {"语文", "数学", "英语", "物理", "化学"}, {"intermediate"}, "州人社局", edu,
                      "全州中小学", "0930-6213456"});
    const std::string cid = std::string(senior.at("id").as_string());
    {
      auto tx = ctx.db.begin(store::TxMode::write);
      NewUser u{"weiyuanhui", kDemoPassword, "卫生高评会工作机构", {"committee_office"}, "", "", cid};
      create_user_system(ctx, *tx, u);
      tx->commit();
    }
    banner.push_back("weiyuanhui — committee_office — 卫生系列高级评委会 工作机构");

    // 24 senior experts of the specialty, admitted through the whole intake chain.
    const int year = ctx.clock.today().year;
    std::vector<std::string> experts;
    {
      auto tx = ctx.db.begin(store::TxMode::write);
      for (int i = 0; i < 24; ++i) {
        PersonInput p;
        const bool male = i % 3 != 0;
        p.name = std::string("专家") + std::to_string(i + 1);
        p.gender = male ? "M" : "F";
        p.birth_date = core::Date{1968 + i % 14, 1 + i % 12, 1 + i % 27};
        p.retirement_base = male ? 60 : 55;
        p.unit_id = units[static_cast<std::size_t>(i) % units.size()];
        p.id_number = demo_id_number(p.birth_date, 301 + 2 * i, male);
        p.post_managed = true;
        p.degrees.push_back({"bachelor", "兰州大学", "regular", "临床医学", {p.birth_date.year + 23, 7, 1}, true});
        const std::string level = i < 8 ? "full_senior" : "deputy_senior";
        p.qualifications.push_back({"卫生", "临床医学", level, {2016, 12, 1}, "province", "review", "甘人社发〔2016〕9号"});
        p.appointments.push_back({level, {2017, 1, 1}});
        p.assessments = {{year - 2, "competent"}, {year - 1, "excellent"}};
        experts.push_back(create_person_system(ctx, *tx, p));
      }
      tx->commit();
    }
    for (const auto& pid : experts) {
      auto e = apply_to_pool(ctx, office, cid, NewPoolEntry{pid, std::nullopt, "", false, false});
      const std::string eid = std::string(e.at("id").as_string());
      for (const char* step : {"unit_recommended", "dept_reviewed", "publicized", "filed", "admitted"})
        pool_step(ctx, office, eid, step);
    }
    banner.push_back("卫生高评会专家库：24 名已入库专家");

    // The 2026 round in progress: notice 2026-11-02, meeting 2026-12-22.
    NewRound r;
    r.committee_id = cid;
    r.year = 2026;
    r.notice_date = core::Date{2026, 11, 2};
    r.meeting_date = core::Date{2026, 12, 22};
    auto round = create_round(ctx, office, r);
    banner.push_back("2026 年度评审（卫生高评会）：申报截止 " +
                     std::string(round.at("application_deadline").as_string()) + "，评审会 2026-12-22");
  } catch (const Failure& f) {
    banner.push_back(std::string("演示评委会未能完整载入：") + f.what() +
                     (f.violations().empty() ? "" : "（" + f.violations().front().message + "）"));
  }
}

}  // namespace zp::app
