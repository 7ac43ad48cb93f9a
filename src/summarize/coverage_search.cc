#include "summarize/coverage_search.h"

#include <algorithm>
#include <numeric>

namespace precis {
namespace {

class Search {
 public:
  Search(const CoverageProblem& p, uint64_t node_limit) : p_(p), node_limit_(node_limit) {
    size_t n = p.item_cost.size();
    covered_.assign(p.element_weight.size(), 0);
    // Marginal gains are kept up to date as items are taken and left (element -> items index),
    // so bounds read them instead of recomputing.
    element_items_.resize(p.element_weight.size());
    gains_.assign(n, 0);
    for (size_t j = 0; j < n; ++j) {
      gains_[j] = p.item_weight.empty() ? 0 : p.item_weight[j];
      for (uint32_t e : p.item_elements[j]) {
        element_items_[e].push_back(static_cast<uint32_t>(j));
        gains_[j] += p.element_weight[e];
      }
    }
    // Static branching order: initial density (gain per unit of cost), best first.
    order_.resize(n);
    std::iota(order_.begin(), order_.end(), 0);
    std::vector<double> density(n);
    for (size_t j = 0; j < n; ++j) density[j] = gain(j) / std::max<uint32_t>(1, p.item_cost[j]);
    std::stable_sort(order_.begin(), order_.end(),
                     [&](uint32_t a, uint32_t b) { return density[a] > density[b]; });
    scratch_.reserve(n);
  }

  CoverageSolution run() {
    greedy_incumbent();
    std::vector<uint32_t> chosen;
    dfs(0, p_.capacity, 0.0, chosen);
    best_.nodes = nodes_;
    best_.exact = nodes_ < node_limit_;
    return best_;
  }

 private:
  double gain(uint32_t j) const { return gains_[j]; }
  void take(uint32_t j, int delta) {
    for (uint32_t e : p_.item_elements[j]) {
      bool changes = delta > 0 ? covered_[e] == 0 : covered_[e] == 1;
      covered_[e] += delta;
      if (!changes) continue;
      double w = delta > 0 ? -p_.element_weight[e] : p_.element_weight[e];
      for (uint32_t k : element_items_[e]) gains_[k] += w;
    }
  }

  // Greedy by marginal density, then compared with the best single item: a good first bound.
  void greedy_incumbent() {
    uint64_t cap = p_.capacity;
    std::vector<uint32_t> chosen;
    double value = 0;
    std::vector<bool> used(order_.size(), false);
    while (true) {
      int64_t pick = -1;
      double best_density = 0, best_gain = 0;
      for (uint32_t j : order_) {
        if (used[j] || p_.item_cost[j] > cap) continue;
        double g = gain(j);
        double d = g / std::max<uint32_t>(1, p_.item_cost[j]);
        if (g > 0 && d > best_density) best_density = d, best_gain = g, pick = j;
      }
      if (pick < 0) break;
      used[pick] = true;
      chosen.push_back(static_cast<uint32_t>(pick));
      take(static_cast<uint32_t>(pick), +1);
      value += best_gain;
      cap -= p_.item_cost[pick];
    }
    for (uint32_t j : chosen) take(j, -1);
    best_.items = chosen;
    best_.value = value;
    for (uint32_t j : order_) {
      if (p_.item_cost[j] <= p_.capacity && gain(j) > best_.value) {
        best_.value = gain(j);
        best_.items = {j};
      }
    }
  }

  // Fractional knapsack over the current gains of order_[k..]: an upper bound on what the
  // remaining capacity can still add.
  double bound(size_t k, uint64_t cap) {
    scratch_.clear();
    for (size_t i = k; i < order_.size(); ++i) {
      uint32_t j = order_[i];
      if (p_.item_cost[j] > cap) continue;
      double g = gain(j);
      if (g > 0) scratch_.push_back({g / std::max<uint32_t>(1, p_.item_cost[j]), j});
    }
    // Only the densest few items fill the capacity: a heap pops them without sorting all.
    auto less_dense = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::make_heap(scratch_.begin(), scratch_.end(), less_dense);
    double total = 0;
    uint64_t left = cap;
    while (!scratch_.empty()) {
      std::pop_heap(scratch_.begin(), scratch_.end(), less_dense);
      auto [density, j] = scratch_.back();
      scratch_.pop_back();
      uint32_t c = p_.item_cost[j];
      if (c <= left) {
        total += density * c;
        left -= c;
      } else {
        total += density * left;
        break;
      }
    }
    return total;
  }

  void dfs(size_t k, uint64_t cap, double value, std::vector<uint32_t>& chosen) {
    if (++nodes_ >= node_limit_) return;
    if (value > best_.value + 1e-9) {
      best_.value = value;
      best_.items = chosen;
    }
    if (k >= order_.size()) return;
    if (value + bound(k, cap) <= best_.value + 1e-9) return;
    // Branch on the next item that fits and adds something: take it, then leave it.
    for (size_t i = k; i < order_.size(); ++i) {
      uint32_t j = order_[i];
      if (p_.item_cost[j] > cap) continue;
      double g = gain(j);
      if (g <= 0) continue;
      chosen.push_back(j);
      take(j, +1);
      dfs(i + 1, cap - p_.item_cost[j], value + g, chosen);
      take(j, -1);
      chosen.pop_back();
      if (nodes_ >= node_limit_) return;
      // Leaving j: the remaining items must beat the incumbent without it.
      if (value + bound(i + 1, cap) <= best_.value + 1e-9) return;
    }
  }

  const CoverageProblem& p_;
  uint64_t node_limit_;
  uint64_t nodes_ = 0;
  std::vector<uint32_t> order_;
  std::vector<int> covered_;
  std::vector<std::vector<uint32_t>> element_items_;
  std::vector<double> gains_;
  std::vector<std::pair<double, uint32_t>> scratch_;
  CoverageSolution best_;
};

}  // namespace

CoverageSolution solve_max_coverage(const CoverageProblem& problem, uint64_t node_limit) {
  if (problem.item_cost.empty()) return {};
  return Search(problem, node_limit).run();
}

}  // namespace precis
