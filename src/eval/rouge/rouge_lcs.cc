#include "eval/rouge/rouge_lcs.h"

#include <algorithm>
#include <iterator>

#include "eval/rouge/rouge_ngram.h"

namespace precis::rouge {
namespace {
enum Move : uint8_t { kDiagonal, kUp, kLeft };
}  // namespace

void UnionLcs::mark_lcs(const std::vector<uint32_t>& model, const std::vector<uint32_t>& peer) {
  const size_t m = model.size(), n = peer.size(), width = n + 1;
  length_.assign((m + 1) * width, 0);
  direction_.resize((m + 1) * width);
  for (size_t i = 1; i <= m; ++i) {
    for (size_t j = 1; j <= n; ++j) {
      size_t at = i * width + j;
      if (model[i - 1] == peer[j - 1]) {
        length_[at] = length_[at - width - 1] + 1;
        direction_[at] = kDiagonal;
      } else if (length_[at - width] >= length_[at - 1]) {
        length_[at] = length_[at - width];
        direction_[at] = kUp;
      } else {
        length_[at] = length_[at - 1];
        direction_[at] = kLeft;
      }
    }
  }
  size_t i = m, j = n;
  while (i > 0 && j > 0) {
    switch (direction_[i * width + j]) {
      case kDiagonal:
        in_union_[i - 1] = 1;
        --i, --j;
        break;
      case kUp:
        --i;
        break;
      default:
        --j;
    }
  }
}

size_t UnionLcs::hits(const std::vector<std::vector<uint32_t>>& model_sentences,
                      const std::vector<std::vector<uint32_t>>& peer_sentences,
                      const std::vector<uint32_t>& model_words,
                      const std::vector<uint32_t>& peer_words) {
  GramBag union_words;
  for (const auto& model : model_sentences) {
    in_union_.assign(model.size(), 0);
    for (const auto& peer : peer_sentences) mark_lcs(model, peer);
    for (size_t k = 0; k < model.size(); ++k) {
      if (in_union_[k]) union_words.push_back(model[k]);
    }
  }
  GramBag model_bag(model_words.begin(), model_words.end());
  GramBag peer_bag(peer_words.begin(), peer_words.end());
  std::sort(union_words.begin(), union_words.end());
  std::sort(model_bag.begin(), model_bag.end());
  std::sort(peer_bag.begin(), peer_bag.end());
  // min(union, model, peer) per word: intersect twice.
  GramBag clipped;
  std::set_intersection(union_words.begin(), union_words.end(), model_bag.begin(), model_bag.end(),
                        std::back_inserter(clipped));
  return gram_hits(clipped, peer_bag);
}

}  // namespace precis::rouge
