#include "clean/dateline.h"

#include <re2/re2.h>

namespace precis {

size_t leading_dateline(std::string_view paragraph) {
  // The place opens with a capital followed by a capital, '.', '\'', '-' or a space: most
  // paragraphs ("The ...", "A ...") are ruled out by their first two bytes. (Non-ASCII letters
  // are left to the regex.)
  size_t i = 0;
  while (i < paragraph.size() &&
         (paragraph[i] == ' ' || paragraph[i] == '\t' || paragraph[i] == '\n' ||
          paragraph[i] == '\r' || paragraph[i] == '\f')) {
    ++i;
  }
  if (i + 1 >= paragraph.size()) return 0;
  unsigned char first = static_cast<unsigned char>(paragraph[i]);
  unsigned char second = static_cast<unsigned char>(paragraph[i + 1]);
  if (first < 0x80 && !(first >= 'A' && first <= 'Z')) return 0;
  if (first < 0x80 && second < 0x80 && !(second >= 'A' && second <= 'Z') && second != '.' &&
      second != '\'' && second != '-' && second != ' ') {
    return 0;
  }
  // A dateline ends in a dash within its first 90 bytes: test that before the regex.
  std::string_view head = paragraph.substr(0, 100);
  if (head.find('-') == std::string_view::npos && head.find("\xE2\x80") == std::string_view::npos &&
      head.find('_') == std::string_view::npos) {
    return 0;
  }
  // PLACE[, Region][, Month Day] [(Agency)] dash. PLACE: capital letters, at least 3.
  static const RE2 re(
      "^(\\s*\\p{Lu}[\\p{Lu}.'\\- ]+"
      "(?:,\\s*\\p{Lu}[\\p{L}.'\\- ]+)?(?:,\\s*\\p{Lu}[\\p{L}.'\\- ]+)?"
      "(?:,?\\s*(?:\\p{Lu}\\p{Ll}+\\.?)\\s+\\d\\d?)?"
      "\\s*(?:\\([\\p{L} \\-]+\\))?"
      "\\s*(?:--|—|–|-|_)\\s+)");
  // Ask for the overall match only ($0, equal to the one group): with a single submatch an
  // anchored RE2 search runs its DFA, which stops at the dateline, instead of a BitState search
  // that clears a bitmap the size of the whole paragraph first. Same match either way.
  re2::StringPiece match;
  if (!re.Match(re2::StringPiece(paragraph.data(), paragraph.size()), 0, paragraph.size(),
                RE2::ANCHOR_START, &match, 1)) {
    return 0;
  }
  // The place must really be upper case (not "A protester -- ..."): two capitals in a row.
  std::string_view m(match.data(), match.size());
  if (m.size() > 90) return 0;  // datelines are short
  size_t caps = 0;
  for (char c : m.substr(0, 6)) caps += (c >= 'A' && c <= 'Z');
  if (caps < 2 && static_cast<unsigned char>(m[0]) < 0x80) return 0;
  return match.size();
}

}  // namespace precis
