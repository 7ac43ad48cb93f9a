// Gram multisets for ROUGE-N and ROUGE-S/SU, as sorted vectors of 64-bit keys.
//
// A text's grams are a sorted vector of keys; the ROUGE "hit" between a model and a peer is the
// size of the multiset intersection (sum over grams of min(count in model, count in peer)), and
// the gram total is the vector's size. Sorted vectors keep this exact and allocation-light.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace precis::rouge {

using GramBag = std::vector<uint64_t>;  // sorted keys, one per gram occurrence

// Size of the multiset intersection of two sorted bags.
size_t gram_hits(const GramBag& a, const GramBag& b);

// Builds the n-gram bags of token sequences. n-grams get dense keys by interning
// (key of an n-gram = id of the pair (key of its first n-1 words, last word)), so any n works.
// Keys are comparable only between bags built since the last reset().
class NGramBagBuilder {
 public:
  explicit NGramBagBuilder(int max_n) : levels_(max_n > 1 ? max_n - 1 : 0) {}
  void reset();
  // bags[n-1] = the sorted n-grams of `tokens`, n = 1..max_n. A text of k tokens has
  // max(0, k - n + 1) n-grams (they run across sentence boundaries, as in ROUGE-N).
  std::vector<GramBag> build(const std::vector<uint32_t>& tokens);

 private:
  std::vector<std::unordered_map<uint64_t, uint32_t>> levels_;  // one interner per n >= 2
};

// The skip-bigram bag of ROUGE-S: pairs (i, j), i < j, with at most max_gap words between them
// (max_gap < 0: no limit). With add_unigrams (-u, ROUGE-SU), unigrams are added for every token
// except the last one: ROUGE-1.5.5 loops `for ($i = 0; $i < $#tokens; $i++)`, and we keep that.
GramBag skip_bigram_bag(const std::vector<uint32_t>& tokens, int max_gap, bool add_unigrams);

}  // namespace precis::rouge
