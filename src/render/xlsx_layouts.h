// The named Excel exports: 花名册 (R-CERT-OTHER roster of certificate holders), the
// publicity list, the expert pool and a round's applications. Each returns .xlsx bytes
// via write_xlsx (and throws RenderError as it does).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "render/publicity_notice.h"
#include "render/xlsx_writer.h"

namespace zp::render {

// 花名册: one row per certificate holder.
struct RosterRow {
  std::string name, gender;
  std::string birth_month;         // 出生年月, e.g. "1980.05"
  std::string unit, series, specialty;
  std::string qualification_name;  // 资格名称
  std::string how_obtained;        // 取得方式: 评审 / 以考代评 / 考核认定 / 考试
  std::string scope;               // 有效范围
  std::string serial_number;       // 证书编号
  std::string remarks;             // 备注
};
std::string roster_xlsx(const std::vector<RosterRow>& rows, const std::string& sheet = "花名册");

// 公示名单: the columns of the publicity notice (R-PUB-UNIT-CONTENT), plus extras.
std::string publicity_xlsx(const std::vector<PublicityPerson>& persons,
                           const std::vector<std::string>& extra_headers = {},
                           const std::string& sheet = "公示名单");

// 专家库: one row per expert.
struct ExpertRow {
  std::string name, unit, specialty;
  std::string title;                // 职称
  std::string status;               // 入库状态: 在库 / 暂停 / 出库 …
  std::optional<core::Date> joined; // 入库日期
};
std::string expert_pool_xlsx(const std::vector<ExpertRow>& rows, const std::string& sheet = "专家库");

// 申报人员: a round's applications.
struct ApplicationRow {
  std::string name, gender, unit, series, specialty;
  std::string applying_for;          // 申报资格
  std::string promotion_type;        // 晋升类型
  std::string status;                // 当前状态
  std::optional<core::Date> submitted;  // 提交日期
};
std::string applications_xlsx(const std::vector<ApplicationRow>& rows,
                              const std::string& sheet = "申报人员");

}  // namespace zp::render
