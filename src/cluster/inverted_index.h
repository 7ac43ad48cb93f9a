// InvertedIndex: term -> open events whose centroid contains the term, so an article is compared
// only with events that share one of its terms, never by scanning all events (the candidate step
// of Petrovic et al. 2010 and Miranda et al. 2018).
//
// Events live in slots; a posting names (slot, version modulo 2^10) and carries the term's weight
// in the event's centroid, so scoring reads postings sequentially without looking into the events.
// Each time an event's centroid is recomputed (or the event retired) its version moves on and the
// centroid is indexed afresh; postings of older versions are stale. Stale postings are dropped
// while scanning, and a full sweep runs when they outnumber live ones, so memory stays
// proportional to the open events.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace precis {

// 8 bytes: the slot and the low bits of the version share one word (postings are most of what
// the index holds). A caller keeps its versions in kVersionBits too and calls sweep() each time
// a version reaches a multiple of kSweepEvery: a slot's postings then span fewer than
// 2^kVersionBits versions, so a stale posting never passes for a live one.
struct Posting {
  static constexpr unsigned kSlotBits = 22, kVersionBits = 10;
  static constexpr uint32_t kMaxSlots = 1u << kSlotBits;             // 4,194,304 slots
  static constexpr uint32_t kSweepEvery = 1u << (kVersionBits - 1);  // 512 versions
  uint32_t slot : kSlotBits;
  uint32_t version : kVersionBits;
  float weight;
};
static_assert(sizeof(Posting) == 8);

class InvertedIndex {
 public:
  void add(uint32_t term, Posting p) {
    if (term >= lists_.size()) lists_.resize(term + 1 + term / 2);
    lists_[term].push_back(p);
    ++postings_;
  }
  // Calls visit(posting) for each posting of `term`; postings for which it returns false are
  // removed (stale).
  template <typename Visit>
  void scan(uint32_t term, Visit&& visit) {
    if (term >= lists_.size()) return;
    auto& list = lists_[term];
    size_t keep = 0;
    for (size_t i = 0; i < list.size(); ++i) {
      if (visit(list[i])) list[keep++] = list[i];
    }
    postings_ -= list.size() - keep;
    list.resize(keep);
  }
  // Removes every posting for which live(posting) is false.
  void sweep(const std::function<bool(Posting)>& live);
  size_t postings() const { return postings_; }
  // Bytes held by the lists (capacities), for memory accounting.
  size_t memory_bytes() const;

 private:
  std::vector<std::vector<Posting>> lists_;  // by term id
  size_t postings_ = 0;
};

}  // namespace precis
