// Language identification with CLD2 (Google's Compact Language Detector 2, Debian's libcld2),
// for articles whose input does not say.
#pragma once

#include <string>
#include <string_view>

namespace precis {

// ISO 639-1 code of the text's language, or "" when CLD2 is not reliable about it.
std::string guess_language(std::string_view text, std::string_view url_hint = {},
                           std::string_view content_language_hint = {});

}  // namespace precis
