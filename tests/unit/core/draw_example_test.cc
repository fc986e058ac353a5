// The worked example of docs/draw.md §8, asserted byte for byte.
#include <gtest/gtest.h>

#include "core/draw.h"

namespace zp::core {
namespace {

DrawInputs worked_example() {
  auto e = [](std::string id, std::string unit, std::vector<std::string> specs, Level l, bool prev,
              bool recused = false) {
    PoolEntry p;
    p.person_id = std::move(id);
    p.unit_id = std::move(unit);
    p.specialties = std::move(specs);
    p.level = l;
    p.on_previous_roster = prev;
    p.recused = recused;
    return p;
  };
  std::vector<PoolEntry> pool = {
      e("E01", "U1", {"内科"}, Level::full_senior, true),
      e("E02", "U1", {"外科"}, Level::deputy_senior, false),
      e("E03", "U2", {"内科", "外科"}, Level::deputy_senior, false),
      e("E04", "U2", {"内科"}, Level::deputy_senior, true),
      e("E05", "U3", {"外科"}, Level::full_senior, false),
      e("E06", "U3", {"儿科"}, Level::deputy_senior, true),
      e("E07", "U4", {"内科"}, Level::intermediate, false),  // title: not senior
      e("E08", "U4", {"外科"}, Level::deputy_senior, false, true),  // recused
      e("E09", "U5", {"儿科"}, Level::full_senior, false),
      e("E10", "U5", {"内科"}, Level::deputy_senior, false),
  };
  DrawInputs in;
  in.pool = make_pool_snapshot(pool).value;
  in.seed = digest_bytes(derive_seed("office-secret-2024", "supervisor-7f3a", in.pool.digest));
  in.constraints.purpose = DrawPurpose::discipline_group;
  in.constraints.size = 5;
  in.constraints.committee_level = CommitteeLevel::senior;
  in.constraints.fixed = {{"E01", FixedRole::chair}};
  in.constraints.quotas = {{"内科", 2}, {"外科", 1}};
  in.constraints.has_previous_roster = true;
  return in;
}

TEST(DrawWorkedExample, MatchesTheDocument) {
  const DrawInputs in = worked_example();
  EXPECT_EQ(to_hex(draw_commitment("office-secret-2024")), "c45dfbbb5aba03994e6eef4b0c19c6efd315df1d615a331384b89f9b16820afa");
  EXPECT_EQ(to_hex(in.pool.digest), "390e0dfd82fc818ab2c1ab3a059ad4b10f679ef3a19ab9bf4e29f6b10e575eb8");
  EXPECT_EQ(to_hex(in.seed), "1eeba2dabf1afbaf3e16278fd4b10356f702c1cb38286d63acda26a9991a0992");
  const auto r = draw(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value.members, (std::vector<std::string>{"E01", "E03", "E02", "E04", "E09"}));
  EXPECT_EQ(r.value.new_members, 3);
  EXPECT_EQ(r.value.digest, "422e1f1bed5b4aefda3a3f068ec2805cb56109fdee9a824064e973318c81e4dc");
  EXPECT_TRUE(verify(in, r.value.members));
}

}  // namespace
}  // namespace zp::core
