#include "text/utf8.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Utf8, ValidTextIsUnchanged) {
  std::string s = "Caracas — Guaidó 2019 日本";
  bool repaired = true;
  EXPECT_TRUE(is_valid_utf8(s));
  EXPECT_EQ(repair_utf8(s, &repaired), s);
  EXPECT_FALSE(repaired);
}

TEST(Utf8, InvalidBytesBecomeReplacementCharacters) {
  bool repaired = false;
  EXPECT_EQ(repair_utf8("a\xff" "b", &repaired), "a\xEF\xBF\xBD" "b");
  EXPECT_TRUE(repaired);
  // Truncated 3-byte sequence is one maximal subpart -> one U+FFFD.
  EXPECT_EQ(repair_utf8("x\xE2\x82"), "x\xEF\xBF\xBD");
  // Surrogate encoded in UTF-8 is invalid.
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
  // Overlong encoding of '/'.
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
  EXPECT_EQ(repair_utf8(std::string("a\0b", 3)), "ab");
}

TEST(Utf8, DecodeAndEncodeRoundTrip) {
  std::string s = "é€😀";
  size_t i = 0;
  std::string out;
  while (i < s.size()) append_utf8(decode_utf8(s, i), out);
  EXPECT_EQ(out, s);
  i = 0;
  EXPECT_EQ(decode_utf8("\x80", i), U'\xFFFD');
  EXPECT_EQ(i, 1u);
}

TEST(Utf8, PrefixEndsNeverSplitACharacter) {
  const std::string s = "ab\xC3\xA9" "cd";  // "abécd": é is bytes 2-3
  EXPECT_EQ(utf8_prefix_end(s, 10), s.size());
  EXPECT_EQ(utf8_prefix_end(s, 4), 4u);
  EXPECT_EQ(utf8_prefix_end(s, 3), 2u);  // would split é
  EXPECT_EQ(utf8_prefix_end(s, 0), 0u);
}

TEST(Utf8, WordPrefixEndsBetweenWords) {
  EXPECT_EQ(word_prefix_end("short text", 100), 10u);
  EXPECT_EQ(word_prefix_end("alpha beta gamma", 12), 10u);     // before "gamma"
  EXPECT_EQ(word_prefix_end("alpha beta\ngamma", 12), 10u);   // a line break counts too
  // No space in the second half of the limit: one giant token, cut at a character boundary.
  EXPECT_EQ(word_prefix_end("a " + std::string(20, 'x'), 12), 12u);
  const std::string accents = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // "éééé"
  EXPECT_EQ(word_prefix_end(accents, 5), 4u);
}

}  // namespace
}  // namespace precis
