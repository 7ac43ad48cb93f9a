// TF-IDF weights inside one cluster, for the vector-space methods (centroid, LexRank).
// idf(t) = log(1 + N / df(t)) over the cluster's articles (N articles, df articles containing t):
// a cluster is its own corpus, so no background collection is needed for any language.
#pragma once

#include <cstdint>
#include <vector>

#include "summarize/sentence_table.h"

namespace precis {

struct TermWeights {
  std::vector<double> idf;      // per stem id
  std::vector<uint32_t> df;     // articles containing the stem
  std::vector<uint32_t> tf;     // occurrences in the cluster
};

TermWeights compute_term_weights(const SentenceTable& table);

// Sparse tf-idf vector of one sentence over content stems: (stem id, weight), sorted by id.
std::vector<std::pair<uint32_t, double>> sentence_vector(const SentenceTable& table,
                                                         const TermWeights& w, uint32_t s);

double cosine(const std::vector<std::pair<uint32_t, double>>& a,
              const std::vector<std::pair<uint32_t, double>>& b);

}  // namespace precis
