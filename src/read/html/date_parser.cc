#include "read/html/date_parser.h"

#include <array>
#include <cstdio>

#include "read/html/month_names.h"

namespace precis {
namespace {

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
// Non-ASCII bytes count as letters: month names in many scripts, and no date syntax uses them.
bool is_word_byte(unsigned char c) { return is_ascii_alpha(c) || c >= 0x80; }

// Reads up to 9 digits at text[i]; returns the digit count (0 if none) and the value.
int read_number(std::string_view text, size_t& i, int& value) {
  int count = 0;
  value = 0;
  while (i < text.size() && is_digit(text[i])) {
    if (count < 9) value = value * 10 + (text[i] - '0');
    ++count;
    ++i;
  }
  return count;
}

// Length of the space character at text[i] (ASCII whitespace, no-break space U+00A0, the
// U+2000..U+200A spaces, narrow no-break space U+202F), 0 if none.
size_t space_length(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  unsigned char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (c == 0xC2 && at(i + 1) == 0xA0) return 2;
  if (c == 0xE2 && at(i + 1) == 0x80 &&
      ((at(i + 2) >= 0x80 && at(i + 2) <= 0x8A) || at(i + 2) == 0xAF)) {
    return 3;
  }
  return 0;
}

size_t skip_spaces(std::string_view text, size_t i) {
  while (size_t n = space_length(text, i)) i += n;
  return i;
}

bool starts_with_at(std::string_view text, size_t i, std::string_view s) {
  return text.size() >= i + s.size() && text.substr(i, s.size()) == s;
}

// Skips a connecting word between the parts of a date ("de", "of") if one is at i.
size_t skip_filler(std::string_view text, size_t i) {
  for (std::string_view w : {"de ", "of ", "del "}) {
    if (starts_with_at(text, i, w)) return skip_spaces(text, i + w.size());
  }
  return i;
}

// End of the word at text[i]; Unicode spaces end a word although their bytes are >= 0x80.
size_t word_end(std::string_view text, size_t i) {
  while (i < text.size() && is_word_byte(text[i]) && space_length(text, i) == 0) ++i;
  return i;
}

// Parses an optional time of day after a date ("T10:30:00Z", " 10:30", ", 10:30 pm GMT").
size_t parse_time(std::string_view text, size_t i, ParsedDate& d) {
  size_t p = i;
  for (int k = 0; k < 4 && p < text.size(); ++k) {
    char c = text[p];
    if (c == 'T' || c == ',' || c == '|' || c == '@' || c == '-' || c == ' ') {
      ++p;
    } else if (starts_with_at(text, p, "at ") || starts_with_at(text, p, "um ")) {
      p += 3;
    } else {
      break;
    }
  }
  p = skip_spaces(text, p);
  int h = 0, m = 0, s = 0;
  if (int n = read_number(text, p, h); n < 1 || n > 2) return i;
  if (p >= text.size() || text[p] != ':') return i;
  ++p;
  if (read_number(text, p, m) != 2) return i;
  if (p < text.size() && text[p] == ':') {
    ++p;
    if (read_number(text, p, s) != 2) return i;
    if (p < text.size() && (text[p] == '.' || text[p] == ',')) {
      ++p;
      int frac;
      read_number(text, p, frac);
    }
  }
  size_t q = skip_spaces(text, p);
  auto lower = [&](size_t k) { return k < text.size() ? static_cast<char>(text[k] | 0x20) : 0; };
  if ((lower(q) == 'a' || lower(q) == 'p') && lower(q + 1) == 'm' &&
      (q + 2 >= text.size() || !is_ascii_alpha(text[q + 2]))) {
    if (h < 1 || h > 12) return i;
    if (lower(q) == 'p' && h != 12) h += 12;
    if (lower(q) == 'a' && h == 12) h = 0;
    p = q + 2;
    q = skip_spaces(text, p);
  }
  if (h > 23 || m > 59 || s > 60) return i;
  d.hour = h;
  d.minute = m;
  d.second = s;
  // Zone: "Z", "+01:00", "+0100", "GMT", "UTC", "GMT+2".
  if (p < text.size() && text[p] == 'Z') {
    d.utc_offset_minutes = 0;
    return p + 1;
  }
  if (starts_with_at(text, q, "GMT") || starts_with_at(text, q, "UTC")) {
    d.utc_offset_minutes = 0;
    p = q + 3;
  }
  // A numeric offset, possibly after a space ("10:00:00 +0200").
  if (q == p + 1) p = q;
  if (p + 1 < text.size() && (text[p] == '+' || text[p] == '-') && is_digit(text[p + 1])) {
    int sign = text[p] == '-' ? -1 : 1;
    size_t r = p + 1;
    int oh = 0, om = 0;
    int n = read_number(text, r, oh);
    if (n == 4) {
      om = oh % 100;
      oh /= 100;
    } else if (n >= 1 && n <= 2 && r < text.size() && text[r] == ':') {
      ++r;
      if (read_number(text, r, om) != 2) return i;
    } else if (n < 1 || n > 2) {
      return i;
    }
    if (oh <= 14 && om < 60) {
      d.utc_offset_minutes = sign * (oh * 60 + om);
      p = r;
    }
  }
  return p;
}

// An ordinal suffix after a day number: "1st", "2nd", "24th", "1er", "1º", "1ª".
size_t skip_ordinal(std::string_view text, size_t i) {
  for (std::string_view s : {"st", "nd", "rd", "th", "er", "\xC2\xBA", "\xC2\xAA"}) {
    if (starts_with_at(text, i, s) &&
        (i + s.size() >= text.size() || !is_ascii_alpha(text[i + s.size()]))) {
      return i + s.size();
    }
  }
  return i;
}

// "24 January 2019", "24. Januar 2019", "24 de enero de 2019", "24th of January, 2019".
std::optional<ParsedDate> day_month_year(std::string_view text, size_t i, int day,
                                         const DateBounds& bounds, size_t& end_out) {
  i = skip_ordinal(text, i);
  if (i < text.size() && text[i] == '.') ++i;
  size_t j = skip_spaces(text, i);
  if (j == i && !(j < text.size() && is_word_byte(text[j]))) return std::nullopt;
  j = skip_filler(text, j);
  size_t end = word_end(text, j);
  int month = month_from_word(text.substr(j, end - j));
  if (month == 0) return std::nullopt;
  j = end;
  if (j < text.size() && text[j] == '.') ++j;
  if (j < text.size() && text[j] == ',') ++j;
  j = skip_spaces(text, j);
  j = skip_filler(text, j);
  int year;
  if (read_number(text, j, year) != 4) return std::nullopt;
  auto d = make_date(year, month, day, bounds);
  if (d) end_out = parse_time(text, j, *d);
  return d;
}

// "January 24, 2019", "Jan. 24 2019", "Sept 3rd, 2019".
std::optional<ParsedDate> month_day_year(std::string_view text, size_t i, int month,
                                         const DateBounds& bounds, size_t& end_out) {
  if (i < text.size() && text[i] == '.') ++i;
  size_t j = skip_spaces(text, i);
  if (j == i) return std::nullopt;
  int day;
  int n = read_number(text, j, day);
  if (n < 1 || n > 2) return std::nullopt;
  j = skip_ordinal(text, j);
  if (j < text.size() && text[j] == ',') ++j;
  size_t k = skip_spaces(text, j);
  if (k == j) return std::nullopt;
  int year;
  if (read_number(text, k, year) != 4) return std::nullopt;
  auto d = make_date(year, month, day, bounds);
  if (d) end_out = parse_time(text, k, *d);
  return d;
}

// Dates that start with a number at text[i] (not preceded by a digit).
std::optional<ParsedDate> numeric_start(std::string_view text, size_t i, const DateBounds& bounds,
                                        SlashOrder slash_order, size_t& end_out) {
  size_t p = i;
  int n1;
  int k1 = read_number(text, p, n1);
  if (k1 == 4) {
    // 2019-01-24, 2019/01/24, 2019.01.24
    if (p < text.size() && (text[p] == '-' || text[p] == '/' || text[p] == '.')) {
      char sep = text[p];
      size_t q = p + 1;
      int n2, n3;
      int k2 = read_number(text, q, n2);
      if (k2 >= 1 && k2 <= 2 && q < text.size() && text[q] == sep) {
        ++q;
        int k3 = read_number(text, q, n3);
        if (k3 >= 1 && k3 <= 2) {
          auto d = make_date(n1, n2, n3, bounds);
          if (d) end_out = parse_time(text, q, *d);
          return d;
        }
      }
    }
    // 2019年1月24日 (zh, ja) and 2019년 1월 24일 (ko).
    for (auto [y, m] :
         {std::pair<std::string_view, std::string_view>{"\xE5\xB9\xB4", "\xE6\x9C\x88"},
          {"\xEB\x85\x84", "\xEC\x9B\x94"}}) {
      if (!starts_with_at(text, p, y)) continue;
      size_t q = skip_spaces(text, p + y.size());
      int n2, n3;
      int k2 = read_number(text, q, n2);
      if (k2 < 1 || k2 > 2 || !starts_with_at(text, q, m)) return std::nullopt;
      q = skip_spaces(text, q + m.size());
      int k3 = read_number(text, q, n3);
      if (k3 < 1 || k3 > 2) return std::nullopt;
      end_out = q;
      return make_date(n1, n2, n3, bounds);
    }
    // Year first with a month name (Hungarian "2019. január 24.").
    size_t q = p;
    if (q < text.size() && text[q] == '.') ++q;
    size_t w = skip_spaces(text, q);
    if (w > q || q > p) {
      size_t end = word_end(text, w);
      int month = month_from_word(text.substr(w, end - w));
      if (month != 0) {
        if (end < text.size() && text[end] == '.') ++end;
        size_t r = skip_spaces(text, end);
        int day;
        int kd = read_number(text, r, day);
        if (r > end && kd >= 1 && kd <= 2) {
          end_out = r;
          return make_date(n1, month, day, bounds);
        }
      }
    }
    return std::nullopt;
  }
  if (k1 < 1 || k1 > 2) return std::nullopt;
  // 24.01.2019, 24-01-2019, 24/01/2019 or 01/24/2019; also "4. 2. 2019" (German style).
  if (p < text.size() && (text[p] == '.' || text[p] == '-' || text[p] == '/')) {
    char sep = text[p];
    size_t q = p + 1;
    if (sep == '.') q += space_length(text, q);
    int n2, n3;
    int k2 = read_number(text, q, n2);
    if (k2 >= 1 && k2 <= 2 && q < text.size() && text[q] == sep) {
      ++q;
      if (sep == '.') q += space_length(text, q);
      int k3 = read_number(text, q, n3);
      // "31.10.23" only where the caller allows it (short date labels): in running text two
      // digits after two dots are as often a version number or a score.
      bool short_year = k3 == 2 && sep == '.' && bounds.two_digit_years &&
                        !(q + 1 < text.size() && text[q] == '.' && is_digit(text[q + 1]));
      if (short_year) {
        n3 += 2000;
        k3 = 4;
      }
      if (k3 == 4) {
        int day = n1, month = n2;
        if (sep == '/' && (n2 > 12 || (slash_order == SlashOrder::kMonthFirst && n1 <= 12))) {
          day = n2;
          month = n1;
        }
        auto d = make_date(n3, month, day, bounds);
        if (d) end_out = parse_time(text, q, *d);
        return d;
      }
    }
  }
  return day_month_year(text, p, n1, bounds, end_out);
}

}  // namespace

int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<ParsedDate> make_date(int year, int month, int day, const DateBounds& bounds) {
  if (year < bounds.min_year || year > bounds.max_year) return std::nullopt;
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) return std::nullopt;
  if (bounds.not_after && days_from_civil(year, month, day) * 86400 > *bounds.not_after) {
    return std::nullopt;
  }
  ParsedDate d;
  d.year = year;
  d.month = month;
  d.day = day;
  return d;
}

