#include "render/xlsx_layouts.h"

namespace zp::render {

namespace {

XlsxCell date_or_empty(const std::optional<core::Date>& d) {
  if (d) return *d;
  return std::monostate{};
}

XlsxSheet sheet_of(const std::string& name, std::vector<XlsxColumn> columns) {
  XlsxSheet s;
  s.name = name;
  s.columns = std::move(columns);
  return s;
}

}  // namespace

std::string roster_xlsx(const std::vector<RosterRow>& rows, const std::string& sheet) {
  XlsxSheet s = sheet_of(sheet, {{"序号", 6},      {"姓名", 10},     {"性别", 6},
                                 {"出生年月", 10}, {"工作单位", 28}, {"系列", 14},
                                 {"专业", 14},     {"资格名称", 16}, {"取得方式", 10},
                                 {"有效范围", 10}, {"证书编号", 18}, {"备注", 16}});
  double n = 0;
  for (const auto& r : rows)
    s.rows.push_back({++n, r.name, r.gender, r.birth_month, r.unit, r.series, r.specialty,
                      r.qualification_name, r.how_obtained, r.scope, r.serial_number, r.remarks});
  return write_xlsx({s});
}

std::string publicity_xlsx(const std::vector<PublicityPerson>& persons,
                           const std::vector<std::string>& extra_headers, const std::string& sheet) {
  XlsxSheet s = sheet_of(sheet, {{"序号", 6},
                                 {"姓名", 10},
                                 {"工作单位", 28},
                                 {"出生年月", 10},
                                 {"学历（学位）", 14},
                                 {"现资格", 14},
                                 {"现资格取得时间", 14},
                                 {"现聘任时间", 12},
                                 {"申报资格", 14}});
  for (const auto& h : extra_headers) s.columns.push_back({h, 24});
  double n = 0;
  for (const auto& p : persons) {
    std::vector<XlsxCell> row = {++n, p.name, p.unit, p.birth_month, p.education,
                                 p.current_qualification, p.current_qualification_date,
                                 p.appointment_date, p.applying_for};
    for (std::size_t k = 0; k < extra_headers.size(); ++k)
      row.push_back(k < p.extra.size() ? XlsxCell(p.extra[k]) : XlsxCell());
    s.rows.push_back(std::move(row));
  }
  return write_xlsx({s});
}

std::string expert_pool_xlsx(const std::vector<ExpertRow>& rows, const std::string& sheet) {
  XlsxSheet s = sheet_of(sheet, {{"序号", 6},
                                 {"姓名", 10},
                                 {"工作单位", 28},
                                 {"专业", 16},
                                 {"职称", 14},
                                 {"入库状态", 10},
                                 {"入库日期", 12}});
  double n = 0;
  for (const auto& r : rows)
    s.rows.push_back({++n, r.name, r.unit, r.specialty, r.title, r.status, date_or_empty(r.joined)});
  return write_xlsx({s});
}

std::string applications_xlsx(const std::vector<ApplicationRow>& rows, const std::string& sheet) {
  XlsxSheet s = sheet_of(sheet, {{"序号", 6},      {"姓名", 10},     {"性别", 6},
                                 {"工作单位", 28}, {"系列", 14},     {"专业", 14},
                                 {"申报资格", 16}, {"晋升类型", 10}, {"当前状态", 12},
                                 {"提交日期", 12}});
  double n = 0;
  for (const auto& r : rows)
    s.rows.push_back({++n, r.name, r.gender, r.unit, r.series, r.specialty, r.applying_for,
                      r.promotion_type, r.status, date_or_empty(r.submitted)});
  return write_xlsx({s});
}

}  // namespace zp::render
