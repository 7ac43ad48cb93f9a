#include "summarize/duplicate_sentences.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <numeric>

namespace precis {

SentenceSimilarity::SentenceSimilarity(SentenceTable& table, const DuplicateOptions& options)
    : table_(table), options_(options) {
  size_t n = table.sentences.size();
  // Each sentence's distinct content terms, sorted. The copy is branch-free (write every term,
  // advance past the non-stopwords): stopwords are about half of all terms, in no predictable
  // order, so a branch per term mispredicts often.
  size_t total = 0;
  for (const SentenceInfo& info : table.sentences) total += info.terms_end - info.terms_begin;
  content_terms_.resize(total);
  content_begin_.resize(n + 1);
  uint32_t* out = content_terms_.data();
  const uint32_t* terms = table.terms.data();
  const uint8_t* stops = table.stops.data();
  size_t w = 0;
  for (uint32_t s = 0; s < n; ++s) {
    const SentenceInfo& info = table.sentences[s];
    const size_t begin = w;
    content_begin_[s] = static_cast<uint32_t>(begin);
    for (uint32_t k = info.terms_begin; k < info.terms_end; ++k) {
      out[w] = terms[k];
      w += stops[k] == 0;
    }
    std::sort(out + begin, out + w);
    w = static_cast<size_t>(std::unique(out + begin, out + w) - out);
  }
  content_terms_.resize(w);
  content_begin_[n] = static_cast<uint32_t>(w);
}

void SentenceSimilarity::build_index() {
  if (!postings_.empty()) return;
  size_t n = table_.sentences.size();
  postings_.resize(table_.vocab.size());
  rare_.resize(n);
  for (uint32_t s = 0; s < n; ++s) {
    for (uint32_t t : content(s)) postings_[t].push_back(s);
  }
  for (uint32_t s = 0; s < n; ++s) {
    std::span<const uint32_t> c = content(s);
    rare_[s].assign(c.begin(), c.end());
    std::stable_sort(rare_[s].begin(), rare_[s].end(), [&](uint32_t a, uint32_t b) {
      return postings_[a].size() < postings_[b].size();
    });
  }
}

size_t SentenceSimilarity::intersection(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

double SentenceSimilarity::set_cosine(uint32_t a, uint32_t b) const {
  std::span<const uint32_t> x = content(a);
  std::span<const uint32_t> y = content(b);
  if (x.empty() || y.empty()) return 0;
  return intersection(x, y) / std::sqrt(static_cast<double>(x.size()) * y.size());
}

// Sentences sharing one of the `prefix` rarest terms of s. For Jaccard >= t, two sets must share
// a term among the first |A| - ceil(t|A|) + 1 rarest of either (the prefix-filtering bound).
std::vector<uint32_t> SentenceSimilarity::candidates(uint32_t s, size_t prefix) const {
  std::vector<uint32_t> out;
  const auto& r = rare_[s];
  for (size_t k = 0; k < std::min(prefix, r.size()); ++k) {
    const auto& p = postings_[r[k]];
    out.insert(out.end(), p.begin(), p.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void SentenceSimilarity::mark_duplicates() {
  build_index();
  size_t n = table_.sentences.size();
  // Visit sentences in "first published" order so the earliest copy represents its group.
  std::vector<uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  auto key = [&](uint32_t s) {
    const auto& i = table_.sentences[s];
    return std::make_tuple(table_.article_order[i.article], i.article, i.position);
  };
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  std::vector<uint32_t> rank(n);
  for (uint32_t r = 0; r < n; ++r) rank[order[r]] = r;
  double t = options_.duplicate_jaccard;
  for (uint32_t s : order) {
    std::span<const uint32_t> a = content(s);
    if (a.size() < 3) continue;
    size_t prefix = a.size() - static_cast<size_t>(std::ceil(t * a.size())) + 1;
    int32_t best = -1;
    uint32_t best_rank = UINT32_MAX;
    for (uint32_t c : candidates(s, prefix)) {
      if (rank[c] >= rank[s]) continue;
      std::span<const uint32_t> b = content(c);
      size_t inter = intersection(a, b);
      double jaccard = static_cast<double>(inter) / (a.size() + b.size() - inter);
      if (jaccard >= t && rank[c] < best_rank) {
        int32_t rep = table_.sentences[c].duplicate_of;
        best = rep >= 0 ? rep : static_cast<int32_t>(c);
        best_rank = rank[c];
      }
    }
    if (best >= 0) table_.sentences[s].duplicate_of = best;
  }
}

std::vector<uint32_t> SentenceSimilarity::supporters(uint32_t s) const {
  std::span<const uint32_t> a = content(s);
  if (a.empty()) return {};
  uint32_t own = table_.sentences[s].article;
  // Best supporting sentence per other article.
  std::vector<std::pair<uint32_t, double>> best;  // (sentence, containment) per article slot
  std::vector<int64_t> slot(table_.article_order.size(), -1);
  // A linear scan: only the few chosen sentences ask, so no index is needed. The terms of s
  // are marked in a table by id, so each other sentence costs one look-up per term (content
  // term lists hold each term once, so the count is the size of the intersection).
  std::vector<uint8_t> in_a(table_.vocab.size(), 0);
  for (uint32_t t : a) in_a[t] = 1;
  for (uint32_t c = 0; c < table_.sentences.size(); ++c) {
    const SentenceInfo& info = table_.sentences[c];
    if (info.article == own) continue;
    std::span<const uint32_t> other = content(c);
    size_t inter = 0;
    for (uint32_t t : other) inter += in_a[t];
    double containment = static_cast<double>(inter) / a.size();
    bool duplicate = info.duplicate_of == static_cast<int32_t>(s);
    bool part = other.size() >= options_.min_part_terms &&
                inter >= options_.part_containment * other.size();
    if (!duplicate && !part && containment < options_.support_containment) continue;
    double score = duplicate ? 2.0 + containment : containment;
    if (slot[info.article] < 0) {
      slot[info.article] = static_cast<int64_t>(best.size());
      best.push_back({c, score});
    } else if (score > best[slot[info.article]].second) {
      best[slot[info.article]] = {c, score};
    }
  }
  std::vector<uint32_t> out;
  for (auto& [c, score] : best) out.push_back(c);
  std::sort(out.begin(), out.end(), [&](uint32_t x, uint32_t y) {
    const auto& ix = table_.sentences[x];
    const auto& iy = table_.sentences[y];
    return std::make_pair(table_.article_order[ix.article], ix.article) <
           std::make_pair(table_.article_order[iy.article], iy.article);
  });
  return out;
}

}  // namespace precis
