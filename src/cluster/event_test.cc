#include "cluster/event.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(Event, CentroidIsTheNormalisedSumAndStaysBounded) {
  Event e;
  e.add_vector({{1, 0.6f}, {2, 0.8f}}, 10);
  e.add_vector({{2, 0.6f}, {3, 0.8f}}, 10);
  // Sums: 1 -> 0.6, 2 -> 1.4, 3 -> 0.8; norm sqrt(0.36 + 1.96 + 0.64) = sqrt(2.96).
  ASSERT_EQ(e.centroid.size(), 3u);
  EXPECT_NEAR(weight_of(e.centroid, 2), 1.4 / std::sqrt(2.96), 1e-6);
  for (uint32_t t = 10; t < 100; ++t) e.add_vector({{t, 1.0f}}, 5);
  EXPECT_LE(e.centroid.size(), 5u);
  EXPECT_LE(e.sums.size(), 20u);
}

TEST(Event, NearestRecentRemembersOnlyTheNewestMembers) {
  Event e;
  EXPECT_EQ(e.nearest_recent({{1, 1.0f}}), 0.0);
  e.add_recent({{1, 1.0f}}, 2);
  e.add_recent({{2, 1.0f}}, 2);
  EXPECT_NEAR(e.nearest_recent({{1, 1.0f}}), 1.0, 1e-6);
  EXPECT_NEAR(e.nearest_recent({{1, 0.6f}, {2, 0.8f}}), 0.8, 1e-6);
  e.add_recent({{3, 1.0f}}, 2);  // overwrites member 1, the oldest
  EXPECT_EQ(e.recent.size(), 2u);
  EXPECT_EQ(e.nearest_recent({{1, 1.0f}}), 0.0);
  EXPECT_NEAR(e.nearest_recent({{3, 1.0f}}), 1.0, 1e-6);
}

TEST(Event, NameCentroidIsUnitLengthAndBounded) {
  Event e;
  e.add_names({}, 4);
  EXPECT_TRUE(e.names.empty());
  e.add_names({{7, 0.6f}, {9, 0.8f}}, 4);
  e.add_names({{9, 1.0f}}, 4);
  EXPECT_NEAR(cosine(e.names, e.names), 1.0, 1e-6);
  EXPECT_GT(weight_of(e.names, 9), weight_of(e.names, 7));
  for (uint32_t t = 10; t < 60; ++t) e.add_names({{t, 1.0f}}, 4);
  EXPECT_LE(e.names.size(), 4u);
  EXPECT_LE(e.name_sums.size(), 16u);
}

TEST(Event, TimeSpanAndGap) {
  Event e;
  EXPECT_EQ(e.gap_days(12345), 0.0);
  e.add_time(10 * 86400);
  e.add_time(12 * 86400);
  e.add_time(11 * 86400);
  EXPECT_EQ(e.first_seen, 10 * 86400);
  EXPECT_EQ(e.last_seen, 12 * 86400);
  EXPECT_EQ(e.gap_days(11 * 86400), 0.0);
  EXPECT_EQ(e.gap_days(15 * 86400), 3.0);
  EXPECT_EQ(e.gap_days(8 * 86400), 2.0);
}

}  // namespace
}  // namespace precis
