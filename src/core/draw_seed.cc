#include "core/draw_seed.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/rule_ids.h"

namespace zp::core {

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<std::uint32_t>(s.size()));
  out.append(s);
}

std::uint8_t level_code(Level l) {
  switch (l) {
    case Level::junior: return 1;
    case Level::assistant: return 2;
    case Level::intermediate: return 3;
    case Level::deputy_senior: return 4;
    case Level::full_senior: return 5;
  }
  return 0;
}

Sm3Digest draw_commitment(std::string_view office_secret) {
  Sm3 h;
  h.update("zhiping-commit-v1");
  h.update(office_secret);
  return h.final();
}

bool commitment_matches(std::string_view office_secret, std::string_view commitment_hex) {
  const std::string want = to_hex(draw_commitment(office_secret));
  if (commitment_hex.size() != want.size()) return false;
  unsigned diff = 0;
  for (std::size_t i = 0; i < want.size(); ++i) {
    char c = commitment_hex[i];
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    diff |= static_cast<unsigned>(c ^ want[i]);
  }
  return diff == 0;
}

Sm3Digest derive_seed(std::string_view office_secret, std::string_view supervisor_contribution,
                      const Sm3Digest& pool_digest) {
  std::string buf = "zhiping-seed-v1";
  put_str(buf, office_secret);
  put_str(buf, supervisor_contribution);
  buf.append(digest_bytes(pool_digest));
  return sm3(buf);
}

Sm3Digest pool_digest(const std::vector<PoolEntry>& entries) {
  Sm3 h;
  std::string buf = "zhiping-pool-v1";
  put_u32(buf, static_cast<std::uint32_t>(entries.size()));
  for (const auto& e : entries) {
    put_str(buf, e.person_id);
    put_str(buf, e.unit_id);
    put_u32(buf, static_cast<std::uint32_t>(e.specialties.size()));
    for (const auto& s : e.specialties) put_str(buf, s);
    buf.push_back(static_cast<char>(level_code(e.level)));
    buf.push_back(static_cast<char>(e.on_previous_roster ? 1 : 0));
    buf.push_back(static_cast<char>(e.recused ? 1 : 0));
    buf.push_back(static_cast<char>(e.professional ? 1 : 0));
    if (buf.size() >= 4096) {
      h.update(buf);
      buf.clear();
    }
  }
  h.update(buf);
  return h.final();
}

PoolIndex build_pool_index(const std::vector<PoolEntry>& entries) {
  PoolIndex ix;
  for (const auto& e : entries) ix.specialties.insert(ix.specialties.end(), e.specialties.begin(), e.specialties.end());
  std::sort(ix.specialties.begin(), ix.specialties.end());
  ix.specialties.erase(std::unique(ix.specialties.begin(), ix.specialties.end()), ix.specialties.end());
  std::unordered_map<std::string_view, std::uint32_t> units;
  ix.spec_begin.reserve(entries.size() + 1);
  for (const auto& e : entries) {
    ix.spec_begin.push_back(static_cast<std::uint32_t>(ix.spec_ids.size()));
    for (const auto& s : e.specialties)
      ix.spec_ids.push_back(static_cast<std::uint32_t>(
          std::lower_bound(ix.specialties.begin(), ix.specialties.end(), s) - ix.specialties.begin()));
    ix.unit_of.push_back(units.try_emplace(e.unit_id, static_cast<std::uint32_t>(units.size())).first->second);
    ix.level.push_back(e.level);
    ix.flags.push_back(static_cast<std::uint8_t>((e.on_previous_roster ? 1 : 0) | (e.recused ? 2 : 0)));
  }
  ix.spec_begin.push_back(static_cast<std::uint32_t>(ix.spec_ids.size()));
  return ix;
}

Checked<PoolSnapshot> make_pool_snapshot(std::vector<PoolEntry> entries) {
  Checked<PoolSnapshot> out;
  for (auto& e : entries) {
    std::sort(e.specialties.begin(), e.specialties.end());
    e.specialties.erase(std::unique(e.specialties.begin(), e.specialties.end()),
                        e.specialties.end());
  }
  std::sort(entries.begin(), entries.end(),
            [](const PoolEntry& a, const PoolEntry& b) { return a.person_id < b.person_id; });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].person_id.empty())
      fail(out.outcome, rule::kDrawRandom, "专家库快照中存在空的人员编号");
    else if (i > 0 && entries[i].person_id == entries[i - 1].person_id)
      fail(out.outcome, rule::kDrawRandom,
           "专家库快照中人员编号 " + entries[i].person_id + " 重复");
  }
  if (!out.ok()) return out;
  out.value.digest = pool_digest(entries);
  out.value.index = build_pool_index(entries);
  out.value.entries = std::move(entries);
  return out;
}

}  // namespace zp::core
