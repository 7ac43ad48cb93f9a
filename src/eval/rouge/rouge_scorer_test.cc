#include <gtest/gtest.h>

#include "precis/rouge.h"

namespace precis {
namespace {

using Text = std::vector<std::string>;

std::unique_ptr<RougeScorer> make(const RougeOptions& options) {
  std::unique_ptr<RougeScorer> scorer;
  Status s = RougeScorer::Create(options, &scorer);
  EXPECT_TRUE(s.ok()) << s.message();
  return scorer;
}

TEST(RougeScorerTest, MetricNames) {
  RougeOptions o;
  o.max_n = 3;
  o.skip_bigram = true;
  o.skip_add_unigrams = true;
  EXPECT_EQ(make(o)->metric_names(),
            (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-L", "ROUGE-SU4"}));
  o.skip_distance = -1;
  o.skip_add_unigrams = false;
  o.lcs = false;
  o.max_n = 1;
  EXPECT_EQ(make(o)->metric_names(), (std::vector<std::string>{"ROUGE-1", "ROUGE-S*"}));
}

TEST(RougeScorerTest, OneReference) {
  auto scorer = make(RougeOptions{});
  // peer: the cat sat; model: the cat ran. Unigram hits 2 of 3, bigram hits 1 of 2, LCS 2.
  RougeClusterScores s = scorer->score({"The cat sat."}, {{"The cat ran."}});
  ASSERT_EQ(s.metrics.size(), 3u);
  EXPECT_DOUBLE_EQ(s.metrics[0].recall, 0.66667);
  EXPECT_DOUBLE_EQ(s.metrics[0].precision, 0.66667);
  EXPECT_DOUBLE_EQ(s.metrics[0].f, 0.66667);
  EXPECT_DOUBLE_EQ(s.metrics[1].recall, 0.5);
  EXPECT_DOUBLE_EQ(s.metrics[2].recall, 0.66667);
}

TEST(RougeScorerTest, PoolingOverReferences) {
  // peer "a b" (2 unigrams); model 1 "a c" (hit 1 of 2), model 2 "b c d" (hit 1 of 3).
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  auto pooled = make(o)->score({"a b"}, {{"a c"}, {"b c d"}});
  EXPECT_DOUBLE_EQ(pooled.metrics[0].recall, 0.4);     // (1 + 1) / (2 + 3)
  EXPECT_DOUBLE_EQ(pooled.metrics[0].precision, 0.5);  // (1 + 1) / (2 * 2)
  EXPECT_DOUBLE_EQ(pooled.metrics[0].f, 0.44444);      // 0.4 * 0.5 / (0.25 + 0.2)
  o.pooling = RougePooling::kBest;                     // model 1: recall 0.5 > 0.33333
  auto best = make(o)->score({"a b"}, {{"a c"}, {"b c d"}});
  EXPECT_DOUBLE_EQ(best.metrics[0].recall, 0.5);
  EXPECT_DOUBLE_EQ(best.metrics[0].precision, 0.5);
}

TEST(RougeScorerTest, AlphaWeightsRecallAndPrecision) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.alpha = 1.0;  // F = P
  auto s = make(o)->score({"a b"}, {{"a c"}, {"b c d"}});
  EXPECT_DOUBLE_EQ(s.metrics[0].f, 0.5);
}

TEST(RougeScorerTest, WordLimitAppliesToReferencesToo) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.max_words = 2;
  // peer cut to "x y", model cut to "x z": 1 hit of 2 each way.
  auto s = make(o)->score({"x y w"}, {{"x z y"}});
  EXPECT_DOUBLE_EQ(s.metrics[0].recall, 0.5);
  EXPECT_DOUBLE_EQ(s.metrics[0].precision, 0.5);
}

// -b: ROUGE-N reads "aaa bbb" + "ccc" (10 bytes), ROUGE-L keeps "aaa bbb" and "ccc ddd ee" (the
// first line of >= 10 bytes, cut to 10). ROUGE-L hits are clipped by the ROUGE-N reading
// (aaa bbb ccc = 3) and its recall divides by the ROUGE-L model length (5 words).
TEST(RougeScorerTest, ByteLimitQuirkOfRougeL) {
  RougeOptions o;
  o.max_n = 1;
  o.max_bytes = 10;
  Text text = {"aaa bbb", "ccc ddd eee"};
  auto s = make(o)->score(text, {text});
  EXPECT_DOUBLE_EQ(s.metrics[0].recall, 1.0);
  EXPECT_DOUBLE_EQ(s.metrics[1].recall, 0.6);
  EXPECT_DOUBLE_EQ(s.metrics[1].precision, 1.0);
  EXPECT_DOUBLE_EQ(s.metrics[1].f, 0.75);
}

TEST(RougeScorerTest, SkipBigramsWithUnigrams) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.skip_bigram = true;
  o.skip_add_unigrams = true;
  // peer "a b c": pairs ab ac bc + unigrams a b = 5; model "a c": pair ac + unigram a = 2.
  auto s = make(o)->score({"a b c"}, {{"a c"}});
  EXPECT_DOUBLE_EQ(s.metrics[1].recall, 1.0);
  EXPECT_DOUBLE_EQ(s.metrics[1].precision, 0.4);
}

TEST(RougeScorerTest, StemmingAndStopWordsUseBundledLists) {
  RougeOptions o;
  o.max_n = 1;
  o.lcs = false;
  o.stem = true;
  auto stemmed = make(o)->score({"the children bought cats"}, {{"a child bought a cat"}});
  // the child buy cat vs a child buy a cat: 3 hits of 5 model words. ("buys" would not do:
  // Porter makes it "bui".)
  EXPECT_DOUBLE_EQ(stemmed.metrics[0].recall, 0.6);
  o.remove_stopwords = true;  // "the" and "a" are SMART stop words
  auto no_stop = make(o)->score({"the children bought cats"}, {{"a child bought a cat"}});
  EXPECT_DOUBLE_EQ(no_stop.metrics[0].recall, 1.0);
}

TEST(RougeScorerTest, EmptyPeerOrNoReferenceScoresZero) {
  auto scorer = make(RougeOptions{});
  for (const RougeScore& m : scorer->score({"."}, {{"a b c"}}).metrics) {
    EXPECT_EQ(m.recall, 0);
    EXPECT_EQ(m.f, 0);
  }
  for (const RougeScore& m : scorer->score({"a b"}, {}).metrics) EXPECT_EQ(m.precision, 0);
}

TEST(RougeScorerTest, BadOptionsAndMissingData) {
  std::unique_ptr<RougeScorer> scorer;
  RougeOptions o;
  o.alpha = 2;
  EXPECT_FALSE(RougeScorer::Create(o, &scorer).ok());
  o = RougeOptions{};
  o.stem = true;
  o.data_dir = "/nonexistent";
  Status s = RougeScorer::Create(o, &scorer);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/rouge/adj.exc"), std::string::npos);
}

TEST(RougeAverageTest, SortsByKeyAndReportsThePlainMean) {
  RougeOptions o;
  RougeClusterScores a{{{0.2, 0.4, 0.3}}}, b{{{0.6, 0.8, 0.7}}};
  auto forward = rouge_average({"c1", "c2"}, "sys", {a, b}, o);
  auto backward = rouge_average({"c2", "c1"}, "sys", {b, a}, o);
  ASSERT_EQ(forward.size(), 1u);
  EXPECT_EQ(forward[0].average.recall, backward[0].average.recall);
  EXPECT_EQ(forward[0].ci_high.f, backward[0].ci_high.f);
  EXPECT_DOUBLE_EQ(forward[0].mean.recall, 0.4);
  EXPECT_DOUBLE_EQ(forward[0].mean.precision, 0.6);
  EXPECT_GE(forward[0].ci_low.recall, 0.2);
  EXPECT_LE(forward[0].ci_high.recall, 0.6);
}

}  // namespace
}  // namespace precis
