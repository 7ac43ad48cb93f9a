#include "cluster/event.h"

#include <algorithm>
#include <cstddef>

namespace precis {

void Event::add_vector(const SparseVector& v, size_t keep_terms, bool refresh) {
  // Merge two term-sorted vectors.
  SparseVector merged;
  merged.reserve(sums.size() + v.size());
  size_t i = 0, j = 0;
  while (i < sums.size() || j < v.size()) {
    if (j == v.size() || (i < sums.size() && sums[i].term < v[j].term)) {
      merged.push_back(sums[i++]);
    } else if (i == sums.size() || v[j].term < sums[i].term) {
      merged.push_back(v[j++]);
    } else {
      merged.push_back({sums[i].term, sums[i].weight + v[j].weight});
      ++i, ++j;
    }
  }
  sums.swap(merged);
  if (sums.size() > 4 * keep_terms) {
    // Keep the 2k heaviest, back in term order, without normalising (they are sums).
    auto heavier = [](const TermWeight& a, const TermWeight& b) {
      return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    };
    std::nth_element(sums.begin(), sums.begin() + static_cast<std::ptrdiff_t>(2 * keep_terms),
                     sums.end(), heavier);
    sums.resize(2 * keep_terms);
    std::sort(sums.begin(), sums.end(),
              [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  }
  if (!refresh && !centroid.empty()) return;
  centroid = sums;
  keep_top_and_normalize(&centroid, keep_terms);
}

void Event::add_names(const SparseVector& v, size_t keep_terms, bool refresh) {
  SparseVector merged;
  merged.reserve(name_sums.size() + v.size());
  size_t i = 0, j = 0;
  while (i < name_sums.size() || j < v.size()) {
    if (j == v.size() || (i < name_sums.size() && name_sums[i].term < v[j].term)) {
      merged.push_back(name_sums[i++]);
    } else if (i == name_sums.size() || v[j].term < name_sums[i].term) {
      merged.push_back(v[j++]);
    } else {
      merged.push_back({name_sums[i].term, name_sums[i].weight + v[j].weight});
      ++i, ++j;
    }
  }
  // Bound the sums like add_vector: 4x the kept terms at most.
  if (merged.size() > 4 * keep_terms) {  // keep the 2k heaviest sums, unscaled, in term order
    std::nth_element(merged.begin(), merged.begin() + static_cast<std::ptrdiff_t>(2 * keep_terms),
                     merged.end(), [](const TermWeight& a, const TermWeight& b) {
                       return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                     });
    merged.resize(2 * keep_terms);
    std::sort(merged.begin(), merged.end(),
              [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  }
  name_sums.swap(merged);
  if (!refresh && !names.empty()) return;
  names = name_sums;
  keep_top_and_normalize(&names, keep_terms);
}

void Event::add_recent(const SparseVector& v, size_t keep) {
  if (keep == 0) return;
  if (recent.size() < keep) {
    recent.push_back(v);
  } else {
    recent[recent_next % keep] = v;
  }
  recent_next = (recent_next + 1) % keep;
}

double Event::nearest_recent(const SparseVector& v) const {
  double best = 0;
  for (const SparseVector& m : recent) best = std::max(best, cosine(v, m));
  return best;
}

void Event::add_time(int64_t t) {
  if (!has_time) {
    first_seen = last_seen = t;
    has_time = true;
    return;
  }
  first_seen = std::min(first_seen, t);
  last_seen = std::max(last_seen, t);
}

double Event::gap_days(int64_t t) const {
  if (!has_time) return 0;
  int64_t gap = t < first_seen ? first_seen - t : (t > last_seen ? t - last_seen : 0);
  return static_cast<double>(gap) / 86400.0;
}

}  // namespace precis
