// SparseVector: a term-weight vector as (term id, weight) pairs sorted by term id, the form in
// which articles and event centroids are compared (cosine = dot product of unit vectors).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace precis {

struct TermWeight {
  uint32_t term;
  float weight;
};

using SparseVector = std::vector<TermWeight>;

// Keeps the k heaviest entries (ties broken by term id, so results are deterministic), sorted by
// term id, scaled to unit length.
inline void keep_top_and_normalize(SparseVector* v, size_t k) {
  auto heavier = [](const TermWeight& a, const TermWeight& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  };
  if (v->size() > k) {
    std::nth_element(v->begin(), v->begin() + static_cast<std::ptrdiff_t>(k), v->end(), heavier);
    v->resize(k);
  }
  std::sort(v->begin(), v->end(),
            [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  double norm = 0;
  for (const TermWeight& t : *v) norm += static_cast<double>(t.weight) * t.weight;
  if (norm <= 0) {
    v->clear();
    return;
  }
  float inv = static_cast<float>(1.0 / std::sqrt(norm));
  for (TermWeight& t : *v) t.weight *= inv;
}

// Dot product of two vectors sorted by term id (the cosine when both have unit length).
inline double cosine(const SparseVector& a, const SparseVector& b) {
  double dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      dot += static_cast<double>(a[i++].weight) * b[j++].weight;
    }
  }
  return dot;
}

// Weight of `term` in a vector sorted by term id, 0 when absent.
inline float weight_of(const SparseVector& v, uint32_t term) {
  auto it = std::lower_bound(v.begin(), v.end(), term,
                             [](const TermWeight& t, uint32_t id) { return t.term < id; });
  return it != v.end() && it->term == term ? it->weight : 0.0f;
}

}  // namespace precis
