// Clustering scores: a predicted flat clustering against gold labels, where a gold item may carry
// several labels (an article about two overlapping events) and counts as correct in any of them.
//
// The relation "i and j belong together in gold" is: their gold label sets intersect.
// - Pairwise (Miranda et al. 2018, "Multilingual clustering of streaming news", sec. 5): over all
//   unordered pairs of distinct items, a predicted pair (same predicted cluster) is correct when
//   the two items belong together in gold. P = correct predicted pairs / predicted pairs, R =
//   correct predicted pairs / gold pairs, F1 their harmonic mean.
// - B-cubed (Bagga & Baldwin 1998), extended to overlapping gold classes as in Amigó et al. 2009
//   ("A comparison of extrinsic clustering evaluation metrics", sec. 4.3) with predicted clusters
//   disjoint and gold multiplicity capped at 1 ("correct in any"): for each item e,
//   P(e) = |{e' in C(e) : e' together with e in gold}| / |C(e)| and
//   R(e) = |{e' in C(e) : e' together with e in gold}| / |{e' : e' together with e in gold}|,
//   e' ranging over all items including e; P and R are means over items, F1 their harmonic mean.
//   (Without the cap Amigó's recall for an item with two gold labels could never reach 1 for a
//   system that outputs one cluster per item.)
// - NMI and ARI need one gold label per item: an item with several takes the one most frequent
//   among the primary labels of the other items of its predicted cluster (ties: the first listed).
//   NMI is mutual information over the arithmetic mean of the two entropies; ARI is Hubert & Arabie
//   1985.
// Items present in gold but absent from the prediction count as predicted singletons; items only
// in the prediction are ignored. Both are counted in the result.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace precis {

struct ClusterScores {
  size_t items = 0;            // items scored (gold items)
  size_t missing_in_pred = 0;  // gold items the prediction did not mention (singletons)
  size_t extra_in_pred = 0;    // predicted items without gold (ignored)
  size_t gold_clusters = 0, pred_clusters = 0;
  double pair_precision = 0, pair_recall = 0, pair_f1 = 0;
  double bcubed_precision = 0, bcubed_recall = 0, bcubed_f1 = 0;
  double nmi = 0, ari = 0;
};

// gold: item -> its gold labels (first = primary; at least one). pred: item -> predicted cluster.
ClusterScores score_clustering(
    const std::unordered_map<std::string, std::vector<std::string>>& gold,
    const std::unordered_map<std::string, std::string>& pred);

}  // namespace precis
