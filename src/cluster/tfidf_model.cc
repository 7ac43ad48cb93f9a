#include "cluster/tfidf_model.h"

#include <cmath>

namespace precis {

void TfidfModel::set_term_scale(uint32_t term, float factor) {
  if (term >= scale_.size()) scale_.resize(term + 1, 1.0f);
  scale_[term] = factor;
}

void TfidfModel::vectorize(const std::vector<Term>& title, const std::vector<Term>& body,
                           bool count, SparseVector* out, SparseVector* names, size_t name_terms) {
  out->clear();
  if (names) names->clear();
  touched_.clear();
  auto add_terms = [&](const std::vector<Term>& terms, float base) {
    for (const Term& t : terms) {
      if (t.stop) continue;
      if (t.id >= tf_.size()) {
        tf_.resize(t.id + 1 + t.id / 2, 0.0f);
        name_tf_.resize(tf_.size(), 0.0f);
      }
      if (tf_[t.id] == 0.0f) touched_.push_back(t.id);
      tf_[t.id] += base * (t.capitalized ? static_cast<float>(options_.name_weight) : 1.0f);
      if (t.capitalized) name_tf_[t.id] += base;
    }
  };
  add_terms(title, static_cast<float>(options_.title_weight));
  add_terms(body, 1.0f);
  if (count) {
    ++documents_;
    for (uint32_t id : touched_) {
      if (id >= df_.size()) df_.resize(id + 1 + id / 2, 0);
      ++df_[id];
    }
  }
  const double n = static_cast<double>(std::max<uint64_t>(documents_, 1));
  out->reserve(touched_.size());
  for (uint32_t id : touched_) {
    double df = std::max<uint32_t>(this->df(id), 1);
    double idf = std::log(1.0 + n / df);
    double idf_p = std::pow(idf, options_.idf_power);
    if (id < scale_.size()) idf_p *= scale_[id];
    double w = (1.0 + std::log(tf_[id])) * idf_p;
    // tf' can be below 1 only if weights are below 1; clamp so a term never counts negatively.
    if (w > 0) out->push_back({id, static_cast<float>(w)});
    if (names && name_tf_[id] > 0) {  // same idf, name occurrences only
      double nw = (1.0 + std::log(name_tf_[id])) * idf_p;
      if (nw > 0) names->push_back({id, static_cast<float>(nw)});
    }
    tf_[id] = 0.0f;
    name_tf_[id] = 0.0f;
  }
  keep_top_and_normalize(out, options_.max_terms);
  if (names) keep_top_and_normalize(names, name_terms);
}

}  // namespace precis
