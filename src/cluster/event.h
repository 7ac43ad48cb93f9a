// Event: the state of one open event in the online clusterer: its centroid (the sum of its
// articles' unit vectors, of which the heaviest terms form the unit-length vector that articles
// are compared with), its time span, counts, and its label.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cluster/sparse_vector.h"

namespace precis {

struct Event {
  uint64_t id = 0;
  bool has_time = false;
  int64_t first_seen = 0, last_seen = 0;
  size_t articles = 0, duplicates = 0;
  SparseVector sums;       // sum of member vectors, sorted by term id (pruned, see add_vector)
  SparseVector centroid;   // heaviest `keep_terms` of sums, unit length, sorted by term id
  SparseVector name_sums;  // sum of member name vectors (TfidfModel::vectorize), by term
  SparseVector names;      // heaviest terms of name_sums, unit length, sorted by term id
  std::vector<SparseVector> recent;  // vectors of the last few members (ring, see add_recent)
  size_t recent_next = 0;            // ring position of the next member to overwrite
  std::string title;                 // label (see event_title.h)
  double title_score = -1;           // similarity of the article the label came from

  // Adds an article vector to the sums, and recomputes the centroid when `refresh` (callers
  // refresh less often as an event grows: one more article barely moves a big centroid).
  // `keep_terms` bounds the centroid; the sums keep at most 4x as many terms (the lightest are
  // dropped), so a huge event stays small.
  void add_vector(const SparseVector& v, size_t keep_terms, bool refresh = true);
  // Adds an article's name vector; the name centroid keeps `keep_terms` terms and is recomputed
  // when `refresh` (same policy as add_vector).
  void add_names(const SparseVector& v, size_t keep_terms, bool refresh = true);
  // Remembers an article vector among the last `keep` members (oldest overwritten first).
  void add_recent(const SparseVector& v, size_t keep);
  // Highest cosine between `v` and one of the remembered recent members (0 when none): an
  // article that continues the latest turn of a story is close to its newest reports even when
  // the centroid, pulled by weeks of earlier coverage, has drifted away (single-link evidence
  // beside the centroid; Yang, Pierce & Carbonell 1998, "A study on retrospective and on-line
  // event detection", compare the two for on-line detection).
  double nearest_recent(const SparseVector& v) const;
  // Widens the time span with an article time.
  void add_time(int64_t t);
  // Days between `t` and the event's span (0 inside it).
  double gap_days(int64_t t) const;
};

}  // namespace precis
