#include "eval/cluster_metrics.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace precis {
namespace {

double ratio(double num, double den) { return den > 0 ? num / den : 1.0; }
double harmonic(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }
double choose2(double n) { return n * (n - 1) / 2; }

bool intersect(const std::vector<int>& a, const std::vector<int>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    a[i] < b[j] ? ++i : ++j;
  }
  return false;
}

// Items reduced to integers: each gold item has a label-set group (items with the same set of
// gold labels share a group) and a predicted cluster. All counts below are over groups, so the
// cost is O(groups^2 + sum over clusters of groups-in-cluster^2), not O(items^2).
struct Encoded {
  std::vector<std::vector<int>> group_sets;  // sorted label ids per group
  std::vector<int> item_group, item_cluster, item_primary;
  std::vector<std::vector<int>> item_labels;  // label ids in the order given
  int clusters = 0;
};

Encoded encode(const std::unordered_map<std::string, std::vector<std::string>>& gold,
               const std::unordered_map<std::string, std::string>& pred, ClusterScores* s) {
  std::vector<std::string> items;
  for (const auto& [id, _] : gold) items.push_back(id);
  std::sort(items.begin(), items.end());  // deterministic numbering
  Encoded e;
  std::map<std::string, int> label_ids, cluster_ids;
  std::map<std::vector<int>, int> group_ids;
  for (const std::string& id : items) {
    std::vector<std::string> names = gold.at(id);
    if (names.empty()) names.push_back("\x01unlabelled:" + id);  // a class of its own
    std::vector<int> ls;
    for (const std::string& l : names) {
      auto [it, _] = label_ids.emplace(l, static_cast<int>(label_ids.size()));
      ls.push_back(it->second);
    }
    e.item_labels.push_back(ls);
    e.item_primary.push_back(ls.front());
    std::vector<int> set = ls;
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    auto [g, fresh] = group_ids.emplace(set, static_cast<int>(e.group_sets.size()));
    if (fresh) e.group_sets.push_back(set);
    e.item_group.push_back(g->second);
    auto p = pred.find(id);
    std::string cluster = p != pred.end() ? "p:" + p->second : "missing:" + id;
    if (p == pred.end()) ++s->missing_in_pred;
    auto [c, _] = cluster_ids.emplace(cluster, static_cast<int>(cluster_ids.size()));
    e.item_cluster.push_back(c->second);
  }
  e.clusters = static_cast<int>(cluster_ids.size());
  for (const auto& [id, _] : pred) s->extra_in_pred += gold.count(id) == 0;
  s->gold_clusters = label_ids.size();
  s->pred_clusters = cluster_ids.size();
  return e;
}

void pairwise_and_bcubed(const Encoded& e, ClusterScores* s) {
  const size_t n = e.item_group.size(), groups = e.group_sets.size();
  std::vector<double> group_size(groups, 0);
  for (int g : e.item_group) group_size[g]++;
  std::vector<std::vector<char>> meets(groups, std::vector<char>(groups));
  for (size_t g = 0; g < groups; ++g)
    for (size_t h = 0; h < groups; ++h) meets[g][h] = intersect(e.group_sets[g], e.group_sets[h]);
  // together[g]: items (any, including itself) that belong with an item of group g in gold.
  std::vector<double> together(groups, 0);
  double gold_ordered = 0;
  for (size_t g = 0; g < groups; ++g) {
    for (size_t h = 0; h < groups; ++h) together[g] += meets[g][h] ? group_size[h] : 0;
    gold_ordered += group_size[g] * together[g];
  }
  // Per predicted cluster, its items counted by group.
  std::vector<std::map<int, double>> by_cluster(e.clusters);
  for (size_t i = 0; i < n; ++i) by_cluster[e.item_cluster[i]][e.item_group[i]]++;
  double correct_ordered = 0, pred_pairs = 0, bp = 0, br = 0;
  for (const auto& members : by_cluster) {
    double size = 0;
    for (const auto& [g, m] : members) size += m;
    pred_pairs += choose2(size);
    for (const auto& [g, m] : members) {
      double within = 0;  // items of this cluster that belong with an item of group g
      for (const auto& [h, mh] : members) within += meets[g][h] ? mh : 0;
      correct_ordered += m * within;
      bp += m * within / size;
      br += m * within / together[g];
    }
  }
  double correct_pairs = (correct_ordered - n) / 2, gold_pairs = (gold_ordered - n) / 2;
  s->pair_precision = ratio(correct_pairs, pred_pairs);
  s->pair_recall = ratio(correct_pairs, gold_pairs);
  s->pair_f1 = harmonic(s->pair_precision, s->pair_recall);
  s->bcubed_precision = n ? bp / n : 1.0;
  s->bcubed_recall = n ? br / n : 1.0;
  s->bcubed_f1 = harmonic(s->bcubed_precision, s->bcubed_recall);
}

void nmi_and_ari(const Encoded& e, ClusterScores* s) {
  const size_t n = e.item_group.size();
  if (n == 0) return;
  // Primary-label counts per predicted cluster, to resolve items with several gold labels.
  std::vector<std::map<int, int>> primary(e.clusters);
  for (size_t i = 0; i < n; ++i) primary[e.item_cluster[i]][e.item_primary[i]]++;
  std::map<std::pair<int, int>, double> cells;
  std::map<int, double> rows, cols;
  for (size_t i = 0; i < n; ++i) {
    const auto& counts = primary[e.item_cluster[i]];
    int best = e.item_labels[i].front(), best_count = -1;
    for (int l : e.item_labels[i]) {
      auto it = counts.find(l);
      int c = (it == counts.end() ? 0 : it->second) - (l == e.item_primary[i]);  // others only
      if (c > best_count) best = l, best_count = c;
    }
    cells[{e.item_cluster[i], best}]++;
    rows[e.item_cluster[i]]++;
    cols[best]++;
  }
  const double N = static_cast<double>(n);
  double mi = 0, hr = 0, hc = 0, sum_cells = 0, sum_rows = 0, sum_cols = 0;
  for (const auto& [k, v] : cells) {
    mi += v / N * std::log(N * v / (rows[k.first] * cols[k.second]));
    sum_cells += choose2(v);
  }
  for (const auto& [_, v] : rows) hr -= v / N * std::log(v / N), sum_rows += choose2(v);
  for (const auto& [_, v] : cols) hc -= v / N * std::log(v / N), sum_cols += choose2(v);
  double mean_h = (hr + hc) / 2;
  s->nmi = mean_h > 0 ? std::max(0.0, mi / mean_h) : 1.0;  // both trivial: identical partitions
  double expected = N > 1 ? sum_rows * sum_cols / choose2(N) : 0;
  double max_index = (sum_rows + sum_cols) / 2;
  s->ari = max_index - expected != 0 ? (sum_cells - expected) / (max_index - expected) : 1.0;
}

}  // namespace

ClusterScores score_clustering(
    const std::unordered_map<std::string, std::vector<std::string>>& gold,
    const std::unordered_map<std::string, std::string>& pred) {
  ClusterScores s;
  s.items = gold.size();
  Encoded e = encode(gold, pred, &s);
  pairwise_and_bcubed(e, &s);
  nmi_and_ari(e, &s);
  return s;
}

}  // namespace precis
