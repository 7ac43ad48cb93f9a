#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <chrono>

namespace precis {
namespace {

std::vector<std::string> split(const std::string& text, const std::string& lang = "en") {
  SentenceSplitter splitter(lang);
  std::vector<Span> spans;
  splitter.split(text, &spans);
  std::vector<std::string> out;
  for (auto s : spans) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitter, SimpleSentences) {
  EXPECT_EQ(split("The sky is blue. It rained! Did it? Yes."),
            (V{"The sky is blue.", "It rained!", "Did it?", "Yes."}));
}

TEST(SentenceSplitter, TitlesAndInitialsDoNotEndSentences) {
  EXPECT_EQ(split("Mr. Pompeo met Gen. Smith and J. R. Jones in Caracas. They talked."),
            (V{"Mr. Pompeo met Gen. Smith and J. R. Jones in Caracas.", "They talked."}));
}

TEST(SentenceSplitter, MilitaryRanks) {
  EXPECT_EQ(split("A court found Army Spc. Charles Graner and Pfc. Lynndie England guilty. "
                  "They appealed."),
            (V{"A court found Army Spc. Charles Graner and Pfc. Lynndie England guilty.",
               "They appealed."}));
}

TEST(SentenceSplitter, USAndMonthsMidSentence) {
  EXPECT_EQ(split("The U.S. Embassy opened on Jan. 5 at 10 a.m. local time. Staff stayed."),
            (V{"The U.S. Embassy opened on Jan. 5 at 10 a.m. local time.", "Staff stayed."}));
}

TEST(SentenceSplitter, AbbreviationCanEndASentenceBeforeAFunctionWord) {
  EXPECT_EQ(split("Diplomats will stay in the U.S. The decision was made Wednesday."),
            (V{"Diplomats will stay in the U.S.", "The decision was made Wednesday."}));
}

TEST(SentenceSplitter, QuotesAndParenthesesAroundSentenceEnds) {
  EXPECT_EQ(
      split("He said: \"We will stay.\" The embassy remains open. (It was closed.) Next."),
      (V{"He said: \"We will stay.\"", "The embassy remains open.", "(It was closed.)", "Next."}));
  EXPECT_EQ(split("\"Why?\" he asked. She left."), (V{"\"Why?\" he asked.", "She left."}));
  EXPECT_EQ(split("“We are here.” Maduro replied."), (V{"“We are here.”", "Maduro replied."}));
}

TEST(SentenceSplitter, NumbersAndDecimals) {
  EXPECT_EQ(split("Prices rose 3.5 percent in 1998. No. 5 was sold. It cost $4.50."),
            (V{"Prices rose 3.5 percent in 1998.", "No. 5 was sold.", "It cost $4.50."}));
}

TEST(SentenceSplitter, LineBreaksEndSentencesUnlessWrapped) {
  EXPECT_EQ(split("Headline without period\nThe story starts here.\n\nNew paragraph."),
            (V{"Headline without period", "The story starts here.", "New paragraph."}));
  EXPECT_EQ(split("A sentence wrapped\nacross two lines. Next one."),
            (V{"A sentence wrapped\nacross two lines.", "Next one."}));
}

TEST(SentenceSplitter, DatelineStaysWithItsSentence) {
  EXPECT_EQ(split("CARACAS, Venezuela (AP) -- Protesters marched. Police watched."),
            (V{"CARACAS, Venezuela (AP) -- Protesters marched.", "Police watched."}));
}

TEST(SentenceSplitter, OtherScripts) {
  EXPECT_EQ(split("今日は晴れです。明日は雨です。", "ja"),
            (V{"今日は晴れです。", "明日は雨です。"}));
  EXPECT_EQ(split("यह पहला वाक्य है। यह दूसरा है।", "hi"), (V{"यह पहला वाक्य है।", "यह दूसरा है।"}));
  EXPECT_EQ(split("Это первое. Это второе.", "ru"), (V{"Это первое.", "Это второе."}));
}

TEST(SentenceSplitter, EllipsisAndLowercaseContinuation) {
  EXPECT_EQ(split("He waited... Then he left. It was e.g. fine."),
            (V{"He waited...", "Then he left.", "It was e.g. fine."}));
}

TEST(SentenceSplitter, OffsetsPointIntoTheText) {
  std::string text = "  First one.   Second one.  ";
  SentenceSplitter s;
  std::vector<Span> spans;
  s.split(text, 0, text.size(), &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Second one.");
}

TEST(SentenceSplitter, JunkNeverCrashes) {
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  EXPECT_NO_FATAL_FAILURE(split(junk));
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split("   \n\n  ").empty());
  EXPECT_EQ(split("..."), (V{"..."}));
}

}  // namespace
}  // namespace precis

namespace precis {
namespace {

// Regression (found by fuzz/sentence_splitter_fuzz): words separated by U+3000 IDEOGRAPHIC SPACE
// made each period walk back to the start of the text to find "the word before it" (quadratic:
// minutes for a few hundred KB). The walk now sees U+3000 and is bounded.
TEST(SentenceSplitter, LongTextWithoutAsciiSpacesSplitsInLinearTime) {
  const std::string unit = "Ab.\xE3\x80\x80";
  const size_t n = 50000;
  std::string text;
  for (size_t i = 0; i < n; ++i) text += unit;
  SentenceSplitter splitter("en");
  std::vector<Span> spans;
  auto start = std::chrono::steady_clock::now();
  splitter.split(text, &spans);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(spans.size(), n);
  for (size_t i : {size_t{0}, size_t{1}, n - 1}) {
    EXPECT_EQ(text.substr(spans[i].begin, spans[i].end - spans[i].begin), "Ab.") << i;
  }
  EXPECT_LT(seconds, 5.0) << "splitting " << text.size() << " bytes took " << seconds << " s";
}

TEST(SentenceSplitter, IdeographicSpaceSeparatesWordsLikeASpace) {
  // "U.S." is an abbreviation after U+3000 as after ' ' (the word is "U.S", not the text before).
  EXPECT_EQ(split("Officials\xE3\x80\x80in\xE3\x80\x80the\xE3\x80\x80U.S.\xE3\x80\x80"
                  "Embassy "
                  "left.\xE3\x80\x80"),
            (V{"Officials\xE3\x80\x80in\xE3\x80\x80the\xE3\x80\x80U.S.\xE3\x80\x80"
               "Embassy left."}));
}

TEST(SentenceSplitter, LongWordBeforePeriodEndsSentence) {
  const std::string word(100, 'x');
  EXPECT_EQ(split("See " + word + ". The end."), (V{"See " + word + ".", "The end."}));
}

}  // namespace
}  // namespace precis
