#include "clean/credit_line.h"

#include <re2/re2.h>

#include <cstring>

namespace precis {
namespace {

// News and photo agencies whose names lead a credit.
constexpr const char* kAgencies =
    "EPA|EFE|EPA-EFE|AP|AFP|REUTERS|Reuters|ANSA|DPA|dpa|XINHUA|Xinhua|TASS|SPUTNIK|ANADOLU|"
    "KEYSTONE|SHUTTERSTOCK|Getty Images|GETTY IMAGES|AAP|PA|NurPhoto|SIPA|ABACA|KCNA|YONHAP|"
    "Yonhap|UPI|IANS|PTI|BLOOMBERG|Bloomberg|NOTIMEX|ZUMA|Zuma|IMAGO|EFE-EPA";

const RE2& trailing_credit_re() {
  // agency[/-agency][ Photo]/Name Name, or "Image: Name Name." (the form of WikiNews captions),
// optionally in parentheses, at the end of the line.
  static const RE2 re(std::string("(?:^|\\s)(\\(?(?:(?:") + kAgencies +
                      ")(?:[-/ ](?:" + kAgencies +
                      "))*(?: (?:Photo|PHOTO|Images|IMAGES|Pool|POOL))?\\s*/\\s*"
                      "[\\p{Lu}][\\p{L}.'\\- ]+?|(?:Photo|Photograph|Foto|Image|Credit)s?:"
                      " [^.]+?\\.?)\\)?)\\s*$");
  return re;
}

const RE2& credit_line_re() {
  static const RE2 re(
      "^\\s*\\(?(?:(?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by|"
      "Photos? by|Photograph(?:s|y)? by|Credits?:)\\s.*$");
  return re;
}

// Every credit form has a '/' (agency/name) or a ": " after "Photo", "Image", "Credit", ...
// (so after one of o h e t s) within its at most 80 bytes, which end the line: a cheap test of
// the last 100 bytes (trailing white space aside) rules out nearly every line before the regex.
bool may_end_with_credit(std::string_view line) {
  size_t end = line.size();
  while (end > 0 && (line[end - 1] == ' ' || line[end - 1] == '\t' || line[end - 1] == '\r' ||
                     line[end - 1] == '\n' || line[end - 1] == '\f')) {
    --end;
  }
  const char* tail = line.data() + (end > 100 ? end - 100 : 0);
  const char* stop = line.data() + end;
  if (std::memchr(tail, '/', stop - tail)) return true;
  for (const char* q = tail; (q = static_cast<const char*>(std::memchr(q, ':', stop - q))); ++q) {
    size_t i = q - line.data();
    if (i > 0 && i + 1 < line.size() && line[i + 1] == ' ') {
      char before = line[i - 1];
      if (before == 'o' || before == 'h' || before == 'e' || before == 't' || before == 's') {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

size_t trailing_credit(std::string_view line) {
  if (!may_end_with_credit(line)) return std::string_view::npos;
  re2::StringPiece match;
  if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), trailing_credit_re(),
                         &match)) {
    return std::string_view::npos;
  }
  // Credits are short; a long match is a sentence that happens to contain an agency name.
  if (match.size() > 80) return std::string_view::npos;
  return static_cast<size_t>(match.data() - line.data());
}

bool is_credit_line(std::string_view line) {
  // The pattern is anchored: after white space and an optional '(' the line must open with the
  // first letter of one of its phrases (Additional, Reporting, Writing, Editing, Compiled,
  // Photo..., Credit).
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r' ||
                             line[i] == '\n' || line[i] == '\f')) {
    ++i;
  }
  if (i < line.size() && line[i] == '(') ++i;
  if (i >= line.size()) return false;
  switch (line[i]) {
    case 'A':
    case 'R':
    case 'r':
    case 'W':
    case 'E':
    case 'C':
    case 'P':
      break;
    default:
      return false;
  }
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), credit_line_re());
}

}  // namespace precis
