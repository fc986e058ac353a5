#include "render/xlsx_reader.h"

#include <zip.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace zp::render {

namespace {

constexpr zip_uint64_t kMaxPart = 512ull << 20;

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// The named part, nullopt when absent. Throws ReadStatus when unreadable.
std::optional<std::string> read_part(zip_t* za, const std::string& name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za, name.c_str(), 0, &st) != 0) return std::nullopt;
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPart)
    throw ReadStatus::failure("文件内容过大或已损坏：" + name);
  zip_file_t* f = zip_fopen(za, name.c_str(), 0);
  if (!f) throw ReadStatus::failure("无法读取：" + name);
  std::string out(st.size, '\0');
  zip_int64_t n = zip_fread(f, out.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
    throw ReadStatus::failure("无法读取：" + name);
  return out;
}

void parse(pugi::xml_document& doc, std::string& xml, const std::string& name,
           unsigned flags = pugi::parse_default) {
  auto r = doc.load_buffer_inplace(xml.data(), xml.size(), flags);
  if (!r) throw ReadStatus::failure("文件格式错误（" + name + "）：" + r.description());
}

// The local name of an element or attribute ("x:sheet" → "sheet").
std::string_view local(const char* name) {
  std::string_view s(name);
  auto colon = s.find(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node n, std::string_view name) {
  for (auto c : n.children())
    if (local(c.name()) == name) return c;
  return {};
}

// All <t> text under a string item, skipping phonetic runs (<rPh>).
std::string string_item(pugi::xml_node si) {
  std::string out;
  for (auto c : si.children()) {
    auto n = local(c.name());
    if (n == "t") out += c.text().get();
    else if (n == "r") out += child(c, "t").text().get();
  }
  return out;
}

// What a number format shows: 0 = a number, 1 = a date with a day, 2 = year-month.
int date_kind_of_code(std::string_view code) {
  bool y = false, m = false, d = false, in_quote = false, in_bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (in_quote) { in_quote = c != '"'; continue; }
    if (in_bracket) { in_bracket = c != ']'; continue; }
    if (c == '"') in_quote = true;
    else if (c == '[') in_bracket = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else if (c == 'y' || c == 'Y') y = true;
    else if (c == 'd' || c == 'D') d = true;
    else if (c == 'm' || c == 'M') m = true;
  }
  if (d) return 1;
  if (y && m) return 2;
  return y ? 2 : 0;
}

int date_kind_of_builtin(int id) {
  switch (id) {
    case 14: case 15: case 16: case 22:                     // m/d/yy, d-mmm-yy, …
    case 28: case 29: case 30: case 31:                     // zh-CN m月d日, yyyy年m月d日
    case 51: case 53: case 54: case 58:
      return 1;
    case 17: case 27: case 36: case 50: case 52: case 57:   // mmm-yy, zh-CN yyyy年m月
      return 2;
    default:
      return 0;  // numbers, and times (18–21, 32–35, 45–47, 55–56)
  }
}

struct Workbook {
  std::vector<std::string> shared;
  std::vector<int> style_date_kind;  // per cellXfs index
  bool date1904 = false;
  std::string sheet_path = "xl/worksheets/sheet1.xml";
};

void load_workbook(zip_t* za, Workbook& wb) {
  auto xml = read_part(za, "xl/workbook.xml");
  if (!xml) throw ReadStatus::failure("不是有效的 Excel (.xlsx) 文件：缺少 xl/workbook.xml");
  pugi::xml_document doc;
  parse(doc, *xml, "workbook.xml");
  auto book = doc.document_element();
  auto pr = child(book, "workbookPr").attribute("date1904");
  wb.date1904 = pr && (std::string_view(pr.value()) == "1" || std::string_view(pr.value()) == "true");
  auto sheet = child(child(book, "sheets"), "sheet");
  if (!sheet) throw ReadStatus::failure("工作簿中没有工作表");
  std::string rid;
  for (auto a : sheet.attributes())
    if (local(a.name()) == "id" && std::strchr(a.name(), ':')) rid = a.value();
  if (auto rels = read_part(za, "xl/_rels/workbook.xml.rels"); rels && !rid.empty()) {
    pugi::xml_document rd;
    parse(rd, *rels, "workbook.xml.rels");
    for (auto r : rd.document_element().children()) {
      if (rid != r.attribute("Id").value()) continue;
      std::string target = r.attribute("Target").value();
      wb.sheet_path = target.starts_with("/") ? target.substr(1) : "xl/" + target;
    }
  }
  if (auto sst = read_part(za, "xl/sharedStrings.xml")) {
    pugi::xml_document sd;
    parse(sd, *sst, "sharedStrings.xml", pugi::parse_default | pugi::parse_ws_pcdata);
    for (auto si : sd.document_element().children())
      if (local(si.name()) == "si") wb.shared.push_back(string_item(si));
  }
  if (auto styles = read_part(za, "xl/styles.xml")) {
    pugi::xml_document st;
    parse(st, *styles, "styles.xml");
    auto ss = st.document_element();
    std::vector<std::pair<int, int>> custom;  // numFmtId → kind
    for (auto f : child(ss, "numFmts").children())
      custom.emplace_back(f.attribute("numFmtId").as_int(),
                          date_kind_of_code(f.attribute("formatCode").value()));
    for (auto xf : child(ss, "cellXfs").children()) {
      int id = xf.attribute("numFmtId").as_int();
      int kind = date_kind_of_builtin(id);
      for (auto [cid, ck] : custom)
        if (cid == id) kind = ck;
      wb.style_date_kind.push_back(kind);
    }
  }
}

