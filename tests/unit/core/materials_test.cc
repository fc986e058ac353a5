#include "core/materials.h"

#include <gtest/gtest.h>

namespace zp::core {
namespace {

DegreeFacts deg(Date grad, InstitutionKind k = InstitutionKind::regular, std::optional<bool> online = std::nullopt) {
  return {Degree::bachelor, "兰州大学", k, "临床医学", grad, online};
}

TEST(R_APP_ORIGINALS, OriginalsPerDegree) {
  EXPECT_TRUE(degree_item(deg({2002, 12, 31})).original_required);
  EXPECT_FALSE(degree_item(deg({2003, 1, 1})).original_required);
  EXPECT_TRUE(degree_item(deg({2010, 7, 1}, InstitutionKind::military)).original_required);
  EXPECT_TRUE(degree_item(deg({2010, 7, 1}, InstitutionKind::party_school)).original_required);
  EXPECT_TRUE(degree_item(deg({2010, 7, 1}, InstitutionKind::regular, false)).original_required);
  EXPECT_FALSE(degree_item(deg({2010, 7, 1}, InstitutionKind::regular, true)).original_required);
  EXPECT_NE(degree_item(deg({2010, 7, 1}, InstitutionKind::party_school)).reason.find("党校"), std::string::npos);
  EXPECT_NE(degree_item(deg({2001, 7, 1})).reason.find("2003"), std::string::npos);
}

TEST(R_APP_ORIGINALS, ChecklistHasStandardItemsAndDegrees) {
  MaterialsFacts f;
  f.degrees = {deg({2001, 7, 1}), deg({2008, 7, 1})};
  f.post_managed = true;
  f.assessment_years = {2023, 2024};
  auto list = materials_checklist(f);
  auto has = [&](std::string_view n) {
    for (const auto& m : list)
      if (m.name.find(n) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(has("评审简表"));
  EXPECT_TRUE(has("业绩汇总审核表"));
  EXPECT_TRUE(has("诚信承诺书"));
  EXPECT_TRUE(has("2024 年度考核"));
  EXPECT_TRUE(has("聘任文件"));
  EXPECT_TRUE(list[list.size() - 2].original_required);
  EXPECT_FALSE(list.back().original_required);
  f.post_managed = false;
  EXPECT_EQ(materials_checklist(f).size(), list.size() - 1);
}

}  // namespace
}  // namespace zp::core
