// docs/rules.md stays true: every rule id listed there has one row, every code file it
// names exists and names the id, every unit test it names exists and is about the id;
// the server column says where the running server enforces the rule (or `by design`,
// or `not yet`), and every rule the server enforces names API tests (tests/api) that
// exist and are about the rule. A unit test never counts as server coverage.
#include <gtest/gtest.h>

#include <cctype>
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

struct ServerEntry {
  std::string file;      // src/app/... or src/http/...
  std::string function;  // a core check the file calls; empty: the file names the id
};

struct Row {
  std::vector<std::string> files, tests;  // core code, unit tests
  std::string server_cell;                // verbatim
  std::vector<ServerEntry> server;
  std::vector<std::string> api_tests;     // module.Class.test_method
  bool by_design = false, not_yet = false;
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
    EXPECT_GE(cells.size(), 6u) << "a row needs rule | code | unit tests | server | api tests | note: " << line;
    if (cells.size() < 5) continue;
    Row r;
    for (const auto& f : split(cells[1], ','))
      if (f.rfind("src/", 0) == 0) r.files.push_back(f);
    for (const auto& t : split(cells[2], ','))
      if (t.find('.') != std::string::npos && t.find(' ') == std::string::npos) r.tests.push_back(t);
    r.server_cell = cells[3];
    r.by_design = cells[3] == "by design";
    r.not_yet = cells[3] == "not yet";
    if (!r.by_design && !r.not_yet)
      for (const auto& e : split(cells[3], ',')) {
        const auto colon = e.find(':');
        r.server.push_back(colon == std::string::npos ? ServerEntry{e, ""}
                                                      : ServerEntry{trim(e.substr(0, colon)), trim(e.substr(colon + 1))});
      }
    for (const auto& t : split(cells[4], ','))
      if (t != "—" && !t.empty()) r.api_tests.push_back(t);
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

// `id` as a whole rule id in `text` (R-CAL-PLAN is not found in R-CAL-PLANS).
bool names_rule(const std::string& text, const std::string& id) {
  for (auto p = text.find(id); p != std::string::npos; p = text.find(id, p + 1)) {
    const auto e = p + id.size();
    const bool tail = e < text.size() && (std::isupper(static_cast<unsigned char>(text[e])) ||
                                          std::isdigit(static_cast<unsigned char>(text[e])) || text[e] == '-');
    if (!tail) return true;
  }
  return false;
}

// The body of `def method` inside `class cls` of a Python test module: from the def line
// to the next def of that class or the next top-level statement. Empty when absent.
std::string python_test_body(const std::string& module_text, const std::string& cls, const std::string& method) {
  std::stringstream in(module_text);
  std::string line, body;
  bool in_class = false, in_method = false;
  std::string open_quote;  // inside a triple-quoted string: its delimiter
  auto count = [](const std::string& l, const std::string& q) {
    int n = 0;
    for (auto p = l.find(q); p != std::string::npos; p = l.find(q, p + 3)) ++n;
    return n;
  };
  while (std::getline(in, line)) {
    const bool in_string = !open_quote.empty();
    if (in_string) {
      if (count(line, open_quote) % 2 == 1) open_quote.clear();
    } else {
      for (const char* q : {"\"\"\"", "'''"})
        if (count(line, q) % 2 == 1) open_quote = q;
    }
    const bool top_level = !in_string && !line.empty() && line[0] != ' ' && line[0] != '#';
    if (top_level) {
      if (in_method) break;
      in_class = line.rfind("class " + cls + "(", 0) == 0 || line.rfind("class " + cls + ":", 0) == 0;
      continue;
    }
    if (!in_class) continue;
    if (line.rfind("    def ", 0) == 0) {
      if (in_method) break;
      in_method = line.rfind("    def " + method + "(", 0) == 0;
    }
    if (in_method) body += line + "\n";
  }
  return body;
}

std::vector<std::string> server_sources() {
  std::vector<std::string> out;
  for (const char* dir : {"src/app", "src/http"})
    for (const auto& e : fs::directory_iterator(fs::path(ZP_SOURCE_DIR) / dir))
      if (e.path().extension() == ".cc" || e.path().extension() == ".h") out.push_back(e.path().string());
  return out;
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

TEST(RulesDoc, ServerColumnNamesWhereTheServerEnforcesTheRule) {
  const Doc d = parse_doc();
  int enforced = 0;
  for (const auto& [id, row] : d.rows) {
    if (row.by_design || row.not_yet) continue;
    ASSERT_FALSE(row.server.empty()) << id << ": server column must name files, `by design` or `not yet`";
    for (const auto& e : row.server) {
      EXPECT_TRUE(e.file.rfind("src/app/", 0) == 0 || e.file.rfind("src/http/", 0) == 0)
          << id << ": " << e.file << " is not a server file (src/app, src/http)";
      const fs::path p = fs::path(ZP_SOURCE_DIR) / e.file;
      ASSERT_TRUE(fs::exists(p)) << id << ": " << e.file;
      const std::string text = read(p);
      if (e.function.empty()) {
        EXPECT_TRUE(names_rule(text, id)) << e.file << " does not name " << id;
        continue;
      }
      EXPECT_NE(text.find(e.function + "("), std::string::npos) << e.file << " does not call " << e.function;
      bool defined = false;
      for (const auto& f : row.files) defined = defined || read(fs::path(ZP_SOURCE_DIR) / f).find(e.function + "(") !=
                                                             std::string::npos;
      EXPECT_TRUE(defined) << id << ": " << e.function << " is in none of the row's code files";
    }
    ++enforced;
  }
  EXPECT_GE(enforced, 55);
}

TEST(RulesDoc, EveryRuleTheServerEnforcesHasAnApiTestAboutIt) {
  const Doc d = parse_doc();
  std::map<std::string, std::string> modules;  // tests/api/<module>.py → text
  for (const auto& e : fs::directory_iterator(fs::path(ZP_SOURCE_DIR) / "tests" / "api"))
    if (e.path().extension() == ".py") modules[e.path().stem().string()] = read(e.path());
  for (const auto& [id, row] : d.rows) {
    if (row.not_yet) continue;
    EXPECT_FALSE(row.api_tests.empty()) << id << " is enforced by the server (" << row.server_cell
                                        << ") but names no API test; a unit test is not server coverage";
    for (const auto& t : row.api_tests) {
      const auto d1 = t.find('.'), d2 = t.find('.', d1 + 1);
      ASSERT_TRUE(d1 != std::string::npos && d2 != std::string::npos) << id << ": " << t << " is not module.Class.test";
      const std::string module = t.substr(0, d1), cls = t.substr(d1 + 1, d2 - d1 - 1), method = t.substr(d2 + 1);
      ASSERT_TRUE(modules.count(module)) << id << ": no tests/api/" << module << ".py";
      const std::string body = python_test_body(modules.at(module), cls, method);
      ASSERT_FALSE(body.empty()) << id << ": no " << cls << "." << method << " in tests/api/" << module << ".py";
      EXPECT_TRUE(method.find(underscored(id)) != std::string::npos || names_rule(body, id))
          << id << ": " << t << " is neither named after the rule nor names it in its body";
    }
  }
}

TEST(RulesDoc, NotYetMeansTheServerDoesNotNameTheRule) {
  const Doc d = parse_doc();
  const auto sources = server_sources();
  int not_yet = 0;
  for (const auto& [id, row] : d.rows) {
    if (!row.not_yet) continue;
    ++not_yet;
    EXPECT_TRUE(row.api_tests.empty()) << id << " is `not yet` but lists API tests";
    for (const auto& f : sources)
      EXPECT_FALSE(names_rule(read(f), id)) << id << " is `not yet` in docs/rules.md but " << f << " names it";
  }
  EXPECT_GE(not_yet, 1);
}

TEST(RulesDoc, PythonTestBodyParsing) {
  const std::string py =
      "class A(X):\n    def test_a(self):\n        x('R-ONE')\n\n    def test_b(self):\n        s = \"\"\"\n"
      "text at column 0\n\"\"\"\n        z('R-TWO')\n\n\nclass B(X):\n    def test_a(self):\n        y()\n";
  EXPECT_NE(python_test_body(py, "A", "test_a").find("R-ONE"), std::string::npos);
  EXPECT_EQ(python_test_body(py, "A", "test_b").find("R-ONE"), std::string::npos);
  EXPECT_NE(python_test_body(py, "A", "test_b").find("R-TWO"), std::string::npos);  // past the string
  EXPECT_EQ(python_test_body(py, "B", "test_a").find("R-ONE"), std::string::npos);
  EXPECT_TRUE(python_test_body(py, "B", "test_c").empty());
  EXPECT_TRUE(names_rule("x R-CAL-PLAN.", "R-CAL-PLAN"));
  EXPECT_FALSE(names_rule("x R-CAL-PLANS", "R-CAL-PLAN"));
}

}  // namespace
