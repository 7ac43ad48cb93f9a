#include "eval/rouge/rouge_bootstrap.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

// Values printed by Perl 5.36: perl -e 'srand(S); printf "%.17g %.17g\n", rand(), rand()'.
TEST(PerlDrand48Test, MatchesPerl) {
  PerlDrand48 zero(0), one(1), seven(7);
  EXPECT_DOUBLE_EQ(zero.next(), 0.17082803610628972);
  EXPECT_DOUBLE_EQ(zero.next(), 0.74990198048496381);
  EXPECT_DOUBLE_EQ(one.next(), 0.041630344771878214);
  EXPECT_DOUBLE_EQ(one.next(), 0.45449244472862915);
  EXPECT_DOUBLE_EQ(seven.next(), 0.2664441967654092);
}

TEST(BootstrapTest, ConfidenceIndicesOfRouge) {
  int low, high;
  confidence_indices(1000, 95, &low, &high);
  EXPECT_EQ(low, 25);
  EXPECT_EQ(high, 974);
  confidence_indices(100, 90, &low, &high);
  EXPECT_EQ(low, 5);
  EXPECT_EQ(high, 94);
}

TEST(BootstrapTest, ConstantScoresGiveThatScore) {
  BootstrapEstimate e = bootstrap_estimate({0.25, 0.25, 0.25}, 1000, 95);
  EXPECT_DOUBLE_EQ(e.average, 0.25);
  EXPECT_DOUBLE_EQ(e.ci_low, 0.25);
  EXPECT_DOUBLE_EQ(e.ci_high, 0.25);
}

TEST(BootstrapTest, IntervalBracketsTheAverage) {
  BootstrapEstimate e = bootstrap_estimate({0.1, 0.2, 0.3, 0.4, 0.9}, 1000, 95);
  EXPECT_LT(e.ci_low, e.average);
  EXPECT_GT(e.ci_high, e.average);
  EXPECT_NEAR(e.average, 0.38, 0.02);  // close to, but not exactly, the plain mean
  // One sample (b = 0, srand(0)) of two scores:
  BootstrapEstimate one = bootstrap_estimate({0.0, 1.0}, 1, 95);
  // draws: int(0.1708 * 2) = 0 -> 0.0, int(0.7499 * 2) = 1 -> 1.0: mean 0.5.
  EXPECT_DOUBLE_EQ(one.average, 0.5);
}

TEST(BootstrapTest, EmptyInput) {
  BootstrapEstimate e = bootstrap_estimate({}, 1000, 95);
  EXPECT_EQ(e.average, 0);
}

}  // namespace
}  // namespace precis::rouge
