#include "clean/credit_line.h"

#include <re2/re2.h>

namespace precis {
namespace {

// News and photo agencies whose names lead a credit.
constexpr const char* kAgencies =
    "EPA|EFE|EPA-EFE|AP|AFP|REUTERS|Reuters|ANSA|DPA|dpa|XINHUA|Xinhua|TASS|SPUTNIK|ANADOLU|"
    "KEYSTONE|SHUTTERSTOCK|Getty Images|GETTY IMAGES|AAP|PA|NurPhoto|SIPA|ABACA|KCNA|YONHAP|"
    "Yonhap|UPI|IANS|PTI|BLOOMBERG|Bloomberg|NOTIMEX|ZUMA|Zuma|IMAGO|EFE-EPA";

const RE2& trailing_credit_re() {
  // agency[/-agency][ Photo]/Name Name, optionally in parentheses, at the end of the line.
  static const RE2 re(std::string("(?:^|\\s)(\\(?(?:(?:") + kAgencies +
                      ")(?:[-/ ](?:" + kAgencies +
                      "))*(?: (?:Photo|PHOTO|Images|IMAGES|Pool|POOL))?\\s*/\\s*"
                      "[\\p{Lu}][\\p{L}.'\\- ]+?|(?:Photo|Photograph|Foto|Image|Credit)s?:"
                      " [^.]+?)\\)?)\\s*$");
  return re;
}

const RE2& credit_line_re() {
  static const RE2 re(
      "^\\s*\\(?(?:(?:Additional )?[Rr]eporting by|Writing by|Editing by|Compiled by|"
      "Photos? by|Photograph(?:s|y)? by|Credits?:)\\s.*$");
  return re;
}

}  // namespace

size_t trailing_credit(std::string_view line) {
  // Every credit form has a '/' or a ':' near the end of the line: a cheap test first.
  std::string_view tail = line.substr(line.size() > 100 ? line.size() - 100 : 0);
  if (tail.find('/') == std::string_view::npos && tail.find(':') == std::string_view::npos) {
    return std::string_view::npos;
  }
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
  if (line.find(" by") == std::string_view::npos && line.find("redit") == std::string_view::npos) {
    return false;
  }
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), credit_line_re());
}

}  // namespace precis
