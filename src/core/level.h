// 职称层级 levels, committee levels and promotion types, with the API's string codes,
// and R-APP-LEVEL-ORDER: which target level an applicant may apply for.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/violation.h"

namespace zp::core {

// Ordered: a higher value is a higher level. 助理级/员级 are 初级.
enum class Level { junior = 0, assistant = 1, intermediate = 2, deputy_senior = 3, full_senior = 4 };
// 高评会 / 中评会.
enum class CommitteeLevel { senior, intermediate };
// 正常晋升 / 破格 / 转系列.
enum class PromotionType { normal, exceptional, transfer };

std::string_view code(Level l);     // "full_senior" …
std::string_view chinese(Level l);  // "正高级" …
std::optional<Level> parse_level(std::string_view s);
inline int rank(Level l) { return static_cast<int>(l); }
inline bool is_senior(Level l) { return l >= Level::deputy_senior; }
inline bool is_junior_grade(Level l) { return l <= Level::assistant; }  // 初级
// The level above `l`; nullopt for full_senior.
std::optional<Level> next_level(Level l);

std::string_view code(CommitteeLevel c);     // "senior" | "intermediate"
std::string_view chinese(CommitteeLevel c);  // "高评会" | "中评会"
std::optional<CommitteeLevel> parse_committee_level(std::string_view s);
// The lowest title a member of such a committee holds (副高级 / 中级).
Level min_member_level(CommitteeLevel c);

std::string_view code(PromotionType p);     // "normal" | "exceptional" | "transfer"
std::string_view chinese(PromotionType p);  // "正常晋升" | "破格" | "转系列"
std::optional<PromotionType> parse_promotion_type(std::string_view s);

// The applicant's current title in its series (absent when they hold none).
struct CurrentTitle {
  Level level;
  std::string series;  // e.g. "卫生"
};

// What the applicant asks for.
struct LevelRequest {
  Level target;
  std::string series;       // target series
  PromotionType type;
  std::string basis;        // 破格依据; required (non-empty) for `exceptional`
};

// R-APP-LEVEL-ORDER: normal = the next level above the current one, same series;
// transfer (转系列) = same level, another series; exceptional (破格) = above the
// current level (may skip) with a stated basis. Without a current title, a normal
// application is possible only for 员级 (the first level).
Outcome check_level_order(const std::optional<CurrentTitle>& current, const LevelRequest& req);

}  // namespace zp::core
