// IdWindow: the article ids of the recent past, to report an id that repeats an earlier one
// (two records with one id usually mean a feed re-sent or two sources sharing a numbering).
//
// Articles are numbered in the order given (0, 1, 2, ...; the clusterer's arrival index) and
// remembered with the stream time at which they came, until expire_before() passes that time or
// `max_ids` newer articles have come. Only a 64-bit fingerprint of an id is kept (XXH3): two
// different ids collide with probability about n^2 / 2^65, 2e-9 for a window of 250,000.
//
// Layout, chosen for memory that does not grow with the stream (the window of a year-long stream
// holds hundreds of thousands of ids): every article takes one 16-byte entry (fingerprint, time)
// in an arrival-order ring, whose number is its position, so the arrival index is not stored;
// an open-addressing table (linear probing, at most half full, backward-shift deletion as in
// dedup/lsh_index.h) maps a fingerprint to the entry of its first occurrence by 4-byte entry
// number. About 24 bytes an id, against about 60 for an unordered_map plus an expiry deque.
// The ring doubles while it is small, and once it would pass max_ids / 8 it takes its full size
// (max_ids) in one step: a short stream pays for what it holds, a long one reaches its fixed
// footprint early (6 MB at 250,000 ids) and keeps it, with no further growth or reallocation.
// A repeated id gets an entry (it is still an article of the window) but no table slot: the id
// keeps pointing at its first occurrence until that one expires.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace precis {

class IdWindow {
 public:
  // Remembers at most `max_ids` articles (the oldest are forgotten first).
  explicit IdWindow(size_t max_ids);

  // Takes the next article (number `next_number()`) with `id` at stream time `time` (times must
  // not decrease). Returns the number of an earlier article with the same id still remembered,
  // or nullopt.
  std::optional<uint64_t> add(std::string_view id, int64_t time);
  // Forgets the articles taken at a time before `time`.
  void expire_before(int64_t time);

  uint64_t next_number() const { return front_number_ + size_; }
  size_t size() const { return size_; }  // articles remembered
  // Bytes held (entries and table), for memory accounting.
  size_t memory_bytes() const;

 private:
  struct Entry {
    uint64_t fingerprint;
    int64_t time;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;

  size_t home(uint64_t fingerprint) const {
    return (fingerprint * 0x9e3779b97f4a7c15ULL) >> shift_;
  }
  size_t next(size_t i) const { return (i + 1) & (table_.size() - 1); }
  // The entry `offset` places after the front.
  const Entry& at(size_t offset) const { return ring_[(head_ + offset) % ring_.size()]; }
  // The entry of article `number` (modulo 2^32, as the table keeps it).
  const Entry& entry(uint32_t number) const {
    return at(static_cast<uint32_t>(number - static_cast<uint32_t>(front_number_)));
  }
  // Table position holding `fingerprint`, or the empty position where it would go.
  size_t find(uint64_t fingerprint) const;
  void grow();  // a larger ring (see above) and a table for it
  void erase_at(size_t position);
  void pop_front();

  size_t max_ids_;
  std::vector<Entry> ring_;  // article front_number_ + i is at (head_ + i) % ring_.size()
  size_t head_ = 0, size_ = 0;
  uint64_t front_number_ = 0;
  // Entry numbers modulo 2^32 (the window never holds 2^32 articles); kEmpty marks a free slot.
  std::vector<uint32_t> table_;
  unsigned shift_ = 64;
};

}  // namespace precis
