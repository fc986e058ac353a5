#include "core/params.h"

#include <array>

namespace zp::core {
namespace {

// 临州人社通〔2018〕282号, issued 2018-08-26. Values quote the notice.
constexpr Params k2018{
    .effective_from = {2018, 8, 26},
    .basis = "临州人社通〔2018〕282号",
    .junior_committees_abolished = {{2018, 9, 1}, "§一(一)「原批准的初级职称评审委员会从2018年9月起全部撤销」"},
    .workforce_senior = {100, "§一(二)「高级专业技术人员在100人左右」"},
    .workforce_intermediate = {50, "§一(二)「中级专业技术人员必须在50人左右」"},
    .senior_size_min = {19, "§一(三)「高评会一般由19-25人组成」"},
    .senior_size_max = {25, "§一(三)「高评会一般由19-25人组成」"},
    .senior_vice_min = {1, "§一(三)「副主任委员1-2人」"},
    .senior_vice_max = {2, "§一(三)「副主任委员1-2人」"},
    .intermediate_size_min = {15, "§一(三)「中评会一般由15-21人组成」"},
    .intermediate_size_max = {21, "§一(三)「中评会一般由15-21人组成」"},
    .intermediate_vice = {1, "§一(三)「设主任、副主任委员各1人」"},
    .senior_quorum = {17, "§一(三)「出席评审会议人数不得少于17人」"},
    .intermediate_quorum = {13, "§一(三)「出席会议的人数不得少于13人」"},
    .young_age_max = {55, "§一(三)「中青年高级专业人员」: policy parameter, 55周岁及以下"},
    .young_share_den = {3, "§一(三)「一般不少于评委总数的1/3」"},
    .member_min_years = {2, "§一(三)「必须被聘担任相应级别职务2年以上」"},
    // TODO(legal): 「符合国家专业技术职务《条例》规定的本专业学历」 depends on the series'
    // national regulation; bachelor is the default policy parameter until configured.
    .member_min_degree = {Degree::bachelor, "§一(三)「符合国家专业技术职务《条例》规定的本专业学历」(默认本科)"},
    .rotation_min_pct = {30, "§一(四)「调整人数不少于30%」"},
    .rotation_max_pct = {60, "§一(四)「不多于60%」"},
    .rotation_report_workdays = {5, "§一(四)「每年召开评委会前5个工作日内，书面报告」"},
    .pool_min_senior = {100, "§二(三)「高级评委会专家库存人数要保持在100人以上」"},
    .pool_min_intermediate = {50, "§二(三)「中级评委会专家库存人数要保持在50人以上」"},
    .pool_new_level_min_years = {1, "§二(一)「新层级职称履职不满1年的」不得作为评委"},
    .pool_min_appointed_years = {2, "§二(二)「被聘任2年以上」"},
    .pool_assessment_years = {2, "§二(二)「年度考核为合格以上」: policy parameter, 近2年"},
    .pool_min_degree = {Degree::bachelor, "§二(二)「本专业本科以上学历」"},
    .draw_window_workdays = {3, "§四(四)「在每次召开评委会前3个工作日内确定」"},
    .defense_group_min = {3, "§四(二)「答辩小组一般3—5人」"},
    .defense_group_max = {5, "§四(二)「答辩小组一般3—5人」"},
    .defense_pass_score = {60, "§四(二)「专家打分低于60分的，视为不通过」"},
    .pass_num = {2, "§四(四)「出席会议人员三分之二以上通过方能有效」"},
    .pass_den = {3, "§四(四)「出席会议人员三分之二以上通过方能有效」"},
    .publicity_workdays = {5, "§五(二)「时间为5个工作日」"},
    .application_workdays = {20, "§六(三)「在发文之日起20个工作日内完成」"},
    .joint_review_workdays = {10, "§六(三)「联审转报材料时间不得超过10个工作日」"},
    .provincial_recheck_workdays = {5, "§六(二)「必须在上报前5个工作日报同级职改部门复核」"},
    .originals_graduation_cutoff = {{2003, 1, 1}, "§六(四)「2003年以前的毕业证明…仍需要提供原件」"},
    .achievement_cutoff = {{9, 30}, "§六(六)「业绩时限全部截止计算到申报当年9月30日为止」"},
    .tenure_reference = {{12, 31}, "§六(六)「均计算到职称申报当年的12月31日为止」"},
    .plan_publish_by = {{8, 31}, "§六(五)「要在8月底之前安排好今年的申报评审工作」"},
    .plan_report_by = {{10, 15}, "§六(五)「务必于每年10月中旬前…上报州职改办」"},
    .intermediate_meeting_month = {11, "§六(五)「中级职称答辩和评审会在11月组织进行」"},
    .certificate_workdays = {20, "§七(一)「在评审、公示结束后20个工作日内」"},
    .cert_roster_copies = {3, "§七(二)「花名册》一式三份」"},
    .cert_approval_form_copies = {2, "§七(二)「审批表》一式二份」"},
};

// Variants in order of effective date. Append amendments; never edit an entry.
constexpr std::array<const Params*, 1> kVariants{&k2018};

}  // namespace

const Params& params_on(Date d) {
  const Params* chosen = kVariants.front();
  for (const Params* p : kVariants)
    if (p->effective_from <= d) chosen = p;
  return *chosen;
}

}  // namespace zp::core
