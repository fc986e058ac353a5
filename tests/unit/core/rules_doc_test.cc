// docs/rules.md stays true: every rule id listed there has one row, every code file it
// names exists and names the id, every test it names exists and is about the id.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t");
  const auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string part;
  while (std::getline(ss, part, sep)) out.push_back(trim(part));
  return out;
}

struct Row {
  std::vector<std::string> files, tests;
};

struct Doc {
  std::vector<std::string> ids;
  std::map<std::string, Row> rows;
  std::map<std::string, int> row_count;
};

Doc parse_doc() {
  Doc d;
  const std::string text = read(fs::path(ZP_SOURCE_DIR) / "docs" / "rules.md");
  const auto b = text.find("<!-- rule-ids:begin -->");
  const auto e = text.find("<!-- rule-ids:end -->");
  EXPECT_NE(b, std::string::npos);
  EXPECT_NE(e, std::string::npos);
  if (b == std::string::npos || e == std::string::npos) return d;
  std::stringstream ids(text.substr(b + 23, e - b - 23));
  for (std::string id; ids >> id;) d.ids.push_back(id);
  std::stringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("| R-", 0) != 0) continue;
    const auto cells = split(line.substr(1), '|');
    if (cells.size() < 3) continue;
    Row r;
    for (const auto& f : split(cells[1], ','))
      if (f.rfind("src/", 0) == 0) r.files.push_back(f);
    for (const auto& t : split(cells[2], ','))
      if (t.find('.') != std::string::npos && t.find(' ') == std::string::npos) r.tests.push_back(t);
    d.rows[cells[0]] = r;
    ++d.row_count[cells[0]];
  }
  return d;
}

std::string underscored(std::string id) {
  for (auto& c : id)
    if (c == '-') c = '_';
  return id;
}

TEST(RulesDoc, EveryRuleIdHasExactlyOneRow) {
  const Doc d = parse_doc();
  EXPECT_GE(d.ids.size(), 60u);
  const std::set<std::string> listed(d.ids.begin(), d.ids.end());
  for (const auto& id : d.ids) EXPECT_EQ(d.row_count.count(id) ? d.row_count.at(id) : 0, 1) << id;
  for (const auto& [id, _] : d.rows) EXPECT_TRUE(listed.count(id)) << "row for unlisted id " << id;
}

TEST(RulesDoc, CodeFilesExistAndNameTheRule) {
  const Doc d = parse_doc();
  for (const auto& [id, row] : d.rows) {
    for (const auto& f : row.files) {
      const fs::path p = fs::path(ZP_SOURCE_DIR) / f;
      ASSERT_TRUE(fs::exists(p)) << id << ": " << f;
      EXPECT_NE(read(p).find(id), std::string::npos) << f << " does not name " << id;
    }
  }
}

TEST(RulesDoc, TestsExistAndAreAboutTheRule) {
  const Doc d = parse_doc();
  std::map<std::string, std::string> sources;  // file → text
  for (const auto& e : fs::directory_iterator(fs::path(ZP_SOURCE_DIR) / "tests" / "unit" / "core"))
    if (e.path().extension() == ".cc") sources[e.path().string()] = read(e.path());
  int named = 0;
  for (const auto& [id, row] : d.rows) {
    for (const auto& t : row.tests) {
      const auto dot = t.find('.');
      const std::string suite = t.substr(0, dot), name = t.substr(dot + 1);
      const std::string decl = "TEST(" + suite + ", " + name + ")";
      bool found = false, about = false;
      for (const auto& [file, text] : sources) {
        if (text.find(decl) == std::string::npos) continue;
        found = true;
        about = suite == underscored(id) || text.find(id) != std::string::npos;
      }
      EXPECT_TRUE(found) << id << ": no " << decl;
      EXPECT_TRUE(about) << id << ": " << t << " is neither named after the rule nor in a file naming it";
      ++named;
    }
  }
  EXPECT_GT(named, 60);
}

}  // namespace
