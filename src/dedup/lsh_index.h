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
//
// Layout: one flat open-addressing table per band (linear probing, backward-shift deletion;
// Knuth, TAOCP vol. 3, 6.4, algorithm R) of 8-byte entries (32-bit band key, 32-bit item), at
// most 3/4 full: no allocation per item or per bucket, and a lookup reads one or two cache lines
// per band. One table per band rather than one for all: a table that doubles holds the old and
// the new array at once, and a band's table is 1/bands of the whole, so the peak memory of a
// growing index stays close to what it holds. A band key is a 32-bit hash of (band number, band
// slots); a collision only adds a candidate, which the caller checks against the signature.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "dedup/minhash.h"

namespace precis {

class LshIndex {
 public:
  // `bands` x `rows` must not exceed the signature length given to band_keys() (the first
  // bands x rows slots are used).
  LshIndex(size_t bands, size_t rows, size_t max_bucket = 32);

  // The key of each band of `sig` (bands() of them), to pass to the calls below; empty when the
  // signature is shorter than bands x rows (such signatures are never indexed or found).
  void band_keys(std::span<const uint32_t> sig, std::vector<uint32_t>* keys) const;
  // The same over 16-bit slots (signatures stored in b-bit form, b = 16): keys of 16-bit
  // signatures are only comparable with keys of 16-bit signatures.
  void band_keys(std::span<const uint16_t> sig, std::vector<uint32_t>* keys) const;

  // Items are numbered by the caller in insertion order, modulo 2^32: when a bucket is full the
  // item furthest behind the one inserted (by unsigned 32-bit difference) is forgotten.
  void insert(uint32_t item, std::span<const uint32_t> keys);
  // Removes an item inserted with these keys (bands where it is absent, e.g. forgotten by a full
  // bucket, are skipped).
  void remove(uint32_t item, std::span<const uint32_t> keys);
  // Items sharing at least one band key, each once (order unspecified), replacing *out.
  void candidates(std::span<const uint32_t> keys, std::vector<uint32_t>* out) const;

  size_t entries() const;   // (band, item) entries held
  size_t capacity() const;  // slots of all tables (a table doubles past 3/4 full)
  size_t bands() const { return bands_; }
  size_t rows() const { return rows_; }

 private:
  struct Entry {
    uint32_t key;  // band key; 0 marks an empty entry (real keys are never 0)
    uint32_t item;
  };
  struct Table {
    std::vector<Entry> slots;  // power-of-two size
    size_t used = 0;
    unsigned shift = 0;  // 32 - log2(slots.size())
    size_t home(uint32_t key) const { return (key * 0x9e3779b1u) >> shift; }
    size_t next(size_t i) const { return (i + 1) & (slots.size() - 1); }
    void resize(size_t capacity);
    void put(uint32_t key, uint32_t item);  // no bucket limit, no growth
    void erase(uint32_t key, uint32_t item);
  };

  size_t bands_, rows_, max_bucket_;
  std::vector<Table> tables_;  // one per band
};

}  // namespace precis
