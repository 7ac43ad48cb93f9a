#include "cluster/event.h"

#include <algorithm>
#include <cstddef>

namespace precis {

namespace {

// sums += v (both term-sorted), then bounded: past 4x `keep_terms` entries only the 2x heaviest
// stay, unscaled and back in term order, so a long-lived event's sums stay small.
void add_to_sums(SparseVector* sums, const SparseVector& v, size_t keep_terms) {
  SparseVector merged;
  merged.reserve(sums->size() + v.size());
  const SparseVector& s = *sums;
  size_t i = 0, j = 0;
  while (i < s.size() || j < v.size()) {
    if (j == v.size() || (i < s.size() && s[i].term < v[j].term)) {
      merged.push_back(s[i++]);
    } else if (i == s.size() || v[j].term < s[i].term) {
      merged.push_back(v[j++]);
    } else {
      merged.push_back({s[i].term, s[i].weight + v[j].weight});
      ++i, ++j;
    }
  }
  if (merged.size() > 4 * keep_terms) {
    auto heavier = [](const TermWeight& a, const TermWeight& b) {
      return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    };
    std::nth_element(merged.begin(), merged.begin() + static_cast<std::ptrdiff_t>(2 * keep_terms),
                     merged.end(), heavier);
    merged.resize(2 * keep_terms);
    std::sort(merged.begin(), merged.end(),
              [](const TermWeight& a, const TermWeight& b) { return a.term < b.term; });
  }
  sums->swap(merged);
}

}  // namespace

void Event::add_vector(const SparseVector& v, size_t keep_terms, bool refresh) {
  add_to_sums(&sums, v, keep_terms);
  if (!refresh && !centroid.empty()) return;
  centroid = sums;
  keep_top_and_normalize(&centroid, keep_terms);
}

void Event::add_names(const SparseVector& v, size_t keep_terms, bool refresh) {
  add_to_sums(&name_sums, v, keep_terms);
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
