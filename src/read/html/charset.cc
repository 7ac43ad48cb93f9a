#include "read/html/charset.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <memory>

#include "text/utf8.h"

namespace precis {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

// Case-insensitive search for an ASCII needle (given in lower case) in s from `from`.
size_t ifind(std::string_view s, std::string_view needle, size_t from = 0) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (lower(s[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < needle.size() && lower(s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Reads the value after "charset" at s[pos] (pos just after the word): skips spaces and '=',
// then a quoted or bare token.
std::string read_charset_value(std::string_view s, size_t pos) {
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return "";
  ++pos;
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) ++pos;
  size_t start = pos;
  while (pos < s.size() && !is_space(s[pos]) && s[pos] != '"' && s[pos] != '\'' && s[pos] != ';' &&
         s[pos] != '>' && s[pos] != '/' && s[pos] != ',')
    ++pos;
  return std::string(s.substr(start, std::min<size_t>(pos - start, 40)));
}

// Maps a declared label to the name ICU should use. The HTML standard decodes latin-1 and
// ASCII labels as windows-1252, GB2312 as GBK (we use its superset GB18030), and so on.
std::string canonical_charset(std::string_view label) {
  std::string l = lower_copy(label);
  while (!l.empty() && is_space(l.back())) l.pop_back();
  if (l.empty()) return "";
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8")
    return "UTF-8";
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1" ||
      l == "us-ascii" || l == "ascii" || l == "iso_8859-1" || l == "cp1252" || l == "x-cp1252" ||
      l == "windows-1252" || l == "ansi_x3.4-1968")
    return "windows-1252";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030" || l == "cp936")
    return "GB18030";
  if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5") return "Big5-HKSCS";
  if (l == "iso-8859-9" || l == "latin5") return "windows-1254";
  if (l == "tis-620" || l == "iso-8859-11") return "windows-874";
  if (l == "euc-kr" || l == "ks_c_5601-1987" || l == "cp949") return "windows-949";
  if (l == "shift_jis" || l == "shift-jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji" ||
      l == "windows-31j" || l == "cp932")
    return "windows-31j";
  if (l == "utf-16" || l == "utf-16le") return "UTF-16LE";
  if (l == "utf-16be") return "UTF-16BE";
  return std::string(label);
}

bool icu_knows(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(name.c_str(), &err);
  if (cnv) ucnv_close(cnv);
  return U_SUCCESS(err) && cnv != nullptr;
}

struct Utf8Stats {
  size_t multibyte = 0;  // valid sequences of 2..4 bytes
  size_t invalid = 0;    // invalid bytes
};

Utf8Stats utf8_stats(std::string_view s) {
  Utf8Stats st;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    size_t len = p[i] >= 0xF0 && p[i] <= 0xF4   ? 4
                 : p[i] >= 0xE0 && p[i] <= 0xEF ? 3
                 : p[i] >= 0xC2 && p[i] <= 0xDF ? 2
                                                : 0;
    bool ok = len > 0 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) ok = (p[i + k] & 0xC0) == 0x80;
    if (ok && len >= 3) {
      if (p[i] == 0xE0 && p[i + 1] < 0xA0) ok = false;
      if (p[i] == 0xED && p[i + 1] > 0x9F) ok = false;
      if (p[i] == 0xF0 && p[i + 1] < 0x90) ok = false;
      if (p[i] == 0xF4 && p[i + 1] > 0x8F) ok = false;
    }
    if (ok) {
      ++st.multibyte;
      i += len;
    } else {
      ++st.invalid;
      ++i;
    }
  }
  return st;
}

std::string uchardet_guess(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  if (!ud) return "";
  // The first 256 KiB are plenty to recognise a charset and bound the time spent.
  std::string_view sample = bytes.substr(0, 256 << 10);
  std::string guess;
  if (uchardet_handle_data(ud, sample.data(), sample.size()) == 0) {
    uchardet_data_end(ud);
    const char* cs = uchardet_get_charset(ud);
    if (cs) guess = cs;
  }
  uchardet_delete(ud);
  return guess;
}

// Converts with ICU; invalid input becomes U+FFFD (ICU's default substitution callback).
bool icu_to_utf8(std::string_view bytes, const std::string& charset, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err) || !cnv) return false;
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(cnv, ucnv_close);
  out->resize(bytes.size() * 3 + 16);
  err = U_ZERO_ERROR;
  int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, cnv, out->data(), static_cast<int32_t>(out->size()),
                                 bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    out->resize(static_cast<size_t>(n) + 16);
    err = U_ZERO_ERROR;
    ucnv_resetToUnicode(cnv);
    n = ucnv_toAlgorithmic(UCNV_UTF8, cnv, out->data(), static_cast<int32_t>(out->size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) return false;
  out->resize(static_cast<size_t>(n));
  return true;
}

}  // namespace

