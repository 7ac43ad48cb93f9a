// Centroid-based summarization (Radev, Jing, Styś & Tam 2004, MEAD): the cluster centroid is
// the tf-idf vector of its most salient words; a sentence scores by the centroid weight of its
// words plus a position bonus, and sentences are taken greedily with a redundancy check.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>

#include "summarize/selection.h"
#include "summarize/term_weights.h"

namespace precis {

std::vector<uint32_t> rank_by_centroid(const SelectionInput& in) {
  const SentenceTable& table = in.table;
  TermWeights w = compute_term_weights(table);
  double n = std::max<size_t>(1, table.articles_with_text);
  // Centroid: average tf-idf per article; keep the top words (MEAD keeps those above a threshold).
  std::vector<double> centroid(w.idf.size(), 0);
  std::vector<std::pair<double, uint32_t>> ranked;
  for (uint32_t t = 0; t < w.idf.size(); ++t) {
    if (w.df[t] < 2 && table.articles_with_text > 2) continue;
    ranked.push_back({w.tf[t] / n * w.idf[t], t});
  }
  // The 100 best (value, id) pairs, in the order a full descending sort would give.
  size_t keep = std::min<size_t>(100, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(), std::greater<>());
  ranked.resize(keep);
  for (auto& [value, t] : ranked) centroid[t] = value;
  std::vector<char> in_query(w.idf.size(), 0);
  for (uint32_t t : in.query_terms) {
    if (t < in_query.size()) in_query[t] = 1;
  }
  std::vector<uint32_t> cands = candidate_sentences(table, in.budget);
  std::vector<double> score(table.sentences.size(), 0);
  // last_seen[t] == s: stem t already counted for sentence s (a stamp instead of a set per
  // sentence).
  std::vector<uint32_t> last_seen(w.idf.size(), UINT32_MAX);
  double best_centroid = 1e-9;
  const uint32_t* terms = table.terms.data();
  const uint8_t* stops = table.stops.data();
  for (uint32_t s : cands) {
    const SentenceInfo& info = table.sentences[s];
    double c = 0, q = 0;
    // Branch-free: whether a term is a stopword or seen already in the sentence is
    // unpredictable; adding 0.0 to a non-negative sum leaves it bit-identical.
    for (uint32_t k = info.terms_begin; k < info.terms_end; ++k) {
      const uint32_t t = terms[k];
      const bool use = (stops[k] == 0) & (last_seen[t] != s);
      last_seen[t] = use ? s : last_seen[t];
      c += use ? centroid[t] : 0.0;
      q += use ? in_query[t] : 0;
    }
    score[s] = c + q;
    best_centroid = std::max(best_centroid, score[s]);
  }
  for (uint32_t s : cands) {
    // Position: C_max / (1 + position), as in MEAD's positional feature.
    score[s] += best_centroid / (1.0 + table.sentences[s].position);
  }
  std::stable_sort(cands.begin(), cands.end(),
                   [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });
  return cands;
}

std::vector<uint32_t> select_centroid(const SelectionInput& in) {
  return fill_greedy(in, rank_by_centroid(in), 0.5);
}

}  // namespace precis
