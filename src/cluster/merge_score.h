// MergeScore: how strongly an article belongs to an open event, from several similarities
// rather than one centroid cosine (Miranda, Znotins, Cohen & Barzdins 2018, "Multilingual
// clustering of streaming news": TF-IDF similarities of body and entities plus a time signal,
// combined by a scorer; here a fixed weighted mean, see docs/cluster.md for how the weights were
// chosen and checked on streams other than the development one).
//
//   score = (wc * centroid + wm * nearest + wn * names) / (wc + wm + wn)
//           * max(floor, 0.5^(gap / half_life))
//
// centroid: cosine of the article with the event centroid; nearest: best cosine with one of the
// event's most recent members; names: cosine of the name-like terms of the article and event;
// gap: days between the article and the event's span (0 without times).
#pragma once

#include <cstddef>
#include <vector>

namespace precis {

struct MergeEvidence {
  double centroid = 0;  // cosine with the event centroid
  double nearest = 0;   // best cosine with a recent member
  double names = 0;     // cosine of name vectors
  double gap_days = 0;  // days outside the event's time span (0 inside, or without times)
};

struct MergeWeights {
  double centroid = 1;
  double nearest = 0;
  double names = 0;
  double half_life_days = 30;
  double decay_floor = 0;  // the decay factor never goes below this (0: no floor)
};

// The decayed, weighted similarity above; 0 when all weights are 0.
double merge_score(const MergeEvidence& e, const MergeWeights& w);

// The same score with the nearest recent member standing in for the centroid (the member gate
// of ClusterOptions::member_gate): how well the article matches the event's recent reports
// rather than the sum of everything the event has said.
double member_score(const MergeEvidence& e, const MergeWeights& w);

// Features of one (article, candidate event) pair for a learned join decision
// (ClusterOptions::join_model, docs/cluster.md "Learned join decision"), in this order.
enum JoinFeature : size_t {
  kJoinCentroid,   // cosine with the centroid
  kJoinNames,      // cosine of name vectors
  kJoinNearest,    // best cosine with a recent member
  kJoinLogGap,     // ln(1 + gap days)
  kJoinLogSize,    // ln(articles of the event, duplicates aside)
  kJoinSingleton,  // 1 for a one-article event
  kJoinScore,      // merge_score with the hand-set weights
  kJoinMargin,     // that score minus the best score of the other candidates (0 when none)
  kJoinFeatureCount
};

// Fills `out` (kJoinFeatureCount values).
void join_features(const MergeEvidence& e, double score, double best_other_score,
                   size_t event_articles, double* out);

// Logit of a logistic model over the features: model[0] + sum model[1 + i] * features[i].
// Coefficients beyond the model's length count as 0.
double join_logit(const double* features, const std::vector<double>& model);

}  // namespace precis
