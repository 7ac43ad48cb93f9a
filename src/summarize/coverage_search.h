// Exact budgeted maximum coverage by depth-first branch and bound: the solver behind the
// concept method (the same optimum as the ILP of Gillick & Favre 2009, found much faster when,
// as in summaries, only a handful of sentences fit the budget).
//
// Items (sentences) have a cost and cover elements (concepts) with weights; an item may also
// carry a weight of its own. Maximise the total weight of covered elements plus item weights
// under the budget. The bound at each node is a fractional knapsack over the remaining items'
// current marginal gains, valid because coverage is submodular (the gain of a set is at most
// the sum of its items' gains). Deterministic: ties keep the first solution found in the
// density order. A node limit bounds the time on pathological inputs; the best solution found
// is returned then and `exact` says so.
#pragma once

#include <cstdint>
#include <vector>

namespace precis {

struct CoverageProblem {
  std::vector<double> element_weight;
  std::vector<double> item_weight;                 // per item (0 when none)
  std::vector<uint32_t> item_cost;
  std::vector<std::vector<uint32_t>> item_elements;  // sorted element ids per item
  uint64_t capacity = 0;
};

struct CoverageSolution {
  std::vector<uint32_t> items;  // chosen item indices
  double value = 0;
  bool exact = true;            // false when the node limit stopped the search
  uint64_t nodes = 0;
};

CoverageSolution solve_max_coverage(const CoverageProblem& problem, uint64_t node_limit = 2000000);

}  // namespace precis
