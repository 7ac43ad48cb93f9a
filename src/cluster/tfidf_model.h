// TfidfModel: article vectors with document frequencies maintained as the stream goes (Petrovic,
// Osborne & Lavrenko 2010, "Streaming first story detection with application to Twitter": idf
// from the documents seen so far, so no corpus statistics are needed in advance).
//
// weight(t) = (1 + ln tf'(t)) * idf(t)^p with idf(t) = ln(1 + N / df(t)) and p = idf_power, where
// tf' counts an occurrence in the title `title_weight` times and a capitalized (name-like)
// occurrence `name_weight` times; stopwords and numbers are left out. The vector keeps its heaviest
// terms and has unit length. p = 2 (the idf counted once for the article and once for the event, as
// in the inner product of two tf-idf vectors with shared idf): early in a stream the idf of generic
// news words ("government", "percent") is barely lower than that of names, and squaring widens the
// gap (see docs/cluster.md for the measurement).
#pragma once

#include <cstdint>
#include <vector>

#include "cluster/sparse_vector.h"
#include "text/text_analyzer.h"

namespace precis {

struct TfidfOptions {
  double title_weight = 3.0;
  double name_weight = 2.0;
  size_t max_terms = 200;
  double idf_power = 2.0;
};

class TfidfModel {
 public:
  explicit TfidfModel(const TfidfOptions& options) : options_(options) {}
  // Vector of one article from its title and body terms. When `count` is true the article's
  // terms are first added to the document frequencies (near-duplicates are not counted, so a
  // story sent a thousand times does not make its own words look common).
  //
  // When `names` is given, it receives in the same pass the vector of the article's name-like
  // terms only (capitalized occurrences, title ones counted `title_weight` times, same idf),
  // keeping the `name_terms` heaviest. Names ("Cardoso", "Ocalan", "Leonid") tell apart events
  // on one theme that share its generic words (Miranda et al. 2018 use an entity similarity
  // beside the body one for the same reason).
  void vectorize(const std::vector<Term>& title, const std::vector<Term>& body, bool count,
                 SparseVector* out, SparseVector* names = nullptr, size_t name_terms = 0);
  // Multiplies the weight of `term` (in article and name vectors) by `factor` from now on: the
  // place names of ClusterOptions::place_weight. 1 restores the plain weight; 0 leaves the term
  // out of the vectors.
  void set_term_scale(uint32_t term, float factor);
  uint64_t documents() const { return documents_; }
  uint32_t df(uint32_t term) const { return term < df_.size() ? df_[term] : 0; }

 private:
  TfidfOptions options_;
  uint64_t documents_ = 0;
  std::vector<uint32_t> df_;  // indexed by term id (vocabulary ids are dense)
  std::vector<float> scale_;  // by term id; terms past the end weigh 1
  // Scratch: weighted term frequency per term id touched by the current article.
  std::vector<float> tf_;
  std::vector<float> name_tf_;  // the same, capitalized occurrences only
  std::vector<uint32_t> touched_;
};

}  // namespace precis
