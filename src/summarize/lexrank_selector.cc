// Continuous LexRank (Erkan & Radev 2004): sentences are nodes of a graph weighted by the
// tf-idf cosine of their words; the stationary distribution of a random walk on it (damping
// 0.85, power iteration) ranks them, and the summary takes the top ones greedily without
// repeating itself. The graph and the walk are in lexrank_graph.h.
#include <algorithm>

#include "summarize/lexrank_graph.h"
#include "summarize/selection.h"
#include "summarize/term_weights.h"

namespace precis {

std::vector<uint32_t> select_lexrank(const SelectionInput& in) {
  const SentenceTable& table = in.table;
  TermWeights w = compute_term_weights(table);
  std::vector<uint32_t> cands = candidate_sentences(table, in.budget);
  size_t n = cands.size();
  if (n == 0) return {};
  SparseVectors vectors;
  // Query bias (Otterbacher et al. 2005): the random jump prefers sentences about the query.
  std::vector<double> jump(n, 1.0);
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::pair<uint32_t, double>> v = sentence_vector(table, w, cands[i]);
    for (const auto& [t, x] : v) {
      if (std::find(in.query_terms.begin(), in.query_terms.end(), t) != in.query_terms.end())
        jump[i] += 1.0;
    }
    vectors.add(v);
  }
  double jump_sum = 0;
  for (double j : jump) jump_sum += j;
  for (double& j : jump) j /= jump_sum;
  // Continuous LexRank weighs edges by cosine; pairs at or below 0.01 (nearly orthogonal) get
  // no edge.
  SimilarityGraph graph = build_similarity_graph(vectors, table.vocab.size(), 0.01);
  std::vector<double> p = random_walk_scores(graph, jump);
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] > p[b]; });
  std::vector<uint32_t> ranked;
  for (size_t i : order) ranked.push_back(cands[i]);
  return fill_greedy(in, ranked, 0.5);
}

}  // namespace precis
