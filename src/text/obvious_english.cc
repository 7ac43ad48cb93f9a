#include "text/obvious_english.h"

#include <array>
#include <cstdint>

namespace precis {
namespace {

// Function words of English that are not words of other languages written in Latin script
// (left out: "a", "an", "in", "is", "on", "was", "as", "die", ... which French, Dutch, German,
// Italian or Spanish share), each packed into an integer (its bytes, first byte lowest): this runs
// on every article without a declared language.
constexpr uint64_t pack(std::string_view w) {
  uint64_t v = 0;
  for (size_t k = w.size(); k-- > 0;) v = (v << 8) | static_cast<unsigned char>(w[k]);
  return v;
}
constexpr std::array<std::string_view, 37> kEnglishOnly = {
    "after", "and",  "are",   "at",  "be",    "been",  "but",   "by",   "for", "from",
    "had",   "has",  "have",  "he",  "her",   "his",   "it",    "its",  "not", "of",
    "said",  "she",  "that",  "the", "their", "there", "they",  "this", "to",  "were",
    "what",  "when", "which", "who", "will",  "with",  "would",
};
constexpr size_t kMaxListed = 5;  // bytes of the longest listed word
// An open-addressing set of the packed words (0 marks an empty slot; no word packs to 0):
// one multiply and, nearly always, one probe per word of the sample.
constexpr size_t kSlots = 128;
constexpr size_t slot_of(uint64_t packed) { return (packed * 0x9E3779B97F4A7C15ULL) >> 57; }
struct PackedSet {
  std::array<uint64_t, kSlots> slots{};
  constexpr PackedSet() {
    for (std::string_view w : kEnglishOnly) {
      size_t i = slot_of(pack(w));
      while (slots[i] != 0) i = (i + 1) % kSlots;
      slots[i] = pack(w);
    }
  }
  constexpr bool contains(uint64_t packed) const {
    for (size_t i = slot_of(packed);; i = (i + 1) % kSlots) {
      if (slots[i] == packed) return true;
      if (slots[i] == 0) return false;
    }
  }
};
constexpr PackedSet kPackedEnglishOnly;
static_assert(kPackedEnglishOnly.contains(pack("which")) &&
              !kPackedEnglishOnly.contains(pack("in")));
constexpr uint64_t kPackedThe = pack("the");

// Per byte: the lower-case letter of an ASCII letter, else 0.
struct LowerTable {
  std::array<uint8_t, 256> lower{};
  constexpr LowerTable() {
    for (int c = 'a'; c <= 'z'; ++c) lower[c] = lower[c - 32] = static_cast<uint8_t>(c);
  }
};
constexpr LowerTable kLetters;

}  // namespace

bool is_obviously_english(std::string_view s, const ObviousEnglishOptions& options) {
  size_t words = 0, english = 0;
  unsigned the = 0;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // General punctuation U+2010..U+201F (dashes, curly quotes) is English typography; any
      // other non-ASCII character (a letter with a diacritic, another script) is left to CLD2.
      // A character cut at the end of the sample is fine.
      if (c != 0xE2) return false;
      if (i + 1 < s.size() && s[i + 1] != '\x80') return false;
      if (i + 2 < s.size() && (static_cast<unsigned char>(s[i + 2]) < 0x90 ||
                               static_cast<unsigned char>(s[i + 2]) > 0x9F)) {
        return false;
      }
      i += 3;
      continue;
    }
    uint8_t letter = kLetters.lower[c];
    if (!letter) {
      ++i;
      continue;
    }
    // The word, lower-cased and packed as in kPackedEnglishOnly (while it is short enough).
    uint64_t packed = 0;
    size_t n = 0;
    do {
      if (n < kMaxListed) packed |= uint64_t{letter} << (8 * n);
      ++n;
      ++i;
    } while (i < s.size() && (letter = kLetters.lower[static_cast<unsigned char>(s[i])]));
    ++words;
    if (n > kMaxListed) continue;
    if (kPackedEnglishOnly.contains(packed)) {
      ++english;
      the += packed == kPackedThe;
    }
  }
  return words >= options.min_words && the >= options.min_the &&
         static_cast<double>(english) >= options.min_english_share * static_cast<double>(words);
}

}  // namespace precis
