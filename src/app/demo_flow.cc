#include "app/demo_flow.h"

#include <set>

#include "app/applications.h"
#include "app/defense.h"
#include "app/draws.h"
#include "app/error.h"
#include "app/meeting.h"
#include "app/publicity.h"
#include "app/rounds.h"
#include "app/votes.h"
#include "crypto/sm3.h"

namespace zp::app::demo {
namespace json = boost::json;

std::string id_of(const json::object& o) {
  return std::string(o.at("id").as_string());
}

void queue_notice(World& w, const State& s, const char* committee, const char* office, const RoundPlan& p) {
  w.at(p.notice, s->name, [&w, s, committee, office, p](const Context& c) {
    NewRound r{w.committees.at(committee), p.year, p.notice, p.defense, p.meeting};
    s->id = id_of(create_round(c, w.actor(office), r));
  });
}

void file_applications(const Context& c, const World& w, const State& s,
                       const std::vector<ApplicantSpec>& apps, const char* series, const char* target,
                       int year, bool submit) {
  int k = 0;
  for (const auto& a : apps) {
    ApplicationRequest r;
    r.person_id = w.person(a.name);
    r.round_id = s->id;
    r.target_level = target;
    r.series = series;
    r.specialty = a.specialty;
    r.promotion_type = "normal";
    r.continuing_education = "近三年继续教育学时均已达标（每年 90 学时）";
    r.workload = "任现职以来年均完成本岗位规定工作量的 120%";
    r.achievements = {
        {"paper", std::string(a.specialty) + "方向论文（第一作者，省级期刊）",
         core::Date{year - 1, 3 + k % 6, 15}, std::nullopt, std::nullopt},
        {"award", std::string("临夏州") + a.specialty + "业务竞赛", core::Date{year - 1, 10, 20},
         std::string("州级"), std::string("二等奖")},
    };
    ++k;
    const std::string id = id_of(create_application(c, w.actor(a.by), r));
    s->apps[a.name] = id;
    if (!submit) continue;
    pledge_application(c, w.actor(a.by), id, true);
    submit_application(c, w.actor(a.by), id);
  }
}

void unit_publicities(const Context& c, const World& w, const State& s,
                      const std::vector<ApplicantSpec>& apps, core::Date start) {
  std::map<std::string, std::vector<std::string>> by_hr;  // in the order first seen
  std::vector<std::string> order;
  for (const auto& a : apps) {
    if (!by_hr.count(a.hr)) order.push_back(a.hr);
    by_hr[a.hr].push_back(s->apps.at(a.name));
  }
  int k = 0;
  for (const auto& hr : order) {
    const Actor& actor = w.actor(hr);
    PublicityRequest r;
    r.stage = "unit";
    r.round_id = s->id;
    r.unit_id = actor.org_id;
    r.application_ids = by_hr[hr];
    r.start_date = start;
    r.posts = core::PostCounts{36 + 7 * k, 3 + k, 110 + 13 * k, 9 + 2 * k};
    ++k;
    create_publicity(c, actor, r);
  }
}

void queue_to_reviewed(World& w, const State& s, const RoundPlan& p, const std::vector<ApplicantSpec>& apps,
                       const char* series, const char* target) {
  w.at(p.apply, s->name, [&w, s, apps, series, target, p](const Context& c) {
    file_applications(c, w, s, apps, series, target, p.year, true);
  });
  w.at(p.unit_publicity, s->name,
       [&w, s, apps, p](const Context& c) { unit_publicities(c, w, s, apps, p.unit_publicity); });
  w.at(p.recommend, s->name, [&w, s, apps](const Context& c) {
    for (const auto& a : apps) recommend_application(c, w.actor(a.hr), s->apps.at(a.name));
  });
  w.at(p.dept_review, s->name, [&w, s, apps](const Context& c) {
    for (const auto& a : apps)
      review_application(c, w.actor(a.reviewer), s->apps.at(a.name), a.stage, "pass",
                         "材料齐全，符合申报条件，同意推荐");
  });
  w.at(p.joint_review, s->name, [&w, s, apps](const Context& c) {
    for (const auto& a : apps)
      review_application(c, w.actor("zhigaiban"), s->apps.at(a.name), "joint", "pass", "联审通过");
  });
}

namespace {

// The defense group: the rank-th expert of each school other than the applicants'.
std::vector<std::string> defense_experts(const World& w, const std::string& series,
                                         const std::vector<ApplicantSpec>& apps, int rank, int size) {
  std::set<std::string> applicant_units;
  for (const auto& a : apps) applicant_units.insert(w.actor(a.hr).org_id);
  std::map<std::string, int> seen;
  std::vector<std::string> out;
  for (const auto& e : w.experts) {
    if (e.series != series || applicant_units.count(w.org(e.unit))) continue;
    if (seen[e.unit]++ == rank && static_cast<int>(out.size()) < size) out.push_back(e.person_id);
  }
  return out;
}

}  // namespace

void queue_meeting(World& w, const State& s, const RoundPlan& p, const std::vector<ApplicantSpec>& apps,
                   const MeetingSpec& m) {
  w.at(p.commit, s->name, [&w, s, m](const Context& c) {
    commit_draw_secret(c, w.actor(m.office), s->id, std::nullopt);
    contribute_to_draw(c, w.actor("jijian"), s->id,
                       "纪检监督随机数 " + c.clock.today().str() + "-" + s->id.substr(0, 6));
  });
  w.at(p.draw_from, s->name, [&w, s, m](const Context& c) {
    NewDraw d;
    d.purpose = "meeting";
    d.size = m.size;
    d.fixed = {{w.person(m.chair), "chair"}, {w.person(m.vice_chair), "vice_chair"}};
    auto r = make_draw(c, w.actor(m.office), s->id, d);
    for (const auto& v : r.at("members").as_array()) s->members.push_back(std::string(v.as_string()));
    // Present: the chair, the vice-chair and the first others in the drawn order.
    s->present = {w.person(m.chair), w.person(m.vice_chair)};
    for (const auto& id : s->members)
      if (static_cast<int>(s->present.size()) < m.present && id != s->present[0] && id != s->present[1])
        s->present.push_back(id);
  });
  w.at(p.training, s->name, [&w, s, p, apps, m](const Context& c) {
    const Actor& office = w.actor(m.office);
    record_training(c, office, s->id, p.training, "评审政策、评审标准、回避与保密纪律培训", s->members);
    NewDefenseGroup g;
    g.experts = defense_experts(w, m.series, apps, m.expert_rank, m.group_size);
    for (const auto& a : apps) g.application_ids.push_back(s->apps.at(a.name));
    g.video = m.video;
    if (m.video) {
      g.recording_ref = "NAS://答辩录像/" + p.training.str() + "/第1组.mp4";
      g.recording_sm3 = crypto::sm3_hex(g.recording_ref);
    }
    g.observers = {"申报人所在单位代表"};
    g.supervisors = {{"马国华", m.video ? "派驻纪检组" : "州人社局科级干部"}};
    const std::string gid = id_of(create_defense_group(c, office, s->id, g));
    for (std::size_t i = 0; i < apps.size(); ++i)
      for (std::size_t e = 0; e < g.experts.size(); ++e)
        add_defense_score(c, w.actor(w.usernames.at(g.experts[e])), gid, s->apps.at(apps[i].name),
                          g.experts[e], m.scores[i][e]);
  });
  w.at(p.meeting, s->name, [&w, s, p, apps, m](const Context& c) {
    const Actor& office = w.actor(m.office);
    NewMeeting meeting{p.meeting, s->present, w.person(m.chair), "记录员 韩静", {{"马国华", "派驻纪检组"}}};
    record_meeting(c, office, s->id, meeting);
    std::vector<std::string> voted;
    std::vector<int> yes;
    for (std::size_t i = 0; i < apps.size(); ++i) {
      if (m.yes[i] < 0) continue;
      voted.push_back(s->apps.at(apps[i].name));
      yes.push_back(m.yes[i]);
      record_basis(c, office, s->id, voted.back(), "材料审核：材料齐全、真实，符合申报条件",
                   "学科组意见：业绩突出，同意提交评审");
    }
    const std::string vote = id_of(open_vote(c, office, s->id, voted));
    for (std::size_t k = 0; k < s->present.size(); ++k) {
      std::map<std::string, std::string> choices;
      for (std::size_t i = 0; i < voted.size(); ++i)
        choices[voted[i]] = static_cast<int>(k) < yes[i] ? "yes" : (k % 3 == 0 ? "abstain" : "no");
      cast_ballot(c, w.actor(w.usernames.at(s->present[k])), vote, choices);
    }
    close_vote(c, office, vote);
    record_remarks(c, office, s->id, m.remarks);
  });
  w.at(p.committee_publicity, s->name, [&w, s, p, m](const Context& c) {
    PublicityRequest r;
    r.stage = "committee";
    r.round_id = s->id;
    r.start_date = p.committee_publicity;
    s->publicity_id = id_of(create_publicity(c, w.actor(m.office), r));
  });
}

}  // namespace zp::app::demo
