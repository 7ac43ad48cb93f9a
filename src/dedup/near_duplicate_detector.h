// NearDuplicateDetector: finds items that repeat an earlier item almost word for word (the same
// wire story republished, lightly edited), in a stream, with bounded memory.
//
// Each item is a token-id sequence; its word k-shingles are MinHashed (minhash.h) and looked up in
// a banded LSH index (lsh_index.h). A candidate whose estimated Jaccard reaches `threshold` makes
// the new item a duplicate of it (the most similar one; the earliest on ties); otherwise the new
// item is indexed as an original. Duplicates are never indexed, so a million copies of one story
// cost one index entry. Callers retire old items with expire_before() (by time) and the detector
// also drops the oldest items beyond `max_items`.
//
// Memory: an original costs its signature cut to 16-bit slots (b-bit minwise hashing, Li & König
// 2010: 256 bytes at 128 slots), 16 bytes of bookkeeping and `bands` LSH entries of 8 bytes
// (tables between 3/8 and 3/4 full), so about 0.5 KB; at the `max_items` cap about 11 MB.
// Originals live in arrival order in a deque, their signatures in blocks of 256 (64 KB at 128
// slots), freed from the front as the window moves and recycled by the allocator: nothing grows
// with the length of the stream, and no allocation is made per original.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "dedup/lsh_index.h"
#include "dedup/minhash.h"

namespace precis {

struct NearDuplicateOptions {
  // Word shingle length. 5 is long enough that unrelated news stories share almost no shingles
  // and short enough that a light edit (a changed word) disturbs only 5 shingles.
  size_t shingle = 5;
  // Signature length and banding: 128 slots estimate Jaccard (standard error 0.03 at 0.85); the
  // LSH uses 16 bands x 4 rows of them: candidate probability 0.99999 at Jaccard 0.85, 0.99 at
  // 0.7, 0.03 at 0.2 (see lsh_index.h). Half the bands of a full 32 x 4 banding, for half the
  // index work, at no loss above the threshold.
  size_t num_slots = 128;
  size_t bands = 16;
  size_t rows = 4;
  // Estimated shingle Jaccard at or above which an item is a near duplicate. 0.85: the two texts
  // share most of their sentences verbatim (a re-sent wire story with a corrected word or an
  // added line), well above updated versions of a developing story (typically 0.3-0.7).
  double threshold = 0.85;
  // Hard cap on indexed originals (about 0.5 KB each with their LSH entries): memory stays
  // bounded however dense the stream; in a burst of more than this many articles per window the
  // oldest originals are forgotten early (at 24,576 in 7 days, 3,500 articles a day, the window
  // shortens). 24,576 = 3/4 of 32,768: each band's LSH table then stays at 32,768 slots (it
  // doubles past 3/4 full), so the index at the cap is about 12 MB; 32,768 originals would cost
  // 4 MB more for the last quarter (a table of 65,536 slots a band).
  size_t max_items = 24576;
};

class NearDuplicateDetector {
 public:
  explicit NearDuplicateDetector(const NearDuplicateOptions& options = {});

  struct Match {
    uint64_t original;  // key of the earlier item
    double similarity;  // estimated Jaccard
  };
  // Checks the item `key` (unique, increasing) with token ids `ids` at `time`. Returns the
  // original it duplicates, or nullopt after indexing it as a new original.
  std::optional<Match> add(uint64_t key, std::span<const uint32_t> ids, int64_t time);
  // Forgets the originals added at a time before `time`.
  void expire_before(int64_t time);
  size_t size() const { return originals_.size(); }
  // LSH entries held (bands per original, fewer when full buckets forgot some).
  size_t index_entries() const { return index_.entries(); }
  // Bytes held (originals, signature blocks, LSH tables), for memory accounting.
  size_t memory_bytes() const;
  const NearDuplicateOptions& options() const { return options_; }

 private:
  struct Original {
    uint64_t key;
    int64_t time;
  };
  static constexpr size_t kBlock = 256;  // signatures per block
  // Signature of originals_[i], num_slots() 16-bit slots.
  std::span<const uint16_t> signature(size_t i) const {
    const size_t p = block_front_ + i;
    return {blocks_[p / kBlock].get() + (p % kBlock) * hasher_.num_slots(), hasher_.num_slots()};
  }
  void push_original(uint64_t key, int64_t time);
  void forget_oldest();

  NearDuplicateOptions options_;
  MinHasher hasher_;
  LshIndex index_;
  // Originals in arrival order; the LSH refers to them by sequence number (modulo 2^32):
  // originals_[i] has number front_number_ + i.
  std::deque<Original> originals_;
  uint32_t front_number_ = 0;
  // Their signatures, kBlock to a block; originals_.front() is at block_front_ of the first.
  std::deque<std::unique_ptr<uint16_t[]>> blocks_;
  size_t block_front_ = 0;
  // Scratch buffers reused across calls.
  std::vector<uint64_t> shingles_;
  std::vector<uint32_t> keys_, expired_keys_, candidates_;
  MinHashSignature sig_;
  std::vector<uint16_t> sig16_;
};

}  // namespace precis
