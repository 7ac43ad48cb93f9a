#include "dedup/near_duplicate_detector.h"

namespace precis {

NearDuplicateDetector::NearDuplicateDetector(const NearDuplicateOptions& options)
    : options_(options), hasher_(options.num_slots), index_(options.bands, options.rows) {}

std::optional<NearDuplicateDetector::Match> NearDuplicateDetector::add(
    uint64_t key, std::span<const uint32_t> ids, int64_t time) {
  shingles_.clear();
  shingle_hashes(ids, options_.shingle, &shingles_);
  if (shingles_.empty()) return std::nullopt;  // nothing to compare: never a duplicate
  hasher_.sign(shingles_, &sig_);
  index_.candidates(sig_, &candidates_);
  std::optional<Match> best;
  for (uint64_t c : candidates_) {
    auto it = signatures_.find(c);
    if (it == signatures_.end()) continue;
    double s = estimate_jaccard(sig_, it->second);
    if (s < options_.threshold) continue;
    if (!best || s > best->similarity || (s == best->similarity && c < best->original)) {
      best = Match{c, s};
    }
  }
  if (best) return best;
  if (signatures_.size() >= options_.max_items) forget_oldest();
  index_.insert(key, sig_);
  signatures_.emplace(key, sig_);
  order_.emplace_back(time, key);
  return std::nullopt;
}

void NearDuplicateDetector::forget_oldest() {
  if (order_.empty()) return;
  uint64_t key = order_.front().second;
  order_.pop_front();
  auto it = signatures_.find(key);
  if (it == signatures_.end()) return;
  index_.remove(key, it->second);
  signatures_.erase(it);
}

void NearDuplicateDetector::expire_before(int64_t time) {
  // Times arrive nearly in order; an item slightly out of order stays until the ones before it
  // go, which only delays its expiry.
  while (!order_.empty() && order_.front().first < time) forget_oldest();
}

}  // namespace precis
