// LshIndex: banded locality-sensitive hashing over MinHash signatures (Indyk & Motwani 1998;
// Leskovec, Rajaraman & Ullman, Mining of Massive Datasets, ch. 3.4).
//
// A signature of b x r slots is cut into b bands of r slots; two items become candidates when
// all r slots of at least one band agree. For Jaccard s the candidate probability is
// 1 - (1 - s^r)^b: with 32 bands of 4 (128 slots) pairs at s = 0.8 are found with probability
// 1 - 1e-9 and pairs at s = 0.2 with 0.05. Items can be removed, so a streaming caller keeps the
// index bounded to a time window. A bucket keeps at most `max_bucket` items (the most recent):
// when thousands of items share a band it says little about any one of them, and an unbounded
// bucket would make every insert and lookup cost O(bucket) (a story republished ten thousand
// times is still found through its first copy, which duplicates never replace).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "dedup/minhash.h"

namespace precis {

class LshIndex {
 public:
  // `bands` x `rows` must not exceed the signature length given to insert() (the first
  // bands x rows slots are used).
  LshIndex(size_t bands, size_t rows, size_t max_bucket = 32);
  void insert(uint64_t item, const MinHashSignature& sig);
  // Removes an item inserted with this signature (no-op when absent).
  void remove(uint64_t item, const MinHashSignature& sig);
  // Items sharing at least one band with `sig`, each once (order unspecified).
  void candidates(const MinHashSignature& sig, std::vector<uint64_t>* out) const;
  size_t size() const { return size_; }
  size_t bands() const { return bands_; }
  size_t rows() const { return rows_; }

 private:
  uint64_t band_key(const MinHashSignature& sig, size_t band) const;
  size_t bands_, rows_, max_bucket_;
  size_t size_ = 0;
  // Key = hash(band number, band slots). Buckets are small vectors: most hold one item.
  std::unordered_map<uint64_t, std::vector<uint64_t>> buckets_;
};

}  // namespace precis
