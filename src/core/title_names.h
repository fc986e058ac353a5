// 资格名称 title names: what a certificate, a qualification document, a publicity list and
// an export call a level of a series — 卫生(护理) 中级 is 主管护师, 中小学教师 副高级 is
// 高级教师, 工程 正高级 is 正高级工程师. The table lives in the database (seeded by
// migration 0010, edited by the system administrator); this is the lookup over it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/level.h"

namespace zp::core {

struct TitleNameEntry {
  std::string series;     // series name, e.g. 卫生
  std::string specialty;  // "" = the series' name for every specialty without its own row
  Level level = Level::intermediate;
  std::string name;       // e.g. 主管护师
};

enum class TitleNameSource { specialty, series, level };
std::string_view code(TitleNameSource s);  // "specialty" | "series" | "level"

struct TitleName {
  std::string name;
  TitleNameSource source = TitleNameSource::level;
};

// The specialty's own row, else the series' row (specialty ""), else the level's name
// (中级 …) for a series or specialty the table does not know.
TitleName resolve_title_name(const std::vector<TitleNameEntry>& table, std::string_view series,
                             std::string_view specialty, Level level);

// What is wrong with a name the administrator sets (nullopt when it is fine): not blank,
// at most 32 characters, no control characters, no '|' (the certificate statement's
// separator) — a Chinese message naming the problem.
std::optional<std::string> title_name_problem(std::string_view name);

}  // namespace zp::core
