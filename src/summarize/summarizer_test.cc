#include <gtest/gtest.h>

#include <set>

#include "precis/summarize.h"
#include "summarize/duplicate_sentences.h"
#include "summarize/sentence_table.h"

namespace precis {
namespace {

Article make(const std::string& id, const std::string& text, const std::string& time = "") {
  Article a;
  a.id = id;
  a.text = text;
  a.lang = "en";
  return a;
}

Cluster embassy_cluster() {
  Cluster c;
  c.id = "embassy";
  c.articles.push_back(make(
      "a", "The United States will keep its diplomats in Venezuela despite the order to leave. "
           "Secretary of State Mike Pompeo said the embassy in Caracas would remain open. "
           "Opposition leader Juan Guaido declared himself interim president on Wednesday. "
           "EPA-EFE/CRISTIAN HERNANDEZ"));
  c.articles.push_back(make(
      "b", "Opposition leader Juan Guaido declared himself interim president on Wednesday. "
           "The United States recognised Guaido as the interim president of Venezuela. "
           "Maduro ordered American diplomats to leave the country within 72 hours."));
  c.articles.push_back(make(
      "c", "Nicolas Maduro ordered American diplomats to leave Venezuela within 72 hours. "
           "The United States said it would keep its diplomats in Venezuela. "
           "Pompeo said the United States recognised Guaido as interim president of Venezuela."));
  return c;
}

size_t words_of(const Summary& s) {
  size_t n = 0;
  for (auto& sent : s.sentences) {
    bool in = false;
    for (char ch : sent.text) {
      if (ch != ' ' && !in) ++n;
      in = ch != ' ';
    }
  }
  return n;
}

TEST(Summarize, EveryMethodRespectsTheWordBudget) {
  Cluster c = embassy_cluster();
  for (const auto& method : summarize_methods()) {
    for (size_t budget : {15, 30, 60}) {
      SummarizeOptions o;
      o.method = method;
      o.budget = budget;
      Summary s;
      ASSERT_TRUE(summarize(c, o, &s).ok()) << method;
      EXPECT_LE(words_of(s), budget) << method;
      EXPECT_EQ(s.words, words_of(s));
      EXPECT_FALSE(s.sentences.empty()) << method << " " << budget;
    }
  }
}

TEST(Summarize, ByteBudgetCountsJoinedBytes) {
  SummarizeOptions o;
  o.unit = SummarizeOptions::Unit::kBytes;
  o.budget = 200;
  Summary s;
  ASSERT_TRUE(summarize(embassy_cluster(), o, &s).ok());
  EXPECT_LE(s.bytes, 200u);
  EXPECT_GT(s.bytes, 50u);
}

TEST(Summarize, TruncateFillsTheBudgetExactly) {
  SummarizeOptions o;
  o.budget = 40;
  o.truncate_last = true;
  Summary s;
  Cluster c = embassy_cluster();
  c.articles.push_back(make("d", "Oil prices rose sharply in New York as traders weighed the "
                                 "risk of sanctions on the Venezuelan state oil company PDVSA."));
  ASSERT_TRUE(summarize(c, o, &s).ok());
  EXPECT_EQ(s.words, 40u);
  EXPECT_NE(s.sentences.back().text.find("..."), std::string::npos);
}

TEST(Summarize, DuplicatesAreCitedNotRepeated) {
  Cluster c = embassy_cluster();
  SummarizeOptions o;
  o.budget = 100;
  Summary s;
  ASSERT_TRUE(summarize(c, o, &s).ok());
  std::set<std::string> texts;
  for (const auto& sent : s.sentences) {
    EXPECT_TRUE(texts.insert(sent.text).second) << "repeated: " << sent.text;
    ASSERT_FALSE(sent.cites.empty());
    for (const auto& cite : sent.cites) {
      // Offsets point at the cited article's own sentence.
      const Article& a = c.articles[cite.article];
      EXPECT_EQ(a.id, cite.doc);
      ASSERT_LE(cite.end, a.text.size());
      EXPECT_LT(cite.start, cite.end);
    }
    // The text is exactly the first cited span.
    const auto& first = sent.cites[0];
    EXPECT_EQ(c.articles[first.article].text.substr(first.start, first.end - first.start),
              sent.text);
  }
  // "Guaido declared himself interim president" appears in a and b: if chosen, both cited.
  for (const auto& sent : s.sentences) {
    if (sent.text.find("declared himself") != std::string::npos) {
      ASSERT_EQ(sent.cites.size(), 2u);
      EXPECT_EQ(sent.cites[0].doc, "a");
      EXPECT_EQ(sent.cites[1].doc, "b");
    }
  }
}

TEST(Summarize, CreditsNeverBecomeSentences) {
  Summary s;
  SummarizeOptions o;
  o.budget = 200;
  ASSERT_TRUE(summarize(embassy_cluster(), o, &s).ok());
  for (const auto& sent : s.sentences) {
    EXPECT_EQ(sent.text.find("EPA-EFE"), std::string::npos) << sent.text;
  }
}

TEST(Summarize, ReadingOrderFollowsTimeThenPosition) {
  Cluster c = embassy_cluster();
  c.articles[0].time = 3000;
  c.articles[1].time = 1000;
  c.articles[2].time = 2000;
  SummarizeOptions o;
  o.budget = 200;
  o.method = "lead";
  Summary s;
  ASSERT_TRUE(summarize(c, o, &s).ok());
  int64_t last = INT64_MIN;
  for (const auto& sent : s.sentences) {
    int64_t t = *c.articles[sent.cites[0].article].time;
    EXPECT_GE(t, last);
    last = t;
  }
}

TEST(Summarize, SinceOnlyChoosesNewArticles) {
  Cluster c = embassy_cluster();
  c.articles[0].time = 1000;
  c.articles[1].time = 1000;
  c.articles[2].time = 5000;
  c.articles[2].text += " Russia and China condemned the decision and backed the Maduro government.";
  SummarizeOptions o;
  o.since = 2000;
  Summary s;
  ASSERT_TRUE(summarize(c, o, &s).ok());
  ASSERT_FALSE(s.sentences.empty());
  for (const auto& sent : s.sentences) EXPECT_EQ(sent.cites[0].doc, "c");
  // What c repeats from older articles is not new: only the new sentence is chosen.
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_NE(s.sentences[0].text.find("Russia and China"), std::string::npos);
}

TEST(Summarize, QueryPrefersSentencesAboutIt) {
  SummarizeOptions o;
  o.budget = 15;
  o.query = "Maduro order 72 hours";
  Summary s;
  ASSERT_TRUE(summarize(embassy_cluster(), o, &s).ok());
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_NE(s.sentences[0].text.find("72 hours"), std::string::npos) << s.sentences[0].text;
}

TEST(Summarize, BadInputGivesErrorsNotCrashes) {
  Summary s;
  SummarizeOptions o;
  Cluster empty;
  EXPECT_FALSE(summarize(empty, o, &s).ok());
  Cluster blank;
  blank.articles.push_back(make("x", "   \n "));
  EXPECT_FALSE(summarize(blank, o, &s).ok());
  o.method = "nonsense";
  EXPECT_FALSE(summarize(embassy_cluster(), o, &s).ok());
  // Binary junk and a huge article are summarized without crashing.
  Cluster junk;
  std::string bytes;
  for (int i = 0; i < 100000; ++i) bytes.push_back(static_cast<char>((i * 131) % 251 + 1));
  junk.articles.push_back(make("j", bytes));
  std::string big;
  while (big.size() < (4u << 20)) big += "The council met again today to discuss the budget. ";
  junk.articles.push_back(make("big", big));
  SummarizeOptions ok;
  EXPECT_TRUE(summarize(junk, ok, &s).ok());
}

TEST(SentenceTable, DuplicateDetectionMarksLaterCopies) {
  Cluster c = embassy_cluster();
  SummarizeOptions o;
  SentenceTable t = build_sentence_table(c, o);
  SentenceSimilarity sim(t);
  sim.mark_duplicates();
  size_t dups = 0;
  for (const auto& s : t.sentences) dups += s.duplicate_of >= 0;
  EXPECT_GE(dups, 1u);
  for (const auto& s : t.sentences) {
    if (s.duplicate_of >= 0) {
      const auto& rep = t.sentences[s.duplicate_of];
      EXPECT_LT(rep.article, s.article);
    }
  }
}

}  // namespace
}  // namespace precis
