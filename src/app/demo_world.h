// Inside `serve --demo` (demo*.cc only): the services run as of past moments, and what
// the loader has made so far, by name.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/actor.h"
#include "app/clock.h"
#include "app/context.h"
#include "app/demo_plan.h"

namespace zp::app::demo {

// A clock of its own and a Context over the server's database, keys and calendar: the
// demo runs each step as of its day without ever moving the server's clock.
class TimeMachine {
 public:
  explicit TimeMachine(const Context& real);
  TimeMachine(const TimeMachine&) = delete;
  TimeMachine& operator=(const TimeMachine&) = delete;

  // The server's today (the start day).
  core::Date today() const { return today_; }
  // The context as of `d`: 09:00 CST plus 20 s per step already taken that day, frozen;
  // on or after today, the server's own now (running).
  const Context& at(core::Date d);

 private:
  const Context& real_;
  core::Date today_;
  Clock clock_;
  Context ctx_;
  std::map<std::int64_t, int> steps_;  // day serial → steps taken
};

// One step of a round at a date; run in date order (stable within a day).
struct Step {
  core::Date date;
  std::string round;  // which round it belongs to: a refusal stops the rest of it
  std::function<void(const Context&)> run;
};

struct World {
  explicit World(const Context& real);

  TimeMachine time;
  Plan plan;
  int base_year = 0;  // the year the records are entered (people's dates count back from it)
  std::map<std::string, std::string> orgs;        // name → id
  std::map<std::string, std::string> persons;     // name → id
  std::map<std::string, std::string> committees;  // short key (S1, S2, S3, I1) → id
  std::map<std::string, Actor> actors;            // username → actor
  std::map<std::string, std::string> usernames;   // person id → the person's login
  struct Expert {
    std::string person_id, name, series, specialty, unit;
    bool full_senior = false, grassroots = false;
  };
  std::vector<Expert> experts;  // in the order entered
  std::string password_hash;    // one hash of the published demo password for every demo login
  std::vector<std::string> banner;
  std::vector<Step> steps;

  const Actor& actor(const std::string& username) const;
  const std::string& org(const std::string& name) const;
  const std::string& person(const std::string& name) const;
  int pool_size(const std::string& series) const;
  void at(core::Date d, std::string round, std::function<void(const Context&)> f) {
    steps.push_back({d, std::move(round), std::move(f)});
  }
};

// Setup (demo_people.cc, demo_committees.cc): orgs, persons, logins, committees, pools.
void load_people(World& w);
void load_committees(World& w);
// The rounds (demo_rounds*.cc): each queues its steps in w.steps.
void queue_closed_round(World& w, const RoundPlan& p);
void queue_publicity_round(World& w, const RoundPlan& p);
void queue_review_round(World& w, const RoundPlan& p);
void queue_open_round(World& w, const RoundPlan& p);

}  // namespace zp::app::demo
