#include "dedup/minhash.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>

namespace precis {
namespace {

// SplitMix64 finaliser: a cheap bijective mixer, good enough to spread hashes over bins.
inline uint64_t mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();

}  // namespace

MinHasher::MinHasher(size_t num_slots, uint64_t seed)
    : num_slots_(std::max<size_t>(1, num_slots)), seed_(seed) {}

void MinHasher::sign(std::span<const uint64_t> elements, MinHashSignature* out) const {
  out->assign(num_slots_, kEmpty);
  if (elements.empty()) return;
  // One permutation: the high bits choose the bin (via multiply-shift, no modulo bias worth
  // caring about), the full hash is the value kept.
  for (uint64_t e : elements) {
    uint64_t h = mix64(e ^ seed_);
    size_t bin = static_cast<size_t>((static_cast<unsigned __int128>(h) * num_slots_) >> 64);
    if (h < (*out)[bin]) (*out)[bin] = h;
  }
  // Optimal densification (Shrivastava 2017): an empty bin i probes bins chosen by a hash of
  // (i, attempt) until it finds a non-empty one and copies it. The probe sequence depends only
  // on i and the seed, so two sets with the same non-empty bins fill their empty bins the same
  // way, which keeps the estimator unbiased.
  std::vector<uint64_t> filled(*out);
  for (size_t i = 0; i < num_slots_; ++i) {
    if (filled[i] != kEmpty) continue;
    for (uint64_t attempt = 1;; ++attempt) {
      uint64_t p = mix64(seed_ ^ (i * 0x100000001b3ULL) ^ (attempt << 32));
      size_t j = static_cast<size_t>((static_cast<unsigned __int128>(p) * num_slots_) >> 64);
      if (filled[j] != kEmpty) {
        (*out)[i] = filled[j];
        break;
      }
    }
  }
}

double estimate_jaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

void shingle_hashes(std::span<const uint32_t> ids, size_t k, std::vector<uint64_t>* out) {
  if (ids.empty() || k == 0) return;
  if (ids.size() < k) k = ids.size();
  for (size_t i = 0; i + k <= ids.size(); ++i) {
    out->push_back(XXH3_64bits(ids.data() + i, k * sizeof(uint32_t)));
  }
}

}  // namespace precis
