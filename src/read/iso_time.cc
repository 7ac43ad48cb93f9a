#include <date/date.h>

#include <charconv>
#include <string_view>

#include "precis/read.h"

namespace precis {
namespace {

bool digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

bool parse_iso_time(std::string_view s, int64_t* seconds) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  int y, mo, d, h = 0, mi = 0, sec = 0;
  if (!digits(s, 0, 4, &y)) return false;
  size_t p = 4;
  bool dashed = p < s.size() && s[p] == '-';
  if (dashed) ++p;
  if (!digits(s, p, 2, &mo)) return false;
  p += 2;
  if (dashed) {
    if (p >= s.size() || s[p] != '-') return false;
    ++p;
  }
  if (!digits(s, p, 2, &d)) return false;
  p += 2;
  if (y < 1800 || y > 2200) return false;
  auto ymd = date::year{y} / mo / d;
  if (!ymd.ok()) return false;
  int64_t offset = 0;
  if (p < s.size() && (s[p] == 'T' || s[p] == ' ' || s[p] == 't')) {
    ++p;
    if (!digits(s, p, 2, &h)) return false;
    p += 2;
    if (p < s.size() && s[p] == ':') ++p;
    if (!digits(s, p, 2, &mi)) return false;
    p += 2;
    if (p < s.size() && s[p] == ':') {
      ++p;
      if (!digits(s, p, 2, &sec)) return false;
      p += 2;
      if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
        ++p;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
      }
    }
    if (h > 24 || mi > 59 || sec > 60) return false;
    if (p < s.size() && (s[p] == 'Z' || s[p] == 'z')) {
      ++p;
    } else if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
      int oh, om = 0;
      int sign = s[p] == '-' ? -1 : 1;
      ++p;
      if (!digits(s, p, 2, &oh)) return false;
      p += 2;
      if (p < s.size() && s[p] == ':') ++p;
      if (p < s.size() && !digits(s, p, 2, &om)) return false;
      if (p < s.size()) p += 2;
      offset = sign * (oh * 3600 + om * 60);
    }
  }
  if (p != s.size()) return false;
  auto days = date::sys_days(ymd).time_since_epoch().count();
  *seconds = static_cast<int64_t>(days) * 86400 + h * 3600 + mi * 60 + sec - offset;
  return true;
}

}  // namespace precis
