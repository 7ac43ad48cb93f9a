#include "dedup/lsh_index.h"

#include <xxhash.h>

#include <algorithm>

namespace precis {

LshIndex::LshIndex(size_t bands, size_t rows, size_t max_bucket)
    : bands_(std::max<size_t>(1, bands)),
      rows_(std::max<size_t>(1, rows)),
      max_bucket_(std::max<size_t>(1, max_bucket)) {}

uint64_t LshIndex::band_key(const MinHashSignature& sig, size_t band) const {
  // The band number is the seed so equal slot values in different bands do not collide.
  return XXH3_64bits_withSeed(sig.data() + band * rows_, rows_ * sizeof(uint64_t), band + 1);
}

void LshIndex::insert(uint64_t item, const MinHashSignature& sig) {
  if (sig.size() < bands_ * rows_) return;
  for (size_t b = 0; b < bands_; ++b) {
    auto& v = buckets_[band_key(sig, b)];
    // A full bucket forgets its oldest item (items are inserted in increasing order, so the
    // smallest is the oldest).
    if (v.size() >= max_bucket_)
      *std::min_element(v.begin(), v.end()) = item;
    else
      v.push_back(item);
  }
  ++size_;
}

void LshIndex::remove(uint64_t item, const MinHashSignature& sig) {
  if (sig.size() < bands_ * rows_) return;
  bool found = false;
  for (size_t b = 0; b < bands_; ++b) {
    auto it = buckets_.find(band_key(sig, b));
    if (it == buckets_.end()) continue;
    auto& v = it->second;
    auto pos = std::find(v.begin(), v.end(), item);
    if (pos == v.end()) continue;
    found = true;
    *pos = v.back();  // order within a bucket does not matter: swap with the last
    v.pop_back();
    if (v.empty()) buckets_.erase(it);
  }
  if (found) --size_;
}

void LshIndex::candidates(const MinHashSignature& sig, std::vector<uint64_t>* out) const {
  out->clear();
  if (sig.size() < bands_ * rows_) return;
  for (size_t b = 0; b < bands_; ++b) {
    auto it = buckets_.find(band_key(sig, b));
    if (it == buckets_.end()) continue;
    for (uint64_t item : it->second) {
      if (std::find(out->begin(), out->end(), item) == out->end()) out->push_back(item);
    }
  }
}

}  // namespace precis
