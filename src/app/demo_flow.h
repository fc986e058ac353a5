// Inside `serve --demo` (demo_rounds*.cc): the steps of a round that the four demo rounds
// share, each queued at its date and run through the services as of that day.
#pragma once

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/demo_world.h"

namespace zp::app::demo {

// What a round has made so far (filled in as its steps run).
struct RoundState {
  std::string name;  // for the banner, e.g. "已结束批次（中小学教师中评会）"
  std::string id;
  std::map<std::string, std::string> apps;  // applicant name → application id
  std::vector<std::string> members;         // drawn meeting members
  std::vector<std::string> present;         // members present at the meeting
  std::string publicity_id, document_id, doc_no;
  std::map<std::string, std::string> serials;  // applicant name → certificate serial
};
using State = std::shared_ptr<RoundState>;

struct ApplicantSpec {
  const char* name;
  const char* by;  // the login that files it: the applicant themself or the unit's HR
  const char* hr;  // the unit's HR
  const char* specialty;
  const char* reviewer;  // the competent department (州直) or county office (县) login
  const char* stage;     // "dept" | "county"
};

std::string id_of(const boost::json::object& o);

// The round is set up by the committee office on its notice date.
void queue_notice(World& w, const State& s, const char* committee, const char* office, const RoundPlan& p);
// Files each application (achievements of the previous year; pledged and submitted when
// `submit`), as the applicant or the unit's HR.
void file_applications(const Context& c, const World& w, const State& s,
                       const std::vector<ApplicantSpec>& apps, const char* series, const char* target,
                       int year, bool submit);
// The unit publicity (stage 1) of each unit's applications, 5 working days from `start`.
void unit_publicities(const Context& c, const World& w, const State& s,
                      const std::vector<ApplicantSpec>& apps, core::Date start);
// Filing, unit publicities, recommendations, the dept/county review and the joint review
// by the title office: every application `reviewed` by p.joint_review.
void queue_to_reviewed(World& w, const State& s, const RoundPlan& p, const std::vector<ApplicantSpec>& apps,
                       const char* series, const char* target);

struct MeetingSpec {
  const char* office;
  const char* series;  // of the committee's experts
  const char* chair;   // fixed roles of the meeting draw
  const char* vice_chair;
  int size, present;
  bool video;                            // video defense (senior) or in person
  int expert_rank;                       // the defense group takes the rank-th expert of each other school
  int group_size;                        // 3–5
  std::vector<std::vector<int>> scores;  // per applicant (in `apps` order), per group expert
  std::vector<int> yes;                  // approvals per applicant put to the vote (-1: not put)
  const char* remarks;
};
// Draw commitment and contribution, the meeting draw, the briefing and the defense, the
// meeting with its basis, the secret ballot by each present member, and the committee
// publicity the next working day.
void queue_meeting(World& w, const State& s, const RoundPlan& p, const std::vector<ApplicantSpec>& apps,
                   const MeetingSpec& m);

}  // namespace zp::app::demo
