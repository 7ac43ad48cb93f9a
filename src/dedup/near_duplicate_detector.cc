#include "dedup/near_duplicate_detector.h"

#include <algorithm>

namespace precis {

NearDuplicateDetector::NearDuplicateDetector(const NearDuplicateOptions& options)
    : options_(options), hasher_(options.num_slots), index_(options.bands, options.rows) {}

std::optional<NearDuplicateDetector::Match> NearDuplicateDetector::add(
    uint64_t key, std::span<const uint32_t> ids, int64_t time) {
  shingles_.clear();
  shingle_hashes(ids, options_.shingle, &shingles_);
  if (shingles_.empty()) return std::nullopt;  // nothing to compare: never a duplicate
  hasher_.sign(shingles_, &sig_);
  sig16_.resize(sig_.size());
  for (size_t i = 0; i < sig_.size(); ++i) sig16_[i] = static_cast<uint16_t>(sig_[i]);
  index_.band_keys(std::span<const uint16_t>(sig16_), &keys_);
  index_.candidates(keys_, &candidates_);
  std::optional<Match> best;
  for (uint32_t number : candidates_) {
    const uint32_t i = number - front_number_;  // unsigned: stale numbers land out of range
    if (i >= originals_.size()) continue;
    const Original& o = originals_[i];
    double s = estimate_jaccard(std::span<const uint16_t>(sig16_), signature(i));
    if (s < options_.threshold) continue;
    if (!best || s > best->similarity || (s == best->similarity && o.key < best->original)) {
      best = Match{o.key, s};
    }
  }
  if (best) return best;
  if (options_.max_items == 0) return std::nullopt;
  while (originals_.size() >= options_.max_items) forget_oldest();
  const uint32_t number = front_number_ + static_cast<uint32_t>(originals_.size());
  index_.insert(number, keys_);
  push_original(key, time);
  return std::nullopt;
}

void NearDuplicateDetector::push_original(uint64_t key, int64_t time) {
  const size_t p = block_front_ + originals_.size();
  if (p / kBlock == blocks_.size())
    blocks_.push_back(std::make_unique_for_overwrite<uint16_t[]>(kBlock * hasher_.num_slots()));
  std::copy(sig16_.begin(), sig16_.end(),
            blocks_[p / kBlock].get() + (p % kBlock) * hasher_.num_slots());
  originals_.push_back(Original{key, time});
}

void NearDuplicateDetector::forget_oldest() {
  if (originals_.empty()) return;
  // Its band keys are recomputed (16 short hashes) rather than stored: 64 bytes an original.
  index_.band_keys(signature(0), &expired_keys_);
  index_.remove(front_number_, expired_keys_);
  originals_.pop_front();
  ++front_number_;
  if (++block_front_ == kBlock) {  // the first block is used up
    blocks_.pop_front();
    block_front_ = 0;
  }
}

void NearDuplicateDetector::expire_before(int64_t time) {
  // Times arrive nearly in order; an item slightly out of order stays until the ones before it
  // go, which only delays its expiry.
  while (!originals_.empty() && originals_.front().time < time) forget_oldest();
}

size_t NearDuplicateDetector::memory_bytes() const {
  return originals_.size() * sizeof(Original) +
         blocks_.size() * kBlock * hasher_.num_slots() * sizeof(uint16_t) +
         index_.capacity() * 2 * sizeof(uint32_t);
}

}  // namespace precis
