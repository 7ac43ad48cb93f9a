#include "cluster/merge_score.h"

#include <cmath>

namespace precis {

double merge_score(const MergeEvidence& e, const MergeWeights& w) {
  const double total = w.centroid + w.nearest + w.names;
  if (total <= 0) return 0;
  const double sim = (w.centroid * e.centroid + w.nearest * e.nearest + w.names * e.names) / total;
  const double decay = w.half_life_days > 0 ? std::exp2(-e.gap_days / w.half_life_days) : 1.0;
  return sim * decay;
}

}  // namespace precis
