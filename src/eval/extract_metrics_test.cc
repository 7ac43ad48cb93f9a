#include "eval/extract_metrics.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  for (auto t : word_tokens(s)) out.emplace_back(t);
  return out;
}

TEST(WordTokens, MatchesPythonWordRuns) {
  EXPECT_EQ(tokens("don't stop, 3.14_x!"),
            (std::vector<std::string>{"don", "t", "stop", "3", "14_x"}));
  // Combining marks are not word characters in Python: "e\u0301" -> ["e"].
  EXPECT_EQ(tokens("e\xCC\x81"), (std::vector<std::string>{"e"}));
  // Hindi: the virama and vowel signs split the word (Mn/Mc).
  EXPECT_EQ(tokens("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80"),
            (std::vector<std::string>{"\xE0\xA4\xB9", "\xE0\xA4\xA8", "\xE0\xA4\xA6"}));
  EXPECT_EQ(tokens("\xC2\xBD and \xE2\x85\xA2"),  // No and Nl count
            (std::vector<std::string>{"\xC2\xBD", "and", "\xE2\x85\xA2"}));
}

TEST(NormalizeSpace, CollapsesUnicodeWhitespace) {
  EXPECT_EQ(normalize_space("  a\n\tb\xC2\xA0\xC2\xA0"
                            "c\xE3\x80\x80 "),
            "a b c");
}

TEST(BodyScore, PerfectAndDisjoint) {
  BodyScore s;
  s.add("one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(s.precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.recall(), 1.0);
  EXPECT_DOUBLE_EQ(s.accuracy(), 1.0);
  BodyScore d;
  d.add("one two three four", "five six seven eight");
  EXPECT_DOUBLE_EQ(d.precision(), 0.0);
  EXPECT_DOUBLE_EQ(d.recall(), 0.0);
  EXPECT_DOUBLE_EQ(d.f1(), 0.0);
}

TEST(BodyScore, PartialOverlapIsMacroAveraged) {
  BodyScore s;
  // Gold shingles: (a b c d), (b c d e). Predicted: (a b c d) only -> P = 1, R = 1/2.
  s.add("a b c d e", "a b c d");
  EXPECT_DOUBLE_EQ(s.precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  // An empty prediction: excluded from precision, recall 0.
  s.add("x y z w", "");
  EXPECT_DOUBLE_EQ(s.precision(), 1.0);
  EXPECT_DOUBLE_EQ(s.recall(), 0.25);
  EXPECT_NEAR(s.f1(), 2 * 1.0 * 0.25 / 1.25, 1e-12);
  EXPECT_DOUBLE_EQ(s.accuracy(), 0.0);
  // Short texts are one shingle of all their tokens; both empty is excluded from P and R.
  BodyScore t;
  t.add("", "");
  EXPECT_DOUBLE_EQ(t.precision(), 0.0);
  EXPECT_DOUBLE_EQ(t.accuracy(), 1.0);
  t.add("hi there", "hi there");
  EXPECT_DOUBLE_EQ(t.precision(), 1.0);
}

TEST(SnippetScore, CountsWithAndWithoutSnippets) {
  SnippetScore s;
  s.add({"the river  rose", "missing part"}, {"Share this", "Related"},
        std::string("The town. the river\nrose fast.\nShare this"));
  EXPECT_EQ(s.tp, 1u);
  EXPECT_EQ(s.fn, 1u);
  EXPECT_EQ(s.fp, 1u);
  EXPECT_EQ(s.tn, 1u);
  s.add({"a"}, {"b"}, std::nullopt);  // failed extraction
  EXPECT_EQ(s.fn, 2u);
  EXPECT_EQ(s.tn, 2u);
  EXPECT_DOUBLE_EQ(s.precision(), 0.5);
  EXPECT_NEAR(s.recall(), 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.f1(), 2.0 / (2 + 1 + 2), 1e-12);
  EXPECT_NEAR(s.accuracy(), 3.0 / 6, 1e-12);
}

TEST(DateScore, ExactDayOnly) {
  DateScore d;
  d.add("2020-01-05", "2020-01-05T10:00:00Z");
  d.add("2020-01-05", "2020-01-06");
  d.add("2020-01-05", "");
  d.add("", "2020-01-01");  // no gold: not scored
  EXPECT_EQ(d.pages, 3u);
  EXPECT_EQ(d.tp, 1u);
  EXPECT_EQ(d.fp, 1u);
  EXPECT_EQ(d.fn, 1u);
  EXPECT_DOUBLE_EQ(d.accuracy(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(d.precision(), 0.5);
  EXPECT_DOUBLE_EQ(d.recall(), 0.5);
}

}  // namespace
}  // namespace precis
