// Event: the state of one open event in the online clusterer: its centroid (the sum of its
// articles' unit vectors, of which the heaviest terms form the unit-length vector that articles
// are compared with), its time span, counts, and its label.
#pragma once

#include <cstdint>
#include <string>

#include "cluster/sparse_vector.h"

namespace precis {

struct Event {
  uint64_t id = 0;
  bool has_time = false;
  int64_t first_seen = 0, last_seen = 0;
  size_t articles = 0, duplicates = 0;
  SparseVector sums;        // sum of member vectors, sorted by term id (pruned, see add_vector)
  SparseVector centroid;    // heaviest `keep_terms` of sums, unit length, sorted by term id
  std::string title;        // label (see event_title.h)
  double title_score = -1;  // similarity of the article the label came from

  // Adds an article vector to the sums, and recomputes the centroid when `refresh` (callers
  // refresh less often as an event grows: one more article barely moves a big centroid).
  // `keep_terms` bounds the centroid; the sums keep at most 4x as many terms (the lightest are
  // dropped), so a huge event stays small.
  void add_vector(const SparseVector& v, size_t keep_terms, bool refresh = true);
  // Widens the time span with an article time.
  void add_time(int64_t t);
  // Days between `t` and the event's span (0 inside it).
  double gap_days(int64_t t) const;
};

}  // namespace precis
