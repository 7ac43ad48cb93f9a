#include "read/html/url_date.h"

#include <re2/re2.h>

namespace precis {
namespace {

// Compiled once: RE2 objects are immutable and thread-safe after construction.
const RE2& separated_date() {
  // Year, month, day as separate path segments or joined by '-', '_', '.', '/'.
  static const RE2 re(
      R"((?:^|[^0-9])((?:19|20)[0-9]{2})[/_.-]([0-9]{1,2})[/_.-]([0-9]{1,2})(?:[^0-9]|$))");
  return re;
}
const RE2& day_first_date() {
  // 29-10-2021 as its own token: day, month, four-digit year (European order; URLs written
  // month-first are rare enough that a valid day-first reading is taken).
  static const RE2 re(
      R"((?:^|[^0-9])([0-3]?[0-9])[_.-]([01]?[0-9])[_.-]((?:19|20)[0-9]{2})(?:[^0-9]|$))");
  return re;
}
const RE2& compact_date() {
  // 20190124 as its own token (bounded by non-digits), as in /20190124/ or -20190124.html.
  static const RE2 re(R"((?:^|[^0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?:[^0-9]|$))");
  return re;
}

}  // namespace

std::optional<ParsedDate> extract_url_date(std::string_view url, const DateBounds& bounds) {
  // Skip scheme and host: "https://www.example.com/path" -> "/path".
  size_t start = 0;
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    size_t slash = url.find('/', scheme + 3);
    if (slash == std::string_view::npos) return std::nullopt;
    start = slash;
  }
  std::string_view path = url.substr(start);
  if (size_t frag = path.find('#'); frag != std::string_view::npos) path = path.substr(0, frag);
  re2::StringPiece input(path.data(), path.size());
  int y, m, d;
  if (RE2::PartialMatch(input, separated_date(), &y, &m, &d)) {
    if (auto date = make_date(y, m, d, bounds)) return date;
  }
  if (RE2::PartialMatch(input, compact_date(), &y, &m, &d)) {
    if (auto date = make_date(y, m, d, bounds)) return date;
  }
  if (RE2::PartialMatch(input, day_first_date(), &d, &m, &y)) {
    if (auto date = make_date(y, m, d, bounds)) return date;
  }
  return std::nullopt;
}

}  // namespace precis
