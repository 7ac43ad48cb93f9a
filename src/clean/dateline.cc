#include "clean/dateline.h"

#include <re2/re2.h>

namespace precis {

size_t leading_dateline(std::string_view paragraph) {
  // PLACE[, Region][, Month Day] [(Agency)] dash. PLACE: capital letters, at least 3.
  static const RE2 re(
      "^(\\s*\\p{Lu}[\\p{Lu}.'\\- ]{2,40}"
      "(?:,\\s*\\p{Lu}[\\p{L}.'\\- ]{1,30}){0,2}"
      "(?:,?\\s*(?:\\p{Lu}\\p{Ll}{2,8}\\.?)\\s+\\d{1,2})?"
      "\\s*(?:\\([\\p{L} \\-]{2,25}\\))?"
      "\\s*(?:--|—|–|-|_)\\s+)");
  re2::StringPiece match;
  if (!RE2::PartialMatch(re2::StringPiece(paragraph.data(), paragraph.size()), re, &match)) {
    return 0;
  }
  // The place must really be upper case (not "A protester -- ..."): two capitals in a row.
  std::string_view m(match.data(), match.size());
  size_t caps = 0;
  for (char c : m.substr(0, 6)) caps += (c >= 'A' && c <= 'Z');
  if (caps < 2 && static_cast<unsigned char>(m[0]) < 0x80) return 0;
  return match.size();
}

}  // namespace precis
