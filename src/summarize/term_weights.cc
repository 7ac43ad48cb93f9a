#include "summarize/term_weights.h"

#include <algorithm>
#include <cmath>

namespace precis {

TermWeights compute_term_weights(const SentenceTable& table) {
  TermWeights w;
  size_t v = table.vocab.size();
  w.idf.assign(v, 0);
  w.df.assign(v, 0);
  w.tf.assign(v, 0);
  std::vector<int64_t> last_article(v, -1);
  const uint32_t* terms = table.terms.data();
  for (const SentenceInfo& s : table.sentences) {
    const int64_t article = s.article;
    for (uint32_t k = s.terms_begin; k < s.terms_end; ++k) {
      const uint32_t t = terms[k];
      ++w.tf[t];
      // Counted once per article, without a branch (whether a term was seen in this article
      // already is a coin toss for the predictor).
      w.df[t] += last_article[t] != article;
      last_article[t] = article;
    }
  }
  double n = std::max<size_t>(1, table.articles_with_text);
  // idf depends on df alone, and df takes few values (at most the number of articles): one
  // log per value instead of one per stem.
  std::vector<double> idf_of_df;
  for (size_t t = 0; t < v; ++t) {
    uint32_t df = w.df[t];
    if (!df) continue;
    if (df >= idf_of_df.size()) idf_of_df.resize(df + 1, -1);
    if (idf_of_df[df] < 0) idf_of_df[df] = std::log(1.0 + n / df);
    w.idf[t] = idf_of_df[df];
  }
  return w;
}

std::vector<std::pair<uint32_t, double>> sentence_vector(const SentenceTable& table,
                                                         const TermWeights& w, uint32_t s) {
  std::vector<std::pair<uint32_t, double>> v;
  const SentenceInfo& info = table.sentences[s];
  for (uint32_t k = info.terms_begin; k < info.terms_end; ++k) {
    if (!table.stops[k]) v.push_back({table.terms[k], 0});
  }
  std::sort(v.begin(), v.end());
  std::vector<std::pair<uint32_t, double>> out;
  for (size_t i = 0; i < v.size();) {
    size_t j = i;
    while (j < v.size() && v[j].first == v[i].first) ++j;
    out.push_back({v[i].first, (j - i) * w.idf[v[i].first]});
    i = j;
  }
  return out;
}

double cosine(const std::vector<std::pair<uint32_t, double>>& a,
              const std::vector<std::pair<uint32_t, double>>& b) {
  double dot = 0, na = 0, nb = 0;
  for (auto& [t, x] : a) na += x * x;
  for (auto& [t, x] : b) nb += x * x;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else dot += a[i++].second * b[j++].second;
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0;
}

}  // namespace precis
