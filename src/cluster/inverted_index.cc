#include "cluster/inverted_index.h"

namespace precis {

void InvertedIndex::sweep(const std::function<bool(Posting)>& live) {
  postings_ = 0;
  for (uint32_t term = 0; term < lists_.size(); ++term) {
    auto& list = lists_[term];
    size_t keep = 0;
    for (size_t i = 0; i < list.size(); ++i) {
      if (live(list[i])) list[keep++] = list[i];
    }
    list.resize(keep);
    if (list.capacity() > 2 * keep + 4) list.shrink_to_fit();
    postings_ += keep;
  }
}

size_t InvertedIndex::memory_bytes() const {
  size_t n = lists_.capacity() * sizeof(lists_[0]);
  for (const auto& list : lists_) n += list.capacity() * sizeof(Posting);
  return n;
}

}  // namespace precis
