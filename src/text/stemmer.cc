#include "text/stemmer.h"

#include <libstemmer.h>

#include <string>

namespace precis {

std::string_view snowball_name(std::string_view lang) {
  // ISO 639-1 codes of the Snowball stemmers shipped by Debian's libstemmer 2.2.
  static constexpr std::pair<std::string_view, std::string_view> kNames[] = {
      {"ar", "arabic"},     {"hy", "armenian"},   {"eu", "basque"},     {"ca", "catalan"},
      {"da", "danish"},     {"nl", "dutch"},      {"en", "english"},    {"fi", "finnish"},
      {"fr", "french"},     {"de", "german"},     {"el", "greek"},      {"hi", "hindi"},
      {"hu", "hungarian"},  {"id", "indonesian"}, {"ga", "irish"},      {"it", "italian"},
      {"lt", "lithuanian"}, {"ne", "nepali"},     {"no", "norwegian"},  {"nb", "norwegian"},
      {"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},    {"sr", "serbian"},
      {"es", "spanish"},    {"sv", "swedish"},    {"ta", "tamil"},      {"tr", "turkish"},
      {"yi", "yiddish"},
  };
  for (const auto& [code, name] : kNames) {
    if (code == lang) return name;
  }
  return {};
}

Stemmer::Stemmer(std::string_view lang) {
  std::string name(lang.size() == 2 ? snowball_name(lang) : lang);
  if (!name.empty()) stemmer_ = sb_stemmer_new(name.c_str(), "UTF_8");
}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string_view Stemmer::stem(std::string_view word) {
  if (!stemmer_ || word.empty()) return word;
  const sb_symbol* s = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (!s) return word;  // out of memory inside libstemmer: fall back to the word itself
  return std::string_view(reinterpret_cast<const char*>(s), sb_stemmer_length(stemmer_));
}

}  // namespace precis
