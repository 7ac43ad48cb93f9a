// Boilerplate lines: website disclaimers, copyright and rights notices, subscription and
// sharing prompts, "Related:" and "Read more" links. Keyword rules, case-insensitive.
#pragma once

#include <string_view>

namespace re2 {
class RE2;
}

namespace precis {

bool is_boilerplate_line(std::string_view line);

// The keyword pattern itself (case-insensitive, unanchored), without the prefilter.
const re2::RE2& boilerplate_pattern();

// A cheap necessary condition of is_boilerplate_line: false only when the line holds none of
// the keywords the pattern needs (one byte scan, no regex). Exposed for its test.
bool may_be_boilerplate_line(std::string_view line);

// SGML/markup leftovers and separators with no words ("&QL;", "---", "* * *").
bool is_noise_line(std::string_view line);

}  // namespace precis
