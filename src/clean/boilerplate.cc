#include "clean/boilerplate.h"

#include <re2/re2.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace precis {
namespace {

constexpr char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// `word` (lower case) at line[at...], ASCII letters compared case-insensitively.
bool has_word_at(std::string_view line, size_t at, std::string_view word) {
  if (at + word.size() > line.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (lower_ascii(line[at + k]) != word[k]) return false;
  }
  return true;
}

// Literals every match of one of the unanchored alternatives of the boilerplate pattern
// contains (ASCII, lower case; compared case-insensitively), each with the start of the
// kWindow bytes of it the search below looks for: chosen so that the window ends in a pair of
// letters rare in running text ("cl" of "articl", not "e " of "share ").
// "(c)" and the non-ASCII alternatives are found apart (see may_be_boilerplate_line).
struct Anchor {
  std::string_view word;
  uint8_t window_at;
};
constexpr Anchor kAnchors[] = {
    {"manages this site", 0},        // "manage"
    {"external", 0},                 // "extern"
    {"should not be construed", 0},  // "should"
    {"privacy", 1},                  // "rivacy"
    {"rights reserved", 0},          // "rights"
    {"copyright", 2},                // "pyrigh"
    {"may not be", 3},               // " not b"
    {"subscribe", 0},                // "subscr"
    {"sign up for", 1},              // "ign up"
    {"click here", 0},               // "click "
    {"follow us on", 2},             // "llow u"
    {"share this article", 11},      // "articl"
    {"share this story", 10},        // " story"
    {"cookie", 0},                   // "cookie(s) policy/settings", "we use cookies"
    {"terms of ", 3},                // "ms of "
    {"newsletter", 2},               // "wslett"
};
static_assert(std::size(kAnchors) <= 32);

// Multi-pattern search for the anchors after Wu & Manber ("A fast algorithm for multi-pattern
// searching", 1994): a window of kWindow bytes (the shortest anchor) slides along the line;
// the pair of bytes at its end, hashed, says how far it may jump without passing an anchor's
// window. Only a zero shift checks the anchors whose window ends in that pair. Body text jumps
// several bytes per look-up, where a scan for trigger letters looked at every byte (and most
// letters were some anchor's trigger).
constexpr size_t kWindow = 6;  // strlen("cookie")
constexpr size_t kPairs = 1024;
// Hash of two bytes: their low five bits, so that ASCII upper and lower case hash alike (other
// bytes collide with letters, which only shortens some jumps).
constexpr size_t pair_hash(unsigned char a, unsigned char b) {
  return ((a & 31u) << 5) | (b & 31u);
}

struct ShiftTable {
  std::array<uint8_t, kPairs> shift{};
  std::array<uint32_t, kPairs> candidates{};  // anchors (bit i: kAnchors[i]) to check at shift 0
  constexpr ShiftTable() {
    for (uint8_t& s : shift) s = kWindow - 1;
    for (size_t i = 0; i < std::size(kAnchors); ++i) {
      std::string_view w = kAnchors[i].word.substr(kAnchors[i].window_at, kWindow);
      for (size_t j = 1; j < kWindow; ++j) {
        size_t h =
            pair_hash(static_cast<unsigned char>(w[j - 1]), static_cast<unsigned char>(w[j]));
        shift[h] = std::min<uint8_t>(shift[h], static_cast<uint8_t>(kWindow - 1 - j));
      }
      candidates[pair_hash(static_cast<unsigned char>(w[kWindow - 2]),
                           static_cast<unsigned char>(w[kWindow - 1]))] |= 1u << i;
    }
  }
};
constexpr ShiftTable kShifts;

bool contains_anchor(std::string_view line) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(line.data());
  for (size_t end = kWindow - 1; end < line.size();) {
    size_t h = pair_hash(p[end - 1], p[end]);
    if (uint8_t s = kShifts.shift[h]) {
      end += s;
      continue;
    }
    size_t window = end - (kWindow - 1);
    for (uint32_t c = kShifts.candidates[h]; c; c &= c - 1) {
      const Anchor& a = kAnchors[__builtin_ctz(c)];
      if (window >= a.window_at && has_word_at(line, window - a.window_at, a.word)) return true;
    }
    ++end;
  }
  return false;
}

