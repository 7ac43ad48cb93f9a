#include "pipeline/language_guess.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>
#include <string>

namespace precis {

std::string guess_language(std::string_view text, std::string_view url_hint,
                           std::string_view content_language_hint) {
  if (text.empty()) return "";
  // CLD2 needs valid UTF-8 (read guarantees it); half a KB of body text identifies a language
  // reliably (every DUC 2003 article still gets "en") and keeps the cost, a fifth of the
  // summarize time at 1 KB, independent of the article's length. Cut at a character boundary.
  size_t n = std::min<size_t>(text.size(), 512);
  while (n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  std::string_view sample = text.substr(0, n);
  std::string url(url_hint), hint(content_language_hint);
  CLD2::CLDHints hints{hint.empty() ? nullptr : hint.c_str(), url.empty() ? nullptr : url.c_str(),
                       CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      sample.data(), static_cast<int>(sample.size()), true, &hints, 0, language3, percent3,
      normalized_score3, nullptr, &text_bytes, &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return "";
  std::string code = CLD2::LanguageCode(lang);
  // CLD2 uses a few non-ISO-639-1 codes ("zh-Hant", "iw"); map them.
  if (code == "iw") return "he";
  if (code.rfind("zh", 0) == 0) return "zh";
  return code.size() == 2 ? code : "";
}

}  // namespace precis
