// StringMap: a flat hash map from strings to values, for the hot paths of the text model
// (word caches, vocabularies). Open addressing with linear probing over a power-of-two table of
// (hash, index) slots; keys and values live in one contiguous vector in insertion order, so a
// lookup touches one slot array and, on a hash match, one entry. XXH3 hashes (xxhash).
// Entries are never erased one by one; clear() empties the map.
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis {

template <typename V>
class StringMap {
 public:
  StringMap() { slots_.assign(16, Slot{0, kEmpty}); }

  // The value of `key`, or nullptr.
  V* find(std::string_view key) {
    uint64_t h = hash(key);
    for (size_t i = h & mask(); ; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return nullptr;
      if (s.hash == h && entries_[s.index].first == key) return &entries_[s.index].second;
    }
  }
  const V* find(std::string_view key) const { return const_cast<StringMap*>(this)->find(key); }

  // Inserts (key, value) when key is absent; returns the stored value and whether it was new.
  std::pair<V*, bool> insert(std::string_view key, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    uint64_t h = hash(key);
    size_t i = h & mask();
    for (;; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) break;
      if (s.hash == h && entries_[s.index].first == key) return {&entries_[s.index].second, false};
    }
    slots_[i] = Slot{h, static_cast<uint32_t>(entries_.size())};
    entries_.emplace_back(std::string(key), std::move(value));
    return {&entries_.back().second, true};
  }

  size_t size() const { return entries_.size(); }
  void clear() {
    entries_.clear();
    slots_.assign(16, Slot{0, kEmpty});
  }
  // Entries in insertion order (index = order of insertion).
  const std::pair<std::string, V>& entry(size_t i) const { return entries_[i]; }

 private:
  struct Slot {
    uint64_t hash;
    uint32_t index;
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static uint64_t hash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }
  size_t mask() const { return slots_.size() - 1; }
  void grow() {
    std::vector<Slot> bigger(slots_.size() * 2, Slot{0, kEmpty});
    size_t m = bigger.size() - 1;
    for (const Slot& s : slots_) {
      if (s.index == kEmpty) continue;
      size_t i = s.hash & m;
      while (bigger[i].index != kEmpty) i = (i + 1) & m;
      bigger[i] = s;
    }
    slots_.swap(bigger);
  }
  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, V>> entries_;
};

}  // namespace precis
