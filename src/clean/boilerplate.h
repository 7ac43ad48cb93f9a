// Boilerplate lines: website disclaimers, copyright and rights notices, subscription and
// sharing prompts, "Related:" and "Read more" links. Keyword rules, case-insensitive.
#pragma once

#include <string_view>

namespace precis {

bool is_boilerplate_line(std::string_view line);

// SGML/markup leftovers and separators with no words ("&QL;", "---", "* * *").
bool is_noise_line(std::string_view line);

}  // namespace precis
