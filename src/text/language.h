// Language names as inputs write them ("en", "EN", "en-US", "english") to ISO 639-1 codes.
#pragma once

#include <string>
#include <string_view>

namespace precis {

// "en-US" -> "en", "English" -> "en", "fra" -> "fr"; unknown names come back lower-cased.
std::string normalize_language(std::string_view name);

}  // namespace precis
