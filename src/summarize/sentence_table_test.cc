#include "summarize/sentence_table.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "precis/summarize.h"

namespace precis {
namespace {

// Words as the table counts them: maximal runs of bytes other than ' ', '\n', '\t', '\r'.
uint32_t plain_word_count(std::string_view s) {
  uint32_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    n += !space && !in_word;
    in_word = !space;
  }
  return n;
}

// Random prose with every kind of white space, other control bytes and long words, so that the
// block-wise word count meets words across block edges and blocks of all sizes.
TEST(SentenceTable, WordCountsMatchAPlainCount) {
  const std::vector<std::string> pieces = {
      "The",  "minister", "said", "internationalisation",
      "a",    "of",       "3.5",  "\xE2\x80\x9Cquote\xE2\x80\x9D",
      " ",    "  ",       "\t",   "\n",
      "\r\n", "\x0B",     ",",    "."};
  std::mt19937 rng(11);
  size_t sentences = 0;
  for (int n = 0; n < 200; ++n) {
    std::string text = "Officials";
    size_t parts = 10 + rng() % 200;
    for (size_t k = 0; k < parts; ++k) {
      text += pieces[rng() % pieces.size()];
      if (rng() % 3) text += ' ';
    }
    text += ".";
    Cluster c;
    c.id = "random";
    Article a;
    a.id = "a";
    a.lang = "en";
    a.text = text;
    c.articles.push_back(a);
    SentenceTable t = build_sentence_table(c, SummarizeOptions{});
    for (const SentenceInfo& s : t.sentences) {
      std::string_view span = std::string_view(text).substr(s.begin, s.end - s.begin);
      EXPECT_EQ(s.words, plain_word_count(span)) << span;
      ++sentences;
    }
  }
  EXPECT_GT(sentences, 200u);
}

// A 5 MB "sentence" (words without an end mark) is not chosen and only its opening is analysed:
// the table holds a few thousand terms, not a million, and the prose after it is still there.
TEST(SentenceTable, HugeSentenceIsAnalysedOnlyAtItsOpening) {
  std::string text;
  for (int i = 0; i < 1'000'000; ++i) text += "word ";
  text += "\n\nThe minister said on Monday that the bridge would open again next week.";
  Cluster c;
  Article a;
  a.id = "a";
  a.text = text;
  c.articles.push_back(a);
  SentenceTable t = build_sentence_table(c, SummarizeOptions{});
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_FALSE(t.sentences[0].selectable);
  EXPECT_EQ(t.sentences[0].words, 1'000'000u);  // the display text is still counted whole
  EXPECT_LE(t.sentences[0].terms_end - t.sentences[0].terms_begin, 8192u / 5 + 1);
  EXPECT_TRUE(t.sentences[1].selectable);
  EXPECT_EQ(t.sentences[1].terms_end - t.sentences[1].terms_begin, 13u);  // 13 words
}

}  // namespace
}  // namespace precis
