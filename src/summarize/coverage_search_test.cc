#include "summarize/coverage_search.h"

#include <gtest/gtest.h>

#include <random>

namespace precis {
namespace {

double value_of(const CoverageProblem& p, const std::vector<uint32_t>& items, uint64_t* cost) {
  std::vector<bool> covered(p.element_weight.size(), false);
  double v = 0;
  *cost = 0;
  for (uint32_t j : items) {
    *cost += p.item_cost[j];
    v += p.item_weight[j];
    for (uint32_t e : p.item_elements[j]) {
      if (!covered[e]) v += p.element_weight[e];
      covered[e] = true;
    }
  }
  return v;
}

double brute_force(const CoverageProblem& p) {
  size_t n = p.item_cost.size();
  double best = 0;
  for (uint64_t mask = 0; mask < (1ull << n); ++mask) {
    std::vector<uint32_t> items;
    for (size_t j = 0; j < n; ++j) {
      if (mask >> j & 1) items.push_back(static_cast<uint32_t>(j));
    }
    uint64_t cost;
    double v = value_of(p, items, &cost);
    if (cost <= p.capacity) best = std::max(best, v);
  }
  return best;
}

CoverageProblem random_problem(std::mt19937& rng, size_t items, size_t elements) {
  CoverageProblem p;
  std::uniform_int_distribution<int> w(1, 10), c(8, 35), k(1, 6), e(0, int(elements) - 1);
  for (size_t i = 0; i < elements; ++i) p.element_weight.push_back(w(rng));
  for (size_t j = 0; j < items; ++j) {
    p.item_cost.push_back(c(rng));
    p.item_weight.push_back(rng() % 4 == 0 ? w(rng) : 0);
    std::vector<uint32_t> el;
    for (int t = k(rng); t > 0; --t) el.push_back(e(rng));
    std::sort(el.begin(), el.end());
    el.erase(std::unique(el.begin(), el.end()), el.end());
    p.item_elements.push_back(el);
  }
  p.capacity = 100;
  return p;
}

TEST(CoverageSearch, MatchesBruteForceOnRandomProblems) {
  std::mt19937 rng(42);
  for (int trial = 0; trial < 300; ++trial) {
    CoverageProblem p = random_problem(rng, 14, 20);
    CoverageSolution s = solve_max_coverage(p);
    uint64_t cost;
    double v = value_of(p, s.items, &cost);
    EXPECT_LE(cost, p.capacity);
    EXPECT_NEAR(v, s.value, 1e-9);
    EXPECT_NEAR(v, brute_force(p), 1e-9) << "trial " << trial;
    EXPECT_TRUE(s.exact);
  }
}

TEST(CoverageSearch, NodeLimitStillReturnsAFeasibleSolution) {
  std::mt19937 rng(7);
  CoverageProblem p = random_problem(rng, 300, 200);
  CoverageSolution s = solve_max_coverage(p, 50);
  uint64_t cost;
  EXPECT_GT(value_of(p, s.items, &cost), 0);
  EXPECT_LE(cost, p.capacity);
  EXPECT_FALSE(s.exact);
}

TEST(CoverageSearch, EmptyAndTooExpensive) {
  CoverageProblem p;
  EXPECT_TRUE(solve_max_coverage(p).items.empty());
  p.element_weight = {5};
  p.item_weight = {0};
  p.item_cost = {200};
  p.item_elements = {{0}};
  p.capacity = 100;
  EXPECT_TRUE(solve_max_coverage(p).items.empty());
}

}  // namespace
}  // namespace precis