std::string ParsedDate::iso_day() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string ParsedDate::iso() const {
  std::string out = iso_day();
  if (hour < 0) return out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  out += buf;
  if (utc_offset_minutes) {
    int off = *utc_offset_minutes;
    if (off == 0) {
      out += 'Z';
    } else {
      char sign = off < 0 ? '-' : '+';
      if (off < 0) off = -off;
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
      out += buf;
    }
  }
  return out;
}

int64_t ParsedDate::epoch_seconds() const {
  int64_t t = days_from_civil(year, month, day) * 86400;
  if (hour >= 0) t += hour * 3600 + minute * 60 + second;
  if (utc_offset_minutes) t -= *utc_offset_minutes * 60;
  return t;
}

std::optional<ParsedDate> find_date(std::string_view text, const DateBounds& bounds,
                                    SlashOrder slash_order, DateSpan* span) {
  size_t i = 0;
  size_t match_end = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    if (size_t sp = space_length(text, i)) {
      i += sp;
    } else if (is_digit(c)) {
      if (auto d = numeric_start(text, i, bounds, slash_order, match_end)) {
        if (span) *span = {i, match_end};
        return d;
      }
      while (i < text.size() && is_digit(text[i])) ++i;
    } else if (is_word_byte(c)) {
      size_t end = word_end(text, i);
      if (int month = month_from_word(text.substr(i, end - i))) {
        if (auto d = month_day_year(text, end, month, bounds, match_end)) {
          if (span) *span = {i, match_end};
          return d;
        }
      }
      i = end;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

std::optional<ParsedDate> parse_date_value(std::string_view value, const DateBounds& bounds,
                                           SlashOrder slash_order) {
  size_t b = 0, e = value.size();
  while (b < e && (value[b] == ' ' || value[b] == '\t' || value[b] == '\n')) ++b;
  while (e > b && (value[e - 1] == ' ' || value[e - 1] == '\t' || value[e - 1] == '\n')) --e;
  std::string_view v = value.substr(b, e - b);
  bool all_digits = !v.empty();
  for (char c : v) all_digits = all_digits && is_digit(c);
  if (all_digits && v.size() == 8) {
    int n = 0;
    for (char c : v) n = n * 10 + (c - '0');
    return make_date(n / 10000, n / 100 % 100, n % 100, bounds);
  }
  if (all_digits && (v.size() == 10 || v.size() == 13)) {
    int64_t t = 0;
    for (char c : v.substr(0, 10)) t = t * 10 + (c - '0');
    int64_t days = t / 86400;
    // civil_from_days (Hinnant)
    days += 719468;
    const int64_t era = days / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    auto date = make_date(y, m, d, bounds);
    if (date) {
      int64_t sec = t % 86400;
      date->hour = static_cast<int>(sec / 3600);
      date->minute = static_cast<int>(sec / 60 % 60);
      date->second = static_cast<int>(sec % 60);
      date->utc_offset_minutes = 0;
    }
    return date;
  }
  return find_date(v, bounds, slash_order);
}

}  // namespace precis
