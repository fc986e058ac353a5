#include "core/level.h"

#include <array>
#include <utility>

#include "core/rule_ids.h"

namespace zp::core {
namespace {
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kLevels{{
    {"junior", "员级"}, {"assistant", "助理级"}, {"intermediate", "中级"},
    {"deputy_senior", "副高级"}, {"full_senior", "正高级"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kPromo{{
    {"normal", "正常晋升"}, {"exceptional", "破格"}, {"transfer", "转系列"}}};

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }
}  // namespace

std::string_view code(Level l) { return kLevels[rank(l)].first; }
std::string_view chinese(Level l) { return kLevels[rank(l)].second; }
std::optional<Level> parse_level(std::string_view s) {
  for (std::size_t i = 0; i < kLevels.size(); ++i)
    if (kLevels[i].first == s) return static_cast<Level>(i);
  return std::nullopt;
}
std::optional<Level> next_level(Level l) {
  if (l == Level::full_senior) return std::nullopt;
  return static_cast<Level>(rank(l) + 1);
}

std::string_view code(CommitteeLevel c) { return c == CommitteeLevel::senior ? "senior" : "intermediate"; }
std::string_view chinese(CommitteeLevel c) { return c == CommitteeLevel::senior ? "高评会" : "中评会"; }
std::optional<CommitteeLevel> parse_committee_level(std::string_view s) {
  if (s == "senior") return CommitteeLevel::senior;
  if (s == "intermediate") return CommitteeLevel::intermediate;
  return std::nullopt;
}
Level min_member_level(CommitteeLevel c) {
  return c == CommitteeLevel::senior ? Level::deputy_senior : Level::intermediate;
}

std::string_view code(PromotionType p) { return kPromo[static_cast<int>(p)].first; }
std::string_view chinese(PromotionType p) { return kPromo[static_cast<int>(p)].second; }
std::optional<PromotionType> parse_promotion_type(std::string_view s) {
  for (std::size_t i = 0; i < kPromo.size(); ++i)
    if (kPromo[i].first == s) return static_cast<PromotionType>(i);
  return std::nullopt;
}

// R-APP-LEVEL-ORDER: 正常晋升 to the next level; 转系列 at the same level; 破格 with its basis.
Outcome check_level_order(const std::optional<CurrentTitle>& current, const LevelRequest& req) {
  Outcome o;
  const auto& r = rule::kAppLevelOrder;
  const std::string target{chinese(req.target)};
  switch (req.type) {
    case PromotionType::normal: {
      if (!current) {
        if (req.target != Level::junior)
          fail(o, r, "无现任职称，正常晋升只能申报员级，不能申报" + target);
        break;
      }
      const auto next = next_level(current->level);
      if (!next) {
        fail(o, r, "现任正高级，已无更高层级可申报");
      } else if (req.target != *next) {
        fail(o, r, "现任" + std::string{chinese(current->level)} + "，正常晋升应申报" +
                       std::string{chinese(*next)} + "，不能申报" + target);
      }
      if (current->series != req.series)
        fail(o, r, "正常晋升应在本系列（" + current->series + "）申报，跨系列请按转系列申报");
      break;
    }
    case PromotionType::transfer:
      if (!current) {
        fail(o, r, "无现任职称，不能转系列");
        break;
      }
      if (req.target != current->level)
        fail(o, r, "转系列应申报同层级（" + std::string{chinese(current->level)} + "），不能申报" + target);
      if (req.series == current->series)
        fail(o, r, "转系列须申报不同系列，现任系列为" + current->series);
      break;
    case PromotionType::exceptional:
      if (blank(req.basis)) fail(o, r, "破格申报须写明破格依据");
      if (current && req.target <= current->level)
        fail(o, r, "破格申报的层级须高于现任" + std::string{chinese(current->level)});
      break;
  }
  return o;
}

}  // namespace zp::core
