// Continuous LexRank (Erkan & Radev 2004): sentences are nodes of a graph weighted by the
// tf-idf cosine of their words; the stationary distribution of a random walk on it (damping
// 0.85, power iteration) ranks them, and the summary takes the top ones greedily without
// repeating itself.
#include <algorithm>
#include <cmath>

#include "summarize/selection.h"
#include "summarize/term_weights.h"

namespace precis {

std::vector<uint32_t> select_lexrank(const SelectionInput& in) {
  const SentenceTable& table = in.table;
  TermWeights w = compute_term_weights(table);
  std::vector<uint32_t> cands = candidate_sentences(table, in.budget);
  size_t n = cands.size();
  if (n == 0) return {};
  std::vector<std::vector<std::pair<uint32_t, double>>> vec(n);
  for (size_t i = 0; i < n; ++i) vec[i] = sentence_vector(table, w, cands[i]);
  // Query bias (Otterbacher et al. 2005): the random jump prefers sentences about the query.
  std::vector<double> jump(n, 1.0);
  if (!in.query_terms.empty()) {
    for (size_t i = 0; i < n; ++i) {
      for (auto& [t, x] : vec[i]) {
        if (std::find(in.query_terms.begin(), in.query_terms.end(), t) != in.query_terms.end())
          jump[i] += 1.0;
      }
    }
  }
  double jump_sum = 0;
  for (double j : jump) jump_sum += j;
  for (double& j : jump) j /= jump_sum;
  // Cosine similarities through an inverted index: only pairs sharing a word are touched
  // (the all-pairs loop was quadratic in the sentences of a 100-article cluster).
  std::vector<double> norm(n, 0);
  std::vector<std::vector<std::pair<uint32_t, double>>> postings(table.vocab.size());
  for (size_t i = 0; i < n; ++i) {
    for (auto& [t, x] : vec[i]) {
      norm[i] += x * x;
      postings[t].push_back({static_cast<uint32_t>(i), x});
    }
    norm[i] = std::sqrt(norm[i]);
  }
  std::vector<std::vector<std::pair<uint32_t, double>>> edges(n);
  std::vector<double> degree(n, 0), dot(n, 0);
  std::vector<uint32_t> touched;
  for (size_t i = 0; i < n; ++i) {
    touched.clear();
    for (auto& [t, x] : vec[i]) {
      for (auto& [j, y] : postings[t]) {
        if (j <= i) continue;
        if (dot[j] == 0) touched.push_back(j);
        dot[j] += x * y;
      }
    }
    for (uint32_t j : touched) {
      double c = norm[i] > 0 && norm[j] > 0 ? dot[j] / (norm[i] * norm[j]) : 0;
      dot[j] = 0;
      if (c <= 0.01) continue;
      edges[i].push_back({j, c});
      edges[j].push_back({static_cast<uint32_t>(i), c});
      degree[i] += c;
      degree[j] += c;
    }
  }
  const double d = 0.85;
  std::vector<double> p(n, 1.0 / n), next(n);
  for (int iter = 0; iter < 100; ++iter) {
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (degree[i] == 0) dangling += p[i];
    }
    for (size_t i = 0; i < n; ++i) next[i] = (1 - d) * jump[i] + d * dangling / n;
    for (size_t i = 0; i < n; ++i) {
      if (degree[i] == 0) continue;
      for (auto& [j, c] : edges[i]) next[j] += d * p[i] * c / degree[i];
    }
    double delta = 0;
    for (size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - p[i]);
    p.swap(next);
    if (delta < 1e-7) break;
  }
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] > p[b]; });
  std::vector<uint32_t> ranked;
  for (size_t i : order) ranked.push_back(cands[i]);
  return fill_greedy(in, ranked, 0.5);
}

}  // namespace precis
