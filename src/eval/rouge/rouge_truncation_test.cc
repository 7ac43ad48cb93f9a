#include "eval/rouge/rouge_truncation.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

using Lines = std::vector<std::string>;

TEST(RougeTruncationTest, NoLimitLowerCasesAsciiAndSkipsEmptyLines) {
  EXPECT_EQ(truncate_text({"The CAT", "", "\xC3\x89T\xC3\x89"}, 0, 0),
            (Lines{"the cat", "\xC3\x89t\xC3\x89"}));
}

TEST(RougeTruncationTest, WordLimitCutsTheLineThatReachesIt) {
  EXPECT_EQ(truncate_text({"A b c", "d e f"}, 4, 0), (Lines{"a b c", "d"}));
  // count + words < limit keeps a line whole; reaching the limit exactly cuts (and stops).
  EXPECT_EQ(truncate_text({"a b c", "d e f"}, 3, 0), (Lines{"a b c"}));
  // Punctuation-only fields count as words.
  EXPECT_EQ(truncate_text({"x -- y z"}, 2, 0), (Lines{"x --"}));
}

TEST(RougeTruncationTest, LeadingWhitespaceCountsAsAWordLikePerlSplit) {
  EXPECT_EQ(truncate_text({" a b"}, 2, 0), (Lines{" a"}));
}

TEST(RougeTruncationTest, ByteLimitCountsLineBytesWithoutJoiningSpaces) {
  EXPECT_EQ(truncate_text({"abcd", "efgh", "ijkl"}, 0, 6), (Lines{"abcd", "ef"}));
}

TEST(RougeTruncationTest, LcsReadingKeepsEveryShortLineUnderByteLimit) {
  // readText_LCS never advances its byte counter: lines shorter than the limit all stay, the
  // first line of >= limit bytes is cut to `limit` bytes and ends the text.
  EXPECT_EQ(truncate_for_lcs({"abcd", "efgh", "ijklmnop", "q"}, 0, 6),
            (Lines{"abcd", "efgh", "ijklmn"}));
  // With a word limit both readings agree.
  EXPECT_EQ(truncate_for_lcs({"a b c", "d e f"}, 4, 0), (Lines{"a b c", "d"}));
}

}  // namespace
}  // namespace precis::rouge
