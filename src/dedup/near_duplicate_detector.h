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
// Memory: an original costs its signature (4 bytes a slot: 512 bytes at 128 slots) plus 40
// bytes of bookkeeping and `bands` LSH entries of 8 bytes (at most 3/4 of the table in use), so
// about 0.75 KB; at the `max_items` cap about 25 MB, reached by no stream with fewer than
// `max_items` originals in the window. Originals live in arrival order in a deque (expiry frees
// from the front, in blocks) and each keeps its signature in one allocation of the same size,
// which the allocator recycles as the window moves: nothing grows with the length of the stream.
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
  // Hard cap on indexed originals (about 0.75 KB each with their LSH entries): memory stays
  // bounded however dense the stream; in a burst of more than this many articles per window the
  // oldest originals are forgotten early.
  size_t max_items = 32768;
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
  const NearDuplicateOptions& options() const { return options_; }

 private:
  struct Original {
    uint64_t key;
    int64_t time;
    std::unique_ptr<uint32_t[]> signature;  // num_slots values
  };
  std::span<const uint32_t> signature(const Original& o) const {
    return {o.signature.get(), hasher_.num_slots()};
  }
  void forget_oldest();

  NearDuplicateOptions options_;
  MinHasher hasher_;
  LshIndex index_;
  // Originals in arrival order; the LSH refers to them by sequence number (modulo 2^32):
  // originals_[i] has number front_number_ + i.
  std::deque<Original> originals_;
  uint32_t front_number_ = 0;
  // Scratch buffers reused across calls.
  std::vector<uint64_t> shingles_;
  std::vector<uint32_t> keys_, expired_keys_, candidates_;
  MinHashSignature sig_;
};

}  // namespace precis