std::string charset_from_content_type(std::string_view content_type) {
  size_t p = ifind(content_type, "charset");
  if (p == std::string_view::npos) return "";
  return read_charset_value(content_type, p + 7);
}

std::string charset_from_meta(std::string_view html) {
  // Pages with long heads (inline scripts and styles) declare late; the standard looks at 1 KiB,
  // browsers in practice further.
  std::string_view head = html.substr(0, 64 << 10);
  size_t pos = 0;
  while ((pos = ifind(head, "<meta", pos)) != std::string_view::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string_view::npos) break;
    std::string_view tag = head.substr(pos, end - pos);
    pos = end;
    size_t c = ifind(tag, "charset");
    if (c == std::string_view::npos) continue;
    std::string value = read_charset_value(tag, c + 7);
    if (!value.empty()) return value;
  }
  return "";
}

CharsetChoice choose_charset(std::string_view bytes, std::string_view content_type,
                             std::string_view forced) {
  if (!forced.empty()) {
    std::string cs = canonical_charset(forced);
    if (icu_knows(cs)) return {cs, "forced"};
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", "bom"};
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", "bom"};
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", "bom"};
  std::string declared;
  std::string source;
  std::string http = canonical_charset(charset_from_content_type(content_type));
  if (!http.empty() && icu_knows(http)) {
    declared = http;
    source = "http";
  } else {
    std::string meta = canonical_charset(charset_from_meta(bytes));
    // A page that can declare itself in ASCII inside <meta> is not UTF-16 (HTML standard).
    if (meta.rfind("UTF-16", 0) == 0) meta = "UTF-8";
    if (!meta.empty() && icu_knows(meta)) {
      declared = meta;
      source = "meta";
    }
  }
  Utf8Stats st = utf8_stats(bytes);
  if (!declared.empty()) {
    if (declared == "UTF-8") {
      size_t nonascii = st.multibyte + st.invalid;
      if (st.invalid > 0 && st.invalid * 100 > nonascii) {
        std::string guess = canonical_charset(uchardet_guess(bytes));
        if (!guess.empty() && guess != "UTF-8" && icu_knows(guess)) return {guess, "uchardet"};
      }
      return {declared, source};
    }
    if (st.invalid == 0 && st.multibyte > 0 && declared.rfind("UTF-16", 0) != 0)
      return {"UTF-8", "utf8-valid"};
    return {declared, source};
  }
  if (st.invalid == 0) return {"UTF-8", "utf8-valid"};
  std::string guess = canonical_charset(uchardet_guess(bytes));
  if (!guess.empty() && icu_knows(guess)) return {guess, "uchardet"};
  return {"windows-1252", "default"};
}

std::string html_bytes_to_utf8(std::string_view bytes, std::string_view content_type,
                               std::string_view forced, std::vector<std::string>* warnings,
                               CharsetChoice* chosen) {
  CharsetChoice choice = choose_charset(bytes, content_type, forced);
  if (chosen) *chosen = choice;
  std::string out;
  if (choice.charset == "UTF-8") {
    if (choice.source == "bom") bytes.remove_prefix(3);
    bool repaired = false;
    out = repair_utf8(bytes, &repaired);
    if (repaired && warnings) warnings->push_back("invalid UTF-8 bytes replaced by U+FFFD");
    return out;
  }
  if (choice.source == "bom") bytes.remove_prefix(2);
  if (!icu_to_utf8(bytes, choice.charset, &out)) {
    if (warnings) warnings->push_back("cannot convert from " + choice.charset + "; read as UTF-8");
    return repair_utf8(bytes);
  }
  bool repaired = false;
  out = repair_utf8(out, &repaired);
  return out;
}

}  // namespace precis
