// The four demo rounds, each brought to its stage on the start day (demo_plan.h):
//   closed     中小学教师中评会 (初级 → 中级): three qualified, documents, certificates
//              handed over, one lost and replaced (void declaration); one not passed;
//   publicity  中小学教师高评会 (中级 → 副高): two passed and in the committee publicity, a
//              real-name objection registered today against one; one failed the defense
//              (so not put to the vote), one not passed by the vote;
//   review     卫生高评会: one waiting for the competent department, one for the county
//              office, one for the joint review, one reviewed, one returned for correction;
//   open       工程系列高评会: two drafts (one the applicant's own), two submitted.
#include "app/applications.h"
#include "app/certificates.h"
#include "app/demo_flow.h"
#include "app/documents.h"
#include "app/objections.h"

namespace zp::app::demo {
namespace {

std::string dates(const RoundPlan& p) {
  return std::to_string(p.year) + " 年度，发文 " + p.notice.str() + "，申报截止 " + p.deadline.str() +
         "，联审截止 " + p.joint_deadline.str() + "，评审会议 " + p.meeting.str();
}

}  // namespace

void queue_closed_round(World& w, const RoundPlan& p) {
  auto s = std::make_shared<RoundState>();
  s->name = "已结束批次（中小学教师中评会）";
  const std::vector<ApplicantSpec> apps = {
      {"杨红霞", "yanghongxia", "linxiazhong_hr", "英语", "jiaoyuju", "dept"},
      {"李娜", "linxiazhong_hr", "linxiazhong_hr", "化学", "jiaoyuju", "dept"},
      {"马晓军", "kangleyz_hr", "kangleyz_hr", "数学", "kanglexian", "county"},
      {"韩亮", "kangleyz_hr", "kangleyz_hr", "语文", "kanglexian", "county"},
  };
  queue_notice(w, s, "I1", "jszhongping", p);
  queue_to_reviewed(w, s, p, apps, "中小学教师", "intermediate");
  // 说课讲课 in person; 14 of the 15 drawn attend (quorum 13); 10 approvals pass (2/3 of 14).
  queue_meeting(w, s, p, apps,
                {"jszhongping",
                 "中小学教师",
                 "马海龙",
                 "孔令军",
                 15,
                 14,
                 false,
                 0,
                 3,
                 {{88, 85, 90}, {82, 79, 84}, {76, 80, 72}, {68, 63, 70}},
                 {13, 12, 11, 6},
                 "评委认为申报人教学业绩扎实，说课规范；个别申报人教研成果偏少"});
  w.at(p.document, s->name, [&w, s](const Context& c) {
    auto d = issue_document(c, w.actor("zhigaiban"), s->id);
    s->document_id = id_of(d);
    s->doc_no = std::string(d.at("doc_no").as_string());
  });
  w.at(p.certificates, s->name, [&w, s](const Context& c) {
    auto b = create_certificate_batch(c, w.actor("jszhongping"), s->id);
    for (const auto& x : b.at("certificates").as_array())
      s->serials[std::string(x.at("name").as_string())] = std::string(x.at("serial").as_string());
  });
  w.at(p.handover_unit, s->name, [&w, s, p](const Context& c) {
    for (const auto& [name, serial] : s->serials)
      certificate_handover(c, w.actor("jszhongping"), serial, "unit", p.handover_unit);
  });
  w.at(p.handover_person, s->name, [&w, s, p, apps](const Context& c) {
    for (const auto& a : apps) {
      auto it = s->serials.find(a.name);
      if (it == s->serials.end()) continue;
      certificate_handover(c, w.actor(a.hr), it->second, "person", p.handover_person);
      record_archive(c, w.actor("jszhongping"), s->document_id, {s->apps.at(a.name), true, true, "unit"});
    }
  });
  w.at(p.replacement, s->name, [&w, s, p](const Context& c) {
    const std::string lost = s->serials.at("马晓军");
    auto r =
        replace_certificate(c, w.actor("kangleyz_hr"), lost, "证书遗失，持《证书遗失补办申领表》申请补发");
    w.banner.push_back("已结束批次：" + dates(p) + "（中小学教师中评会）；资格文件 " + s->doc_no + "，证书 " +
                       std::to_string(s->serials.size()) + " 本已交本人，其中 " + lost + " 遗失补发为 " +
                       std::string(r.at("serial").as_string()) + "（作废声明已公布）");
    w.banner.push_back("证书查验示例 / sample certificate: " + s->serials.at("杨红霞") + "（杨红霞）");
  });
}

void queue_publicity_round(World& w, const RoundPlan& p) {
  auto s = std::make_shared<RoundState>();
  s->name = "公示中批次（中小学教师高评会）";
  const std::vector<ApplicantSpec> apps = {
      {"马玉芳", "mayufang", "linxiazhong_hr", "语文", "jiaoyuju", "dept"},
      {"王海燕", "linxiazhong_hr", "linxiazhong_hr", "数学", "jiaoyuju", "dept"},
      {"祁德明", "kangleyz_hr", "kangleyz_hr", "物理", "kanglexian", "county"},
      {"苏晓燕", "kangleyz_hr", "kangleyz_hr", "化学", "kanglexian", "county"},
  };
  queue_notice(w, s, "S2", "jsgaoping", p);
  queue_to_reviewed(w, s, p, apps, "中小学教师", "deputy_senior");
  // Video defense; 王海燕 has 2 of 4 scores below 60 (defense failed) and is not put to
  // the vote; 17 of 19 attend, 12 approvals pass.
  queue_meeting(w, s, p, apps,
                {"jsgaoping",
                 "中小学教师",
                 "马晓东",
                 "杨俊",
                 19,
                 17,
                 true,
                 1,
                 4,
                 {{86, 82, 88, 80}, {58, 55, 66, 70}, {78, 80, 75, 83}, {72, 68, 74, 65}},
                 {15, -1, 13, 9},
                 "评委认为通过人员教学成果突出、示范作用明显"});
  w.at(w.time.today(), s->name, [&w, s, p, apps](const Context& c) {
    ObjectionRequest o{
        s->apps.at("祁德明"), "马成", "13993012345",
        "反映祁德明同志任现职以来的一篇论文系与他人合著，申报材料中的署名顺序有误，请予核查。"};
    auto r = submit_objection(c, s->publicity_id, o);
    w.banner.push_back(
        "公示中批次：" + dates(p) + "（中小学教师高评会）；评审结果公示 " + p.committee_publicity.str() +
        " 至 " + p.committee_publicity_end.str() + "，今天收到实名异议 1 件（" +
        (r.at("status").as_string() == "registered" ? "已登记" : "未登记：逾期或匿名") + "，待处理）");
  });
}

void queue_review_round(World& w, const RoundPlan& p) {
  auto s = std::make_shared<RoundState>();
  s->name = "审核中批次（卫生高评会）";
  const std::vector<ApplicantSpec> apps = {
      {"王建国", "wangjianguo", "renmin_hr", "临床医学", "weijian", "dept"},
      {"马丽娟", "renmin_hr", "renmin_hr", "护理", "weijian", "dept"},
      {"赵鹏", "renmin_hr", "renmin_hr", "药学", "weijian", "dept"},
      {"李梅", "zhongyiyuan_hr", "zhongyiyuan_hr", "中医", "weijian", "dept"},
      {"何振华", "lxxyiyuan_hr", "lxxyiyuan_hr", "临床医学", "linxiaxian", "county"},
  };
  queue_notice(w, s, "S1", "weiyuanhui", p);
  w.at(p.apply, s->name, [&w, s, apps, p](const Context& c) {
    file_applications(c, w, s, apps, "卫生", "deputy_senior", p.year, true);
  });
  w.at(p.unit_publicity, s->name,
       [&w, s, apps, p](const Context& c) { unit_publicities(c, w, s, apps, p.unit_publicity); });
  w.at(p.recommend, s->name, [&w, s, apps](const Context& c) {
    for (const auto& a : apps) recommend_application(c, w.actor(a.hr), s->apps.at(a.name));
  });
  w.at(p.dept_review, s->name, [&w, s](const Context& c) {
    const Actor& dept = w.actor("weijian");
    review_application(c, dept, s->apps.at("马丽娟"), "dept", "pass", "材料齐全，同意推荐");
    review_application(c, dept, s->apps.at("李梅"), "dept", "pass", "材料齐全，同意推荐");
    review_application(c, dept, s->apps.at("赵鹏"), "dept", "return", "论文发表证明缺少期刊目录页，退回补正");
  });
  w.at(p.joint_review, s->name, [&w, s, p](const Context& c) {
    review_application(c, w.actor("zhigaiban"), s->apps.at("马丽娟"), "joint", "pass", "联审通过");
    w.banner.push_back("审核中批次：" + dates(p) +
                       "（卫生高评会）；待州卫健委审核 1 件（王建国）、待临夏县联审 1 件、" +
                       "待职改办联审 1 件、已审核 1 件、退回补正 1 件");
  });
}

void queue_open_round(World& w, const RoundPlan& p) {
  auto s = std::make_shared<RoundState>();
  s->name = "申报中批次（工程系列高评会）";
  queue_notice(w, s, "S3", "gcgaoping", p);
  w.at(p.apply, s->name, [&w, s, p](const Context& c) {
    const std::vector<ApplicantSpec> drafts = {
        {"罗建平", "luojianping", "shuiliyuan_hr", "水利水电", "shuiwuju", "dept"},
        {"马国栋", "shuiliyuan_hr", "shuiliyuan_hr", "土木建筑", "shuiwuju", "dept"},
    };
    const std::vector<ApplicantSpec> submitted = {
        {"张丽", "shuiliyuan_hr", "shuiliyuan_hr", "测绘", "shuiwuju", "dept"},
        {"韩永强", "shuiliyuan_hr", "shuiliyuan_hr", "水利水电", "shuiwuju", "dept"},
    };
    file_applications(c, w, s, drafts, "工程", "deputy_senior", p.year, false);
    file_applications(c, w, s, submitted, "工程", "deputy_senior", p.year, true);
    w.banner.push_back("申报中批次：" + dates(p) +
                       "（工程系列高评会）；草稿 2 件（罗建平本人可提交）、已提交 2 件待单位公示");
  });
}

}  // namespace zp::app::demo
