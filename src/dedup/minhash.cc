#include "dedup/minhash.h"

#include <algorithm>
#include <array>
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

// Bin of a hash among n: multiply-shift on the high bits (no modulo; the low bits, which the
// slot keeps, stay independent of the bin).
inline size_t bin_of(uint64_t h, size_t n) {
  return static_cast<size_t>((static_cast<unsigned __int128>(h) * n) >> 64);
}

constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();
constexpr size_t kStackSlots = 256;

}  // namespace

MinHasher::MinHasher(size_t num_slots, uint64_t seed)
    : num_slots_(std::max<size_t>(1, num_slots)), seed_(seed) {}

void MinHasher::sign(std::span<const uint64_t> elements, MinHashSignature* out) const {
  const size_t n = num_slots_;
  out->assign(n, std::numeric_limits<uint32_t>::max());
  if (elements.empty()) return;
  // Bins hold full 64-bit minima while hashing (no allocation for the usual K <= 256).
  std::array<uint64_t, kStackSlots> stack;
  std::vector<uint64_t> heap;
  uint64_t* bins = stack.data();
  if (n > kStackSlots) {
    heap.resize(n);
    bins = heap.data();
  }
  std::fill(bins, bins + n, kEmpty);
  for (uint64_t e : elements) {
    const uint64_t h = mix64(e ^ seed_);
    uint64_t& b = bins[bin_of(h, n)];
    b = std::min(b, h);
  }
  // Optimal densification (Shrivastava 2017): an empty bin i probes bins chosen by a hash of
  // (i, attempt) until it finds a non-empty one and copies it. The probe sequence depends only
  // on i and the seed, so two sets with the same non-empty bins fill their empty bins the same
  // way, which keeps the estimator unbiased. Probes read `bins` (never the borrowed values).
  uint32_t* sig = out->data();
  for (size_t i = 0; i < n; ++i) {
    uint64_t v = bins[i];
    for (uint64_t attempt = 1; v == kEmpty; ++attempt) {
      v = bins[bin_of(mix64(seed_ ^ (i * 0x100000001b3ULL) ^ (attempt << 32)), n)];
    }
    sig[i] = static_cast<uint32_t>(v);
  }
}

namespace {

template <typename Slot>
double fraction_equal(std::span<const Slot> a, std::span<const Slot> b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / static_cast<double>(a.size());
}

}  // namespace

double estimate_jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  return fraction_equal(a, b);
}

double estimate_jaccard(std::span<const uint16_t> a, std::span<const uint16_t> b) {
  return fraction_equal(a, b);
}

void shingle_hashes(std::span<const uint32_t> ids, size_t k, std::vector<uint64_t>* out) {
  if (ids.empty() || k == 0) return;
  if (ids.size() < k) k = ids.size();
  // H(i) = sum_j t(ids[i + j]) * P^(k-1-j) mod 2^64, with t a mixed hash of the id (so that
  // small, dense ids do not make a linear structure) and P odd; rolled one token at a time.
  // The token hashes are written to *out first and replaced in place by the shingle hashes
  // (one mix per token, no scratch buffer).
  constexpr uint64_t P = 0x100000001b3ULL * 2 + 1;
  uint64_t top = 1;  // P^(k-1)
  for (size_t j = 1; j < k; ++j) top *= P;
  const size_t m = ids.size(), n = m - k + 1, first = out->size();
  out->resize(first + m);
  uint64_t* t = out->data() + first;
  for (size_t j = 0; j < m; ++j) t[j] = mix64(ids[j]);
  uint64_t h = 0;
  for (size_t j = 0; j < k; ++j) h = h * P + t[j];
  for (size_t i = 0;; ++i) {
    const uint64_t outgoing = t[i];
    t[i] = h;
    if (i + 1 == n) break;
    h = (h - outgoing * top) * P + t[i + k];
  }
  out->resize(first + n);
}

}  // namespace precis
