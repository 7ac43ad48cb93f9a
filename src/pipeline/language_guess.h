// Language identification with CLD2 (Google's Compact Language Detector 2, Debian's libcld2),
// for articles whose input does not say.
#pragma once

#include <string>
#include <string_view>

namespace precis {

// ISO 639-1 code of the text's language, or "" when CLD2 is not reliable about it.
// Obvious English (text/obvious_english.h) is called "en" without asking CLD2.
std::string guess_language(std::string_view text, std::string_view url_hint = {},
                           std::string_view content_language_hint = {});

// CLD2's guess alone (what guess_language answers for text that is not obviously English).
std::string cld2_language(std::string_view text, std::string_view url_hint = {},
                          std::string_view content_language_hint = {});

}  // namespace precis
