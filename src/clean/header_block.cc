#include "clean/header_block.h"

#include <re2/re2.h>

#include <cstdio>
#include <vector>

namespace precis {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

int month_number(std::string_view name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower;
  for (char c : name.substr(0, 3)) lower.push_back(static_cast<char>(::tolower(c)));
  for (int i = 0; i < 12; ++i) {
    if (lower == kMonths[i]) return i + 1;
  }
  return 0;
}

bool is_thematic_break(std::string_view line) {
  static const RE2 re("^\\s*(?:-\\s*){3,}$|^\\s*(?:\\*\\s*){3,}$|^\\s*(?:_\\s*){3,}$");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

// Document-type labels that precede the author in press material.
bool is_type_label(std::string_view line) {
  static const RE2 re(
      "(?i)^(?:press (?:statement|release|briefing)|media note|fact sheet|remarks|readout|"
      "statement|news release|transcript|notice to the press|special briefing|op-ed|speech|"
      "interview|testimony|announcement|advisory)$");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

bool is_name_line(std::string_view line) {
  // 2 to 5 capitalised words or initials: "Michael R. Pompeo", "Jane van Doe".
  static const RE2 re("^\\p{Lu}[\\p{L}'\\-]+(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'\\-]+|van|von|de|da|del|bin|al))+$");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

bool is_place_line(std::string_view line) {
  static const RE2 re("^\\p{Lu}[\\p{L}.' \\-]+, \\p{Lu}[\\p{L}.' \\-]*$");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

}  // namespace

std::string parse_date_line(std::string_view line) {
  line = trim(line);
  // Every accepted form ends in a digit; sentences end in punctuation or a word. Most lines
  // handed in are sentences, so this test spares three regex matches each.
  if (line.empty() || line.back() < '0' || line.back() > '9') return "";
  static const RE2 iso("^(\\d{4})-(\\d{2})-(\\d{2})$");
  static const RE2 mdy("^(\\p{L}+)\\.? (\\d\\d?),? (\\d{4})$");
  static const RE2 dmy("^(\\d\\d?) (\\p{L}+)\\.?,? (\\d{4})$");
  re2::StringPiece in(line.data(), line.size());
  int y = 0, m = 0, d = 0;
  std::string month;
  if (RE2::FullMatch(in, iso, &y, &m, &d)) {
  } else if (RE2::FullMatch(in, mdy, &month, &d, &y)) {
    m = month_number(month);
  } else if (RE2::FullMatch(in, dmy, &d, &month, &y)) {
    m = month_number(month);
  } else {
    return "";
  }
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return "";
  char buf[16];
  snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

HeaderBlock find_header_block(std::string_view text) {
  HeaderBlock block;
  std::vector<std::string_view> lines;
  size_t pos = 0;
  size_t nonempty = 0;
  while (pos < text.size() && nonempty <= 12) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = trim(text.substr(pos, end - pos));
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (line.empty()) continue;
    if (is_thematic_break(line)) {
      if (lines.empty()) return block;
      block.end = pos;
      break;
    }
    ++nonempty;
    // Header lines are short labels, never sentences. (The count stops at the 13th word: the
    // first line of a text is often a whole paragraph.)
    bool heading = line[0] == '#';
    if (!heading) {
      if (line.back() == '.' || line.back() == '?') return block;
      size_t words = 1;
      for (char c : line) {
        words += c == ' ';
        if (words > 12) return block;
      }
    }
    lines.push_back(line);
  }
  if (block.end == 0) return block;
  for (std::string_view line : lines) {
    if (line[0] == '#') {
      while (!line.empty() && (line[0] == '#' || line[0] == ' ')) line.remove_prefix(1);
      if (block.title.empty()) block.title = std::string(line);
    } else if (std::string d = parse_date_line(line); !d.empty()) {
      if (block.published.empty()) block.published = d;
    } else if (is_type_label(line)) {
      continue;
    } else if (block.byline.empty() && is_name_line(line)) {
      block.byline = std::string(line);
    } else if (block.place.empty() && is_place_line(line)) {
      block.place = std::string(line);
    }
  }
  return block;
}

}  // namespace precis
