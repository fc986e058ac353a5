// 证书遗失作废声明 (R-CERT-LOST, §七(三)): the periodic list of lost certificates
// declared void, published on the portal.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"

namespace zp::render {

struct VoidEntry {
  std::string serial_number;  // 证书编号
  std::string name;           // 姓名
  std::string unit;           // 工作单位
  std::string series_level;   // 系列/资格名称, e.g. "卫生系列 副主任医师"
  core::Date declared;        // 声明日期
};

struct VoidDeclaration {
  std::string title = "专业技术职务任职资格证书遗失作废声明";
  std::vector<std::string> intro;  // default sentence when empty
  std::vector<VoidEntry> entries;
  std::string issuer = "临夏州人力资源和社会保障局";
  core::Date issue_date;
};

// The declaration as PDF bytes (A4). Throws RenderError on a cairo failure.
std::string render_void_declaration(const VoidDeclaration& d);

}  // namespace zp::render
