// MergeScore: how strongly an article belongs to an open event, from several similarities
// rather than one centroid cosine (Miranda, Znotins, Cohen & Barzdins 2018, "Multilingual
// clustering of streaming news": TF-IDF similarities of body and entities plus a time signal,
// combined by a scorer; here a fixed weighted mean, see docs/cluster.md for how the weights were
// chosen and checked on streams other than the development one).
//
//   score = (wc * centroid + wm * nearest + wn * names) / (wc + wm + wn) * 0.5^(gap / half_life)
//
// centroid: cosine of the article with the event centroid; nearest: best cosine with one of the
// event's most recent members; names: cosine of the name-like terms of the article and event;
// gap: days between the article and the event's span (0 without times).
#pragma once

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
};

// The decayed, weighted similarity above; 0 when all weights are 0.
double merge_score(const MergeEvidence& e, const MergeWeights& w);

}  // namespace precis
