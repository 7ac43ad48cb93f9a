// MinHash signatures of sets given as 64-bit element hashes (shingles of token ids, character
// n-grams, anything), for estimating Jaccard similarity (Broder 1997).
//
// One-permutation hashing with optimal densification (Li, Owen & Zhang 2012; Shrivastava 2017):
// every element is hashed once and lands in one of K bins, each bin keeps its minimum, and empty
// bins borrow the value of a non-empty bin chosen by a fixed pseudo-random probe sequence. The
// cost is O(elements + K) instead of O(elements x K) for K independent permutations, which is
// what lets near-duplicate detection keep up with 10^4 articles/s. The estimate of Jaccard is the
// fraction of equal slots, unbiased like classic MinHash.
//
// A slot keeps the low 32 bits of its minimum (b-bit minwise hashing, Li & Koenig 2010, with
// b = 32): two different minima agree by chance with probability 2^-32, a bias far below the
// estimator's own noise, and a signature takes half the memory (512 bytes for 128 slots), which
// is most of what a near-duplicate index holds.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace precis {

using MinHashSignature = std::vector<uint32_t>;

class MinHasher {
 public:
  // `num_slots` (K) is the signature length; `seed` fixes the hash family (equal seeds give
  // comparable signatures).
  explicit MinHasher(size_t num_slots = 128, uint64_t seed = 0x9e3779b97f4a7c15ULL);
  // Signature of the set of `elements` (duplicates allowed; order irrelevant). An empty set gets
  // an all-ones signature, which a non-empty set shares only by a 2^-32 chance per slot.
  void sign(std::span<const uint64_t> elements, MinHashSignature* out) const;
  size_t num_slots() const { return num_slots_; }

 private:
  size_t num_slots_;
  uint64_t seed_;
};

// Fraction of equal slots of two signatures of the same length: an estimate of Jaccard.
double estimate_jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b);
// The same over slots cut to their low 16 bits (b-bit minwise hashing with b = 16, Li & Koenig
// 2010): two different minima agree by chance with probability 2^-16, so the estimate exceeds
// the 32-bit one by at most (1 - J) / 65536 in expectation (0.0003 equal slots of 128 at J =
// 0.85), far below its standard error; half the memory of a stored signature.
double estimate_jaccard(std::span<const uint16_t> a, std::span<const uint16_t> b);

// Hashes of the k-shingles (runs of k consecutive ids) of a token-id sequence, appended to *out.
// Sequences shorter than k yield one shingle of the whole sequence (none when empty). A rolling
// polynomial hash over per-token hashes (Karp & Rabin 1987): O(1) per shingle whatever k is.
// Equal id runs give equal hashes; different runs collide with probability about 2^-64.
void shingle_hashes(std::span<const uint32_t> ids, size_t k, std::vector<uint64_t>* out);

}  // namespace precis
