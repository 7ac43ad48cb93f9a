// A key for comparing names loosely ("EAT SMARTER" vs "eatsmarter.de"): ASCII letters
// lower-cased, digits and non-ASCII bytes kept, everything else dropped.
#pragma once

#include <string>
#include <string_view>

namespace precis {

std::string name_key(std::string_view s);

}  // namespace precis
