// Building blocks of Chinese official documents (党政机关公文格式, GB/T 9704-2012) shared
// by the renderers: the red header (版头), the title, body paragraphs, the issuer and
// date block (落款) and the closing record (版记: 抄送, 印发).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "render/pdf_document.h"

namespace zp::render {

// "临州人社发〔2026〕1号". REQUIRES: number >= 1.
std::string document_number(std::string_view prefix, int year, int number);
// "2026年11月20日".
std::string chinese_date(const core::Date& d);

// Body text: 三号 serif, 28.95 pt line pitch (22 lines a page), 2-character indent.
TextStyle body_style();
// Title: 二号 bold serif, centred.
TextStyle title_style();

// 版头: `header_name` (e.g. "临夏州人力资源和社会保障局文件") in large red serif,
// squeezed to the text width when too long; the document number centred below it;
// then the red separator rule, 4 mm under the number.
void red_header(PdfDocument& doc, std::string_view header_name, std::string_view doc_number);

// 标题 in 二号 bold (wrapped and centred).
void document_title(PdfDocument& doc, std::string_view title);
// A first-level heading 「一、……」: 三号 sans (黑体), indented 2 characters.
void section_heading(PdfDocument& doc, std::string_view text);
// Body paragraphs in body_style(); "" gives an empty line.
void body(PdfDocument& doc, const std::vector<std::string>& paragraphs);
// A line flush left without indent (e.g. the addressee 「各有关单位：」).
void flush_left(PdfDocument& doc, std::string_view text);
// 落款: the issuer and the date, right-aligned, 4 characters in from the right margin.
void signature_block(PdfDocument& doc, std::string_view issuer, const core::Date& date);
// 版记: rules around 「抄送：…」 and 「<printer>  <date>印发」. Empty parts are omitted.
void closing_record(PdfDocument& doc, std::string_view cc, std::string_view printer,
                    const core::Date& print_date);

}  // namespace zp::render
