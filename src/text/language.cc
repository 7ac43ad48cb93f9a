#include "text/language.h"

namespace precis {

std::string normalize_language(std::string_view name) {
  std::string s;
  for (char c : name) {
    if (c == '-' || c == '_') break;
    s.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"english", "en"},  {"eng", "en"},    {"french", "fr"},     {"fra", "fr"},
      {"fre", "fr"},      {"german", "de"}, {"deu", "de"},        {"ger", "de"},
      {"spanish", "es"},  {"spa", "es"},    {"italian", "it"},    {"ita", "it"},
      {"portuguese", "pt"}, {"por", "pt"},  {"dutch", "nl"},      {"nld", "nl"},
      {"russian", "ru"},  {"rus", "ru"},    {"czech", "cs"},      {"ces", "cs"},
      {"greek", "el"},    {"ell", "el"},    {"arabic", "ar"},     {"ara", "ar"},
      {"hebrew", "he"},   {"heb", "he"},    {"hindi", "hi"},      {"hin", "hi"},
      {"chinese", "zh"},  {"zho", "zh"},    {"japanese", "ja"},   {"jpn", "ja"},
      {"turkish", "tr"},  {"swedish", "sv"}, {"danish", "da"},    {"finnish", "fi"},
      {"hungarian", "hu"}, {"romanian", "ro"}, {"norwegian", "no"}, {"polish", "pl"},
      {"iw", "he"},
  };
  for (const auto& [long_name, code] : kNames) {
    if (s == long_name) return std::string(code);
  }
  return s;
}

}  // namespace precis
