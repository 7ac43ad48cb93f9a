#include "cluster/merge_score.h"

#include <gtest/gtest.h>

#include <cmath>

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

TEST(MergeScore, DecayStopsAtTheFloor) {
  MergeEvidence e{.centroid = 0.4, .nearest = 0, .names = 0, .gap_days = 90};
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 30, 0}), 0.05, 1e-12);   // no floor: 3 half-lives
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 30, 0.5}), 0.2, 1e-12);  // stops at one half-life
  e.gap_days = 15;
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 30, 0.5}), 0.4 * std::exp2(-0.5), 1e-12);  // above it
  EXPECT_NEAR(merge_score(e, {1, 0, 0, 30, 2.0}), 0.4, 1e-12);  // a floor above 1 means 1
}

TEST(MergeScore, MemberScorePutsTheNearestMemberInPlaceOfTheCentroid) {
  MergeEvidence e{.centroid = 0.3, .nearest = 0.1, .names = 0.5, .gap_days = 30};
  const MergeWeights w{0.8, 0, 0.2, 30, 0.6};
  EXPECT_NEAR(member_score(e, w), (0.8 * 0.1 + 0.2 * 0.5) * 0.6, 1e-12);  // decayed to the floor
  EXPECT_NEAR(merge_score(e, w), (0.8 * 0.3 + 0.2 * 0.5) * 0.6, 1e-12);
  EXPECT_LT(member_score(e, w), merge_score(e, w));
}

TEST(JoinFeatures, InTheDocumentedOrder) {
  MergeEvidence e{.centroid = 0.3, .nearest = 0.4, .names = 0.5, .gap_days = std::exp(1.0) - 1};
  double f[kJoinFeatureCount];
  join_features(e, 0.25, 0.1, 1, f);
  EXPECT_DOUBLE_EQ(f[kJoinCentroid], 0.3);
  EXPECT_DOUBLE_EQ(f[kJoinNames], 0.5);
  EXPECT_DOUBLE_EQ(f[kJoinNearest], 0.4);
  EXPECT_NEAR(f[kJoinLogGap], 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(f[kJoinLogSize], 0.0);
  EXPECT_DOUBLE_EQ(f[kJoinSingleton], 1.0);
  EXPECT_DOUBLE_EQ(f[kJoinScore], 0.25);
  EXPECT_DOUBLE_EQ(f[kJoinMargin], 0.15);
  join_features(e, 0.25, -1, 8, f);  // no other candidate: the margin is the score
  EXPECT_DOUBLE_EQ(f[kJoinMargin], 0.25);
  EXPECT_NEAR(f[kJoinLogSize], std::log(8.0), 1e-12);
  EXPECT_DOUBLE_EQ(f[kJoinSingleton], 0.0);
}

TEST(JoinFeatures, LogitIsInterceptPlusWeightedSum) {
  double f[kJoinFeatureCount] = {0.5, 0.25, 0, 0, 0, 1, 0, 0};
  EXPECT_DOUBLE_EQ(join_logit(f, {-1.0, 2.0, 4.0}), -1.0 + 1.0 + 1.0);  // short model: rest 0
  std::vector<double> full(1 + kJoinFeatureCount, 0.0);
  full[1 + kJoinSingleton] = -3;
  EXPECT_DOUBLE_EQ(join_logit(f, full), -3.0);
  EXPECT_EQ(join_logit(f, {}), 0.0);
}

}  // namespace
}  // namespace precis
