#include "app/demo.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "app/audit.h"
#include "app/demo_world.h"
#include "app/error.h"
#include "crypto/password.h"

namespace zp::app {
namespace demo {

TimeMachine::TimeMachine(const Context& real)
    : real_(real), today_(real.clock.today()), clock_(true), ctx_(real.db, clock_, real.keys, real.data_dir) {
  ctx_.set_calendar(real.calendar());
}

const Context& TimeMachine::at(core::Date d) {
  if (d >= today_) {
    clock_.set_now(real_.clock.now(), false);
    return ctx_;
  }
  std::int64_t t = 0;
  Clock::parse_rfc3339(d.str(), &t);  // 09:00 CST
  clock_.set_now(t + 20 * steps_[d.serial()]++, true);
  return ctx_;
}

World::World(const Context& real) : time(real), plan(make_plan(*real.calendar(), time.today())) {
  base_year = plan.setup.year;
  auto h = crypto::password_hash(kDemoPassword);
  if (!h) throw Failure(Category::internal, "密码哈希失败");
  password_hash = *h;
}

const Actor& World::actor(const std::string& username) const {
  auto it = actors.find(username);
  if (it == actors.end()) throw Failure(Category::internal, "演示账号不存在：" + username);
  return it->second;
}

const std::string& World::org(const std::string& name) const {
  auto it = orgs.find(name);
  if (it == orgs.end()) throw Failure(Category::internal, "演示机构不存在：" + name);
  return it->second;
}

const std::string& World::person(const std::string& name) const {
  auto it = persons.find(name);
  if (it == persons.end()) throw Failure(Category::internal, "演示人员不存在：" + name);
  return it->second;
}

int World::pool_size(const std::string& series) const {
  return static_cast<int>(
      std::count_if(experts.begin(), experts.end(), [&](const Expert& e) { return e.series == series; }));
}

namespace {

std::string refusal(const Failure& f) {
  std::string s = f.what();
  for (const auto& v : f.violations()) s += "；" + v.rule + "（" + v.section + "）" + v.message;
  return s;
}

// Runs the queued steps in date order (stable within a day). A refused step stops the
// rest of its round; the refusal goes into the banner and the server starts anyway.
void run_steps(World& w) {
  std::stable_sort(w.steps.begin(), w.steps.end(),
                   [](const Step& a, const Step& b) { return a.date < b.date; });
  std::set<std::string> stopped;
  for (const auto& s : w.steps) {
    if (stopped.count(s.round)) continue;
    try {
      s.run(w.time.at(s.date));
    } catch (const Failure& f) {
      stopped.insert(s.round);
      w.banner.push_back("！" + s.round + "在 " + s.date.str() + " 未能完成：" + refusal(f));
    } catch (const std::exception& e) {  // a service's unexpected answer: report, start anyway
      stopped.insert(s.round);
      w.banner.push_back("！" + s.round + "在 " + s.date.str() + " 未能完成：" + e.what());
    }
  }
}

}  // namespace
}  // namespace demo

std::vector<std::string> load_demo(const Context& ctx) {
  const auto t0 = std::chrono::steady_clock::now();
  demo::World w(ctx);
  w.banner.push_back("演示日期 / demo day: " + w.time.today().str() + "（录入档案于 " + w.plan.setup.str() +
                     "）");
  try {
    demo::load_people(w);
    demo::load_committees(w);
  } catch (const Failure& f) {
    w.banner.push_back("！演示机构和人员未能完整载入：" + demo::refusal(f));
    return w.banner;
  } catch (const std::exception& e) {
    w.banner.push_back(std::string("！演示机构和人员未能完整载入：") + e.what());
    return w.banner;
  }
  if (w.plan.closed) demo::queue_closed_round(w, *w.plan.closed);
  if (w.plan.publicity) demo::queue_publicity_round(w, *w.plan.publicity);
  if (w.plan.review) demo::queue_review_round(w, *w.plan.review);
  if (w.plan.open) demo::queue_open_round(w, *w.plan.open);
  demo::run_steps(w);
  for (const auto& n : w.plan.notes) w.banner.push_back("未演示 / not shown: " + n);

  const Context& now = w.time.at(w.time.today());
  auto tx = now.db.begin(store::TxMode::write);
  audit_append(*tx, now, "system:demo", "demo.load", "demo",
               boost::json::object{{"day", w.time.today().str()},
                                   {"setup", w.plan.setup.str()},
                                   {"orgs", w.orgs.size()},
                                   {"persons", w.persons.size()},
                                   {"users", w.actors.size()},
                                   {"notes", w.plan.notes.size()}});
  tx->commit();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  char buf[64];
  std::snprintf(buf, sizeof buf, "演示数据载入用时 %.1f 秒", secs);
  w.banner.push_back(buf);
  return w.banner;
}

}  // namespace zp::app
