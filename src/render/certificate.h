// 专业技术职务任职资格证书 (§七, R-CERT-*): one A4 landscape page with a double border,
// the holder's particulars, the issuing authority and a QR code that carries the
// caller's verification payload (e.g. a verify URL with a signature).
#pragma once

#include <string>

#include "core/date.h"

namespace zp::render {

struct Certificate {
  std::string title = "专业技术职务任职资格证书";
  std::string name;                // 姓名
  std::string gender;              // 性别: 男 / 女
  core::Date birth_date;           // 出生日期
  std::string unit;                // 工作单位
  std::string series;              // 系列, e.g. 卫生系列
  std::string specialty;           // 专业, e.g. 临床医学
  std::string qualification_name;  // 资格名称, e.g. 副主任医师
  std::string level;               // 级别, e.g. 副高级 ("" to omit)
  std::string scope;               // 有效范围
  core::Date effective_date;       // 资格取得时间 (= vote date)
  std::string document_number;     // 批准文号
  std::string serial_number;       // 证书编号
  std::string statement;           // optional sentence, e.g. "经……评审通过，……特发此证。"
  std::string issuer = "临夏州人力资源和社会保障局";  // 发证机关
  core::Date issue_date;           // 发证日期
  std::string qr_payload;          // encoded in the QR code ("" = no code)
};

// The certificate as PDF bytes. Throws RenderError on a cairo failure, or when the QR
// payload does not fit a QR symbol (over 2,331 bytes).
std::string render_certificate(const Certificate& cert);

}  // namespace zp::render
