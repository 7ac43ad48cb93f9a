#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace precis {
namespace {

enum CharClass : uint8_t { kSpace, kLetter, kDigit, kOther, kIdeograph };

// ASCII classes by table; the rest through ICU's character properties.
struct AsciiTable {
  CharClass cls[128];
  constexpr AsciiTable() : cls() {
    for (int c = 0; c < 128; ++c) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        cls[c] = kSpace;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        cls[c] = kLetter;
      } else if (c >= '0' && c <= '9') {
        cls[c] = kDigit;
      } else if (c < 32) {
        cls[c] = kSpace;
      } else {
        cls[c] = kOther;
      }
    }
  }
};
constexpr AsciiTable kAscii;

// Per byte: kAlnum for ASCII letters and digits, plus kAsciiLetter for letters; kAsciiSpace
// for ASCII white space; 0 for every other byte (non-ASCII bytes take the general path).
enum : uint8_t { kAlnum = 1, kAsciiLetter = 2, kAsciiSpace = 4 };
struct AlnumTable {
  uint8_t flags[256];
  constexpr AlnumTable() : flags() {
    for (int c = 0; c < 128; ++c) {
      if (kAscii.cls[c] == kLetter) flags[c] = kAlnum | kAsciiLetter;
      if (kAscii.cls[c] == kDigit) flags[c] = kAlnum;
      if (kAscii.cls[c] == kSpace) flags[c] = kAsciiSpace;
    }
  }
};
constexpr AlnumTable kAlnumBytes;

bool is_ideographic_script(char32_t c) {
  // Scripts written without spaces between words: one token per character.
  return (c >= 0x3040 && c <= 0x30FF) ||   // Hiragana, Katakana
         (c >= 0x3400 && c <= 0x9FFF) ||   // CJK unified ideographs (+ ext A)
         (c >= 0xF900 && c <= 0xFAFF) ||   // CJK compatibility
         (c >= 0x20000 && c <= 0x2FFFF) || // CJK ext B+
         (c >= 0x0E00 && c <= 0x0E7F) ||   // Thai
         (c >= 0x0E80 && c <= 0x0EFF) ||   // Lao
         (c >= 0x1000 && c <= 0x109F);     // Myanmar
}

CharClass classify(char32_t c) {
  if (c < 128) return kAscii.cls[c];
  if (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF) return kSpace;
  if (is_ideographic_script(c) && u_isalpha(c)) return kIdeograph;
  int8_t t = u_charType(c);
  switch (t) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return kDigit;
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
      return kSpace;
    default:
      return kOther;
  }
}

bool is_upper(char32_t c) { return c < 128 ? (c >= 'A' && c <= 'Z') : u_isupper(c); }

// Characters that may join two parts of one word when letters/digits are on both sides.
bool is_joiner(char32_t c) {
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == '.' || c == ',' ||
         c == '&' || c == '_' || c == 0x00B7;
}

struct Cursor {
  std::string_view text;
  size_t pos;
  char32_t peek(size_t* next) const {
    size_t i = pos;
    char32_t c = decode_utf8(text, i);
    *next = i;
    return c;
  }
};

}  // namespace

namespace {

// The tokenizer, with or without the punctuation tokens (the text model skips them).
template <bool kWithPunct>
void tokenize_as(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  std::string_view view = text.substr(0, end);
  size_t i = begin;
  while (i < end) {
    size_t start = i;
    char32_t c;
    CharClass cls;
    if (unsigned char b = static_cast<unsigned char>(view[i]); b < 0x80) {
      // ASCII, decided by table: white space and punctuation are the tokens between words.
      cls = kAscii.cls[b];
      c = b;
      ++i;
    } else {
      c = decode_utf8_multibyte(view, i);
      cls = classify(c);
    }
    if (cls == kSpace) continue;
    if (cls == kIdeograph || cls == kOther) {
      if (kWithPunct || cls == kIdeograph) {
        out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i),
                        cls == kIdeograph ? TokenKind::kWord : TokenKind::kPunct, false});
      }
      continue;
    }
    // A word or number: letters/digits, with joiners allowed between alphanumerics. A '.' or
    // ',' joins only digits to digits ("3.5", "1,000") or single letters ("U.S.").
    bool has_letter = cls == kLetter;
    bool capital = is_upper(c);
    size_t word_end = i;
    char32_t prev = c;
    CharClass prev_cls = cls;
    bool space_after = false;  // view[word_end] is an ASCII space (the common end of a word)
    while (i < end) {
      // Fast path: a run of ASCII letters and digits, one table lookup per byte.
      uint8_t f = kAlnumBytes.flags[static_cast<unsigned char>(view[i])];
      if (f & kAlnum) {
        size_t run = i;
        do {
          ++i;
        } while (i < end && (kAlnumBytes.flags[static_cast<unsigned char>(view[i])] & kAlnum));
        word_end = i;
        // Only a word that began with a digit still needs to know (numbers are short).
        for (size_t k = run; !has_letter && k < i; ++k) {
          has_letter = kAlnumBytes.flags[static_cast<unsigned char>(view[k])] & kAsciiLetter;
        }
        // An ASCII space ends the word.
        if (i < end && (kAlnumBytes.flags[static_cast<unsigned char>(view[i])] & kAsciiSpace)) {
          space_after = true;
          break;
        }
        prev_cls = kAscii.cls[static_cast<unsigned char>(view[i - 1])];
        continue;
      }
      size_t next = i;
      char32_t d = decode_utf8(view, next);
      CharClass dc = classify(d);
      if (dc == kLetter || dc == kDigit) {
        has_letter |= dc == kLetter;
        prev = d;
        prev_cls = dc;
        i = next;
        word_end = i;
        continue;
      }
      if (dc == kOther && is_joiner(d) && next < end) {
        size_t after = next;
        char32_t e = decode_utf8(view, after);
        CharClass ec = classify(e);
        if (ec != kLetter && ec != kDigit) break;
        if (d == '.' || d == ',') {
          bool digits = prev_cls == kDigit && ec == kDigit;
          // "U.S": a single letter before the period, and a single letter after it.
          bool initials = d == '.' && prev_cls == kLetter && ec == kLetter &&
                          word_end - start <= 4 && after < end && view[after] == '.';
          if (!digits && !initials) break;
        }
        i = next;
        prev = d;
        prev_cls = kOther;
        continue;
      }
      break;
    }
    (void)prev;
    // "U.S." keeps its final period when the word is a run of single letters and periods.
    if (!space_after && word_end < end && view[word_end] == '.' && word_end - start >= 3 &&
        view[start + 1] == '.') {
      ++word_end;
    }
    out->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(word_end),
                    has_letter ? TokenKind::kWord : TokenKind::kNumber, capital});
    i = word_end + space_after;  // the space makes no token
  }
}

}  // namespace

void tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  tokenize_as<true>(text, begin, end, out);
}

void tokenize_words(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  tokenize_as<false>(text, begin, end, out);
}

void fold_case(std::string_view word, std::string* out) {
  // Fast path for all-ASCII words (nearly every word of most text): one copy, then lower-case
  // in place, instead of appending byte by byte.
  bool ascii = true;
  for (char ch : word) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii) {
    out->assign(word);
    for (char& ch : *out) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
    }
    return;
  }
  out->clear();
  size_t i = 0;
  while (i < word.size()) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t c = decode_utf8(word, i);
    if (c == 0x2019 || c == 0x2018) {
      out->push_back('\'');
      continue;
    }
    append_utf8(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT)), *out);
  }
}

}  // namespace precis
