#include "cluster/merge_score.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(MergeScore, WeightedMeanOfTheSimilarities) {
  MergeEvidence e{.centroid = 0.2, .nearest = 0.5, .names = 0.6, .gap_days = 0};
  EXPECT_DOUBLE_EQ(merge_score(e, {1, 0, 0, 30}), 0.2);  // plain centroid cosine
  EXPECT_DOUBLE_EQ(merge_score(e, {0.8, 0, 0.2, 30}), 0.8 * 0.2 + 0.2 * 0.6);
  EXPECT_DOUBLE_EQ(merge_score(e, {1, 1, 2, 30}), (0.2 + 0.5 + 1.2) / 4);
  EXPECT_EQ(merge_score(e, {0, 0, 0, 30}), 0.0);
}

TEST(MergeScore, HalvesPerHalfLifeOfGap) {
  MergeEvidence e{.centroid = 0.4, .nearest = 0, .names = 0, .gap_days = 30};
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 30}), 0.2, 1e-12);
  e.gap_days = 60;
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 30}), 0.1, 1e-12);
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 0}), 0.4, 1e-12);  // no half-life: no decay
}

}  // namespace
}  // namespace precis
