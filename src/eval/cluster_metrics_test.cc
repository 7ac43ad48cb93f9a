#include "eval/cluster_metrics.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

using Gold = std::unordered_map<std::string, std::vector<std::string>>;
using Pred = std::unordered_map<std::string, std::string>;

// Gold {a,b,c} in X, {d,e} in Y; predicted {a,b}, {c,d,e}. Worked by hand:
// predicted pairs ab cd ce de, correct ab de -> P = 2/4; gold pairs ab ac bc de -> R = 2/4.
// B-cubed per item (P, R): a (1, 2/3), b (1, 2/3), c (1/3, 1/3), d (2/3, 1), e (2/3, 1)
// -> P = R = 11/15. ARI: index 2, expected 4*4/10, max 4 -> (2-1.6)/(4-1.6) = 1/6.
// NMI: both partitions are (2,3)/(3,2), H = 0.673012; MI = .4 ln(10/6) + .2 ln(5/9) + .4 ln(10/6)
// = 0.291103 -> 0.432538.
TEST(ClusterMetrics, HandWorkedExample) {
  Gold gold = {{"a", {"X"}}, {"b", {"X"}}, {"c", {"X"}}, {"d", {"Y"}}, {"e", {"Y"}}};
  Pred pred = {{"a", "1"}, {"b", "1"}, {"c", "2"}, {"d", "2"}, {"e", "2"}};
  ClusterScores s = score_clustering(gold, pred);
  EXPECT_EQ(s.items, 5u);
  EXPECT_EQ(s.gold_clusters, 2u);
  EXPECT_EQ(s.pred_clusters, 2u);
  EXPECT_DOUBLE_EQ(s.pair_precision, 0.5);
  EXPECT_DOUBLE_EQ(s.pair_recall, 0.5);
  EXPECT_DOUBLE_EQ(s.pair_f1, 0.5);
  EXPECT_NEAR(s.bcubed_precision, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_recall, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.bcubed_f1, 11.0 / 15, 1e-12);
  EXPECT_NEAR(s.ari, 1.0 / 6, 1e-12);
  EXPECT_NEAR(s.nmi, 0.432538, 1e-6);
}

// b belongs to X and Y; all three predicted together. Pairs: ab, bc correct, ac wrong -> P = 2/3,
// R = 2/2. B-cubed P: a 2/3, b 1, c 2/3 -> 7/9; R = 1. For NMI/ARI b takes X (primary labels in
// the others in its cluster: X once, Y once, tie -> first listed), and a single predicted cluster
// gives ARI 0 and NMI 0.
TEST(ClusterMetrics, ItemWithTwoGoldLabelsIsCorrectInEither) {
  Gold gold = {{"a", {"X"}}, {"b", {"X", "Y"}}, {"c", {"Y"}}};
  Pred pred = {{"a", "1"}, {"b", "1"}, {"c", "1"}};
  ClusterScores s = score_clustering(gold, pred);
  EXPECT_NEAR(s.pair_precision, 2.0 / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s.pair_recall, 1.0);
  EXPECT_NEAR(s.bcubed_precision, 7.0 / 9, 1e-12);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 1.0);
  EXPECT_NEAR(s.ari, 0.0, 1e-12);
  EXPECT_NEAR(s.nmi, 0.0, 1e-12);
  // Put b with c instead: still all correct pairs, recall drops (a alone).
  pred = {{"a", "1"}, {"b", "2"}, {"c", "2"}};
  s = score_clustering(gold, pred);
  EXPECT_DOUBLE_EQ(s.pair_precision, 1.0);
  EXPECT_DOUBLE_EQ(s.pair_recall, 0.5);
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1.0);
  // R: a 1/2 (with b in gold, not predicted), b 2/3 (a, b, c belong with b; b, c predicted), c 1.
  EXPECT_NEAR(s.bcubed_recall, (0.5 + 2.0 / 3 + 1.0) / 3, 1e-12);
  // b resolves to Y (the other item of its cluster, c, is Y) -> partitions identical.
  EXPECT_NEAR(s.ari, 1.0, 1e-12);
  EXPECT_NEAR(s.nmi, 1.0, 1e-12);
}

TEST(ClusterMetrics, PerfectAndAllSingletons) {
  Gold gold = {{"a", {"X"}}, {"b", {"X"}}, {"c", {"Y"}}, {"d", {"Z"}}};
  Pred perfect = {{"a", "p"}, {"b", "p"}, {"c", "q"}, {"d", "r"}};
  ClusterScores s = score_clustering(gold, perfect);
  EXPECT_DOUBLE_EQ(s.pair_f1, 1.0);
  EXPECT_DOUBLE_EQ(s.bcubed_f1, 1.0);
  EXPECT_NEAR(s.nmi, 1.0, 1e-12);
  EXPECT_NEAR(s.ari, 1.0, 1e-12);
  // Singletons: no predicted pairs (precision 1 by convention), recall 0 of the one gold pair.
  Pred singles = {{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}};
  s = score_clustering(gold, singles);
  EXPECT_DOUBLE_EQ(s.pair_precision, 1.0);
  EXPECT_DOUBLE_EQ(s.pair_recall, 0.0);
  EXPECT_DOUBLE_EQ(s.pair_f1, 0.0);
  // B-cubed recall: a 1/2, b 1/2, c 1, d 1 -> 3/4.
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 0.75);
  EXPECT_DOUBLE_EQ(s.ari, 0.0);
}

TEST(ClusterMetrics, MissingAndExtraItems) {
  Gold gold = {{"a", {"X"}}, {"b", {"X"}}};
  Pred pred = {{"a", "1"}, {"z", "1"}};
  ClusterScores s = score_clustering(gold, pred);
  EXPECT_EQ(s.missing_in_pred, 1u);  // b becomes a singleton
  EXPECT_EQ(s.extra_in_pred, 1u);    // z ignored
  EXPECT_DOUBLE_EQ(s.pair_recall, 0.0);
  EXPECT_DOUBLE_EQ(s.bcubed_precision, 1.0);
  EXPECT_DOUBLE_EQ(s.bcubed_recall, 0.5);
}

}  // namespace
}  // namespace precis
