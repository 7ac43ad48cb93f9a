// Whitespace of metadata values (titles, bylines) as a reader sees it: runs of spaces, tabs,
// line breaks and no-break spaces (U+00A0) become one space; none at either end.
#pragma once

#include <string>
#include <string_view>

namespace precis {

std::string collapse_spaces(std::string_view s);

}  // namespace precis