// Bit 8k set when byte k of x is '(' or not ASCII (exact per-byte tests, no carries).
uint64_t paren_or_high_bytes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  uint64_t y = x ^ ('(' * kOnes);
  uint64_t paren = ~(((y & kLow7) + kLow7) | y | kLow7);
  return paren | (x & ~kLow7);
}

// "(c)", "©", and the two non-ASCII letters that (?i) may fold onto ASCII ones: U+017F (s) and
// U+212A (k). Any of them at line[i]: let the pattern decide.
bool special_at(std::string_view line, size_t i) {
  unsigned char c = static_cast<unsigned char>(line[i]);
  if (c == '(') return has_word_at(line, i, "(c)");
  return (c == 0xC2 && i + 1 < line.size() && line[i + 1] == '\xA9') ||
         (c == 0xC5 && i + 1 < line.size() && line[i + 1] == '\xBF') ||
         (c == 0xE2 && i + 2 < line.size() && line[i + 1] == '\x84' && line[i + 2] == '\xAA');
}

bool contains_special(std::string_view line) {
  // Blocks of bytes at a time: most lines of English have no '(' and no non-ASCII byte at all.
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i paren = _mm_set1_epi8('(');
  for (; i + 16 <= line.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    if ((_mm_movemask_epi8(_mm_cmpeq_epi8(x, paren)) | _mm_movemask_epi8(x)) == 0) continue;
    for (size_t k = i; k < i + 16; ++k) {
      if (special_at(line, k)) return true;
    }
  }
#endif
  for (; i + 8 <= line.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, line.data() + i, 8);
    if (paren_or_high_bytes(x) == 0) continue;
    for (size_t k = i; k < i + 8; ++k) {
      if (special_at(line, k)) return true;
    }
  }
  for (; i < line.size(); ++i) {
    if (special_at(line, i)) return true;
  }
  return false;
}

// The alternatives anchored at the start of the line after non-word characters (^\W*).
constexpr std::string_view kLeading[] = {"read more", "related", "advertisement",
                                         "sponsored content"};

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

bool may_be_boilerplate_line(std::string_view line) {
  // ^\W*: RE2's \w is ASCII [0-9A-Za-z_], so every other byte is skipped.
  size_t start = 0;
  while (start < line.size() && !is_word_byte(line[start])) ++start;
  for (std::string_view w : kLeading) {
    if (has_word_at(line, start, w)) return true;
  }
  return contains_anchor(line) || contains_special(line);
}

const RE2& boilerplate_pattern() {
  static const RE2 re(
      "(?i)(?:manages this site|external links to other internet sites|"
      "should not be construed as an endorsement|privacy polic(?:y|ies) contained therein|"
      "all rights reserved|©|\\(c\\) \\d{4}|copyright \\d{4}|"
      "may not be (?:published|reproduced|redistributed)|"
      "this material may not be|subscribe (?:to|now|today)|sign up for|click here|"
      "follow us on|share this (?:article|story)|^\\W*read more\\b|^\\W*related(?: articles| stories)?:|"
      "^\\W*(?:advertisement|sponsored content)\\W*$|cookie(?:s)? (?:policy|settings)|"
      "we use cookies|terms of (?:use|service)|newsletter)");
  return re;
}

bool is_boilerplate_line(std::string_view line) {
  // Nearly every line is body text: a byte scan for the pattern's keywords rules most lines
  // out before the regex runs (it was a tenth of the summarize time).
  if (!may_be_boilerplate_line(line)) return false;
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), boilerplate_pattern());
}

bool is_noise_line(std::string_view line) {
  // A line with a letter or digit before any '&' or non-ASCII byte has a word: not noise. Most
  // lines are decided at their first visible character.
  for (char ch : line) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\f' || ch == '\r' || ch == '-' ||
        ch == '*' || ch == '_' || ch == '=' || ch == '#' || ch == '~' || ch == '.' || ch == '|') {
      continue;
    }
    if (is_word_byte(ch) && ch != '_') return false;
    break;
  }
  static const RE2 re("^(?:\\s|&[A-Za-z]{1,6};|[-*_=#~.•·|])*$");
  return RE2::FullMatch(re2::StringPiece(line.data(), line.size()), re);
}

}  // namespace precis
