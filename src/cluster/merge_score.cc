#include "cluster/merge_score.h"

#include <algorithm>
#include <cmath>

namespace precis {

double merge_score(const MergeEvidence& e, const MergeWeights& w) {
  const double total = w.centroid + w.nearest + w.names;
  if (total <= 0) return 0;
  const double sim = (w.centroid * e.centroid + w.nearest * e.nearest + w.names * e.names) / total;
  const double decay = w.half_life_days > 0 ? std::exp2(-e.gap_days / w.half_life_days) : 1.0;
  return sim * std::max(decay, std::min(w.decay_floor, 1.0));
}

double member_score(const MergeEvidence& e, const MergeWeights& w) {
  MergeEvidence m = e;
  m.centroid = e.nearest;
  return merge_score(m, w);
}

void join_features(const MergeEvidence& e, double score, double best_other_score,
                   size_t event_articles, double* out) {
  out[kJoinCentroid] = e.centroid;
  out[kJoinNames] = e.names;
  out[kJoinNearest] = e.nearest;
  out[kJoinLogGap] = std::log1p(std::max(e.gap_days, 0.0));
  out[kJoinLogSize] = std::log(static_cast<double>(std::max<size_t>(event_articles, 1)));
  out[kJoinSingleton] = event_articles <= 1 ? 1.0 : 0.0;
  out[kJoinScore] = score;
  out[kJoinMargin] = score - std::max(best_other_score, 0.0);
}

double join_logit(const double* features, const std::vector<double>& model) {
  if (model.empty()) return 0;
  double z = model[0];
  for (size_t i = 0; i < kJoinFeatureCount && i + 1 < model.size(); ++i)
    z += model[i + 1] * features[i];
  return z;
}

}  // namespace precis
