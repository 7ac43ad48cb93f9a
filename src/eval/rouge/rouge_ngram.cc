#include "eval/rouge/rouge_ngram.h"

#include <algorithm>

namespace precis::rouge {

size_t gram_hits(const GramBag& a, const GramBag& b) {
  size_t hits = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++hits, ++i, ++j;
    }
  }
  return hits;
}

void NGramBagBuilder::reset() {
  for (auto& level : levels_) level.clear();
}

std::vector<GramBag> NGramBagBuilder::build(const std::vector<uint32_t>& tokens) {
  std::vector<GramBag> bags(levels_.size() + 1);
  std::vector<uint64_t> keys(tokens.begin(), tokens.end());  // keys of the (n-1)-grams at i
  bags[0] = keys;
  for (size_t n = 2; n <= bags.size(); ++n) {
    auto& interner = levels_[n - 2];
    if (keys.size() < 2) {
      keys.clear();
    } else {
      // n-gram at i = (n-1)-gram at i followed by token i+n-1.
      for (size_t i = 0; i + 1 < keys.size(); ++i) {
        uint64_t pair = (keys[i] << 32) | tokens[i + n - 1];
        auto [it, inserted] = interner.try_emplace(pair, static_cast<uint32_t>(interner.size()));
        keys[i] = it->second;
      }
      keys.pop_back();
    }
    bags[n - 1] = keys;
  }
  for (GramBag& bag : bags) std::sort(bag.begin(), bag.end());
  return bags;
}

GramBag skip_bigram_bag(const std::vector<uint32_t>& tokens, int max_gap, bool add_unigrams) {
  GramBag bag;
  const size_t n = tokens.size();
  for (size_t i = 0; i < n; ++i) {
    size_t last = max_gap < 0 ? n - 1 : std::min(n - 1, i + static_cast<size_t>(max_gap) + 1);
    for (size_t j = i + 1; j <= last; ++j) {
      bag.push_back((static_cast<uint64_t>(tokens[i]) << 32) | tokens[j]);
    }
  }
  if (add_unigrams) {
    // A unigram key cannot equal a pair key: its high half is all ones, and no word id is.
    for (size_t i = 0; i + 1 < n; ++i) bag.push_back((uint64_t{UINT32_MAX} << 32) | tokens[i]);
  }
  std::sort(bag.begin(), bag.end());
  return bag;
}

}  // namespace precis::rouge
