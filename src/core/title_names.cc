#include "core/title_names.h"

namespace zp::core {

std::string_view code(TitleNameSource s) {
  switch (s) {
    case TitleNameSource::specialty: return "specialty";
    case TitleNameSource::series: return "series";
    case TitleNameSource::level: return "level";
  }
  return "level";
}

TitleName resolve_title_name(const std::vector<TitleNameEntry>& table, std::string_view series,
                             std::string_view specialty, Level level) {
  const TitleNameEntry* series_row = nullptr;
  for (const auto& e : table) {
    if (e.series != series || e.level != level) continue;
    if (!specialty.empty() && e.specialty == specialty) return {e.name, TitleNameSource::specialty};
    if (e.specialty.empty()) series_row = &e;
  }
  if (series_row) return {series_row->name, TitleNameSource::series};
  return {std::string{chinese(level)}, TitleNameSource::level};
}

std::optional<std::string> title_name_problem(std::string_view name) {
  std::string rest{name};  // blank: nothing but spaces (ASCII or the ideographic 　)
  for (std::size_t at; (at = rest.find("\xe3\x80\x80")) != std::string::npos;) rest.erase(at, 3);
  if (rest.find_first_not_of(" \t\r\n") == std::string::npos) return "资格名称不能为空";
  // Characters, not bytes: UTF-8 lead bytes.
  std::size_t chars = 0;
  for (unsigned char c : name) {
    if ((c & 0xC0) != 0x80) ++chars;
    if (c < 0x20 || c == 0x7F) return "资格名称不能含控制字符";
    if (c == '|') return "资格名称不能含「|」（证书签名声明的分隔符）";
  }
  if (chars > 32) return "资格名称不超过 32 个字，现为 " + std::to_string(chars) + " 个字";
  if (name.front() == ' ' || name.back() == ' ') return "资格名称首尾不能有空格";
  return std::nullopt;
}

}  // namespace zp::core