// "AB12" → column 27 (0-based); -1 when there is no column letter.
int column_of(const char* ref) {
  int col = 0;
  bool any = false;
  for (; *ref >= 'A' && *ref <= 'Z'; ++ref) {
    col = col * 26 + (*ref - 'A' + 1);
    any = true;
  }
  return any ? col - 1 : -1;
}

std::string cell_value(pugi::xml_node c, const Workbook& wb) {
  std::string_view type = c.attribute("t").value();
  if (type == "inlineStr") return string_item(child(c, "is"));
  const char* v = child(c, "v").text().get();
  if (type == "s") {
    auto i = static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
    return i < wb.shared.size() ? wb.shared[i] : std::string();
  }
  if (type == "b") return std::string_view(v) == "1" ? "TRUE" : "FALSE";
  if (type == "d") return std::string(v).substr(0, 10);
  if (type.empty() || type == "n") {
    auto s = static_cast<std::size_t>(c.attribute("s").as_uint());
    int kind = s < wb.style_date_kind.size() ? wb.style_date_kind[s] : 0;
    if (kind != 0 && *v) {
      char* end = nullptr;
      double serial = std::strtod(v, &end);
      if (end && *end == '\0') {
        if (auto d = excel_serial_date(serial, wb.date1904))
          return kind == 1 ? d->str() : d->str().substr(0, 7);
      }
    }
  }
  return v;  // numbers, formula strings ("str"), errors ("e")
}

}  // namespace

std::optional<core::Date> excel_serial_date(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) return std::nullopt;
  auto day = static_cast<std::int64_t>(std::floor(serial));
  if (date1904) return core::Date::from_serial(day - 24107);
  if (day == 60) return core::Date{1900, 2, 28};  // Lotus' 1900-02-29, which never was
  return core::Date::from_serial(day < 60 ? day - 25568 : day - 25569);
}

ReadStatus read_xlsx(std::string_view bytes, const RowCallback& on_row,
                     const ProgressCallback& progress) {
  try {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) throw ReadStatus::failure("无法读取文件");
    Zip za(zip_open_from_source(src, ZIP_RDONLY, &err));
    if (!za) {
      zip_source_free(src);
      throw ReadStatus::failure("不是有效的 Excel (.xlsx) 文件");
    }
    Workbook wb;
    load_workbook(za.get(), wb);
    auto sheet_xml = read_part(za.get(), wb.sheet_path);
    if (!sheet_xml) throw ReadStatus::failure("缺少工作表：" + wb.sheet_path);
    pugi::xml_document doc;
    parse(doc, *sheet_xml, "worksheet");
    auto data = child(doc.document_element(), "sheetData");
    std::size_t total = 0;
    for (auto r : data.children()) total += local(r.name()) == "row";
    std::size_t number = 0, delivered = 0;
    Row row;
    for (auto r : data.children()) {
      if (local(r.name()) != "row") continue;
      std::size_t rn = r.attribute("r").as_ullong();
      number = rn > number ? rn : number + 1;
      row.clear();
      int next = 0;
      bool blank = true;
      for (auto c : r.children()) {
        if (local(c.name()) != "c") continue;
        int col = column_of(c.attribute("r").value());
        if (col < 0) col = next;
        next = col + 1;
        std::string v = cell_value(c, wb);
        if (v.empty()) continue;
        blank = false;
        if (row.size() <= static_cast<std::size_t>(col)) row.resize(col + 1);
        row[col] = std::move(v);
      }
      ++delivered;
      if (!blank && !on_row(number, row)) break;
      if (progress && delivered % 10000 == 0)
        progress({delivered, total, 100.0 * delivered / total});
    }
    if (progress) progress({delivered, total, 100.0});
    return {};
  } catch (const ReadStatus& st) {
    return st;
  }
}

}  // namespace zp::render
