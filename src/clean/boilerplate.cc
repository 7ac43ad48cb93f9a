#include "clean/boilerplate.h"

#include <re2/re2.h>

namespace precis {

bool is_boilerplate_line(std::string_view line) {
  static const RE2 re(
      "(?i)(?:manages this site|external links to other internet sites|"
      "should not be construed as an endorsement|privacy polic(?:y|ies) contained therein|"
      "all rights reserved|©|\\(c\\) \\d{4}|copyright \\d{4}|"
      "may not be (?:published|reproduced|redistributed)|"
      "this material may not be|subscribe (?:to|now|today)|sign up for|click here|"
      "follow us on|share this (?:article|story)|^\\W*read more\\b|^\\W*related(?: articles| stories)?:|"
      "^\\W*(?:advertisement|sponsored content)\\W*$|cookie(?:s)? (?:policy|settings)|"
      "we use cookies|terms of (?:use|service)|newsletter)");
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), re);
}

bool is_noise_line(std::string_view line) {
  static const RE2 re("^(?:\\s|&[A-Za-z]{1,6};|[-*_=#~.•·|])*$");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

}  // namespace precis
