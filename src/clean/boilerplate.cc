#include "clean/boilerplate.h"

#include <re2/re2.h>

#include <array>
#include <cstdint>
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

// A literal every match of one of the unanchored alternatives of the boilerplate pattern
// contains, and the position in it of a rare byte (the trigger) to look for.
struct Anchor {
  std::string_view word;
  uint8_t trigger_at;
};
constexpr Anchor kAnchors[] = {
    {"manages this site", 4},         // g
    {"external", 1},                  // x
    {"should not be construed", 11},  // b
    {"privacy", 3},                   // v
    {"rights reserved", 12},          // v
    {"(c)", 0},                       // (
    {"copyright", 3},                 // y
    {"may not be", 2},                // y
    {"subscribe", 2},                 // b
    {"sign up for", 2},               // g
    {"click here", 4},                // k
    {"follow us on", 5},              // w
    {"share this article", 15},       // c
    {"share this story", 15},         // y
    {"cookie", 3},                    // k ("cookie(s) policy/settings", "we use cookies")
    {"terms of ", 7},                 // f
    {"newsletter", 2},                // w
};
constexpr uint32_t kNonAscii = 1u << 31;  // lead bytes of "©", U+017F, U+212A

// For every byte, the anchors it triggers (bit i: kAnchors[i]), upper and lower case alike.
struct TriggerTable {
  std::array<uint32_t, 256> anchors{};
  constexpr TriggerTable() {
    for (size_t i = 0; i < std::size(kAnchors); ++i) {
      char t = kAnchors[i].word[kAnchors[i].trigger_at];
      anchors[static_cast<unsigned char>(t)] |= 1u << i;
      if (t >= 'a' && t <= 'z') anchors[static_cast<unsigned char>(t - 32)] |= 1u << i;
    }
    anchors[0xC2] = anchors[0xC5] = anchors[0xE2] = kNonAscii;
  }
};
constexpr TriggerTable kTriggers;
static_assert(std::size(kAnchors) < 32);

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
  // One table lookup per byte; the rare triggers then check their anchors.
  for (size_t i = 0; i < line.size(); ++i) {
    uint32_t anchors = kTriggers.anchors[static_cast<unsigned char>(line[i])];
    if (__builtin_expect(anchors == 0, 1)) continue;
    if (anchors == kNonAscii) {
      // "©", and the two non-ASCII letters that (?i) may fold onto ASCII ones: U+017F (s) and
      // U+212A (k). Any of them: let the pattern decide.
      unsigned char c = static_cast<unsigned char>(line[i]);
      if ((c == 0xC2 && i + 1 < line.size() && line[i + 1] == '\xA9') ||
          (c == 0xC5 && i + 1 < line.size() && line[i + 1] == '\xBF') ||
          (c == 0xE2 && i + 2 < line.size() && line[i + 1] == '\x84' && line[i + 2] == '\xAA')) {
        return true;
      }
      continue;
    }
    for (; anchors; anchors &= anchors - 1) {
      const Anchor& a = kAnchors[__builtin_ctz(anchors)];
      if (i >= a.trigger_at && has_word_at(line, i - a.trigger_at, a.word)) return true;
    }
  }
  return false;
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
