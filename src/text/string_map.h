// StringMap: a flat hash map from strings to values, for the hot paths of the text model
// (word caches, vocabularies). Open addressing with linear probing over a power-of-two table of
// (hash, index) slots; keys and values live in one contiguous vector in insertion order, so a
// lookup touches one slot array and, on a hash match, one entry. See hash() for the hash.
// Entries are never erased one by one; clear() empties the map.
#pragma once

#include <xxhash.h>

#include <cstdint>
#include <cstring>
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
      if (s.hash == h && same_key(entries_[s.index].first, key)) return &entries_[s.index].second;
    }
  }
  const V* find(std::string_view key) const { return const_cast<StringMap*>(this)->find(key); }

  // Inserts (key, value) when key is absent; returns the stored value and whether it was new.
  std::pair<V*, bool> insert(std::string_view key, V value) {
    return insert_hashed(key, hash(key), std::move(value));
  }
  // The same, with h == hash(key) known already (callers that insert one key into several
  // maps, or again and again, keep it).
  std::pair<V*, bool> insert_hashed(std::string_view key, uint64_t h, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();
    size_t i = h & mask();
    for (;; i = (i + 1) & mask()) {
      Slot& s = slots_[i];
      if (s.index == kEmpty) break;
      if (s.hash == h && same_key(entries_[s.index].first, key)) {
        return {&entries_[s.index].second, false};
      }
    }
    slots_[i] = Slot{h, static_cast<uint32_t>(entries_.size())};
    entries_.emplace_back(std::string(key), std::move(value));
    return {&entries_.back().second, true};
  }

  size_t size() const { return entries_.size(); }
  // Room for n entries without growing (growing rehashes every slot and moves every entry).
  void reserve(size_t n) {
    entries_.reserve(n);
    size_t slots = slots_.size();
    while (n * 2 > slots) slots *= 2;
    // One rehash to the final size (doubling step by step filled every intermediate table).
    if (slots != slots_.size()) rehash(slots);
  }
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

 public:
  // Keys are mostly words of a few bytes: up to 16 bytes they are hashed inline from two
  // overlapping loads (which, with the length, determine the key) and a 64-bit finalizer
  // (Murmur3's fmix64); longer keys go to XXH3. Called once per token on the hot path.
  static uint64_t hash(std::string_view key) {
    const char* p = key.data();
    size_t n = key.size();
    if (n > 16) return XXH3_64bits(p, n);
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
      uint32_t x, y;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      a = x;
      b = y;
    } else if (n > 0) {
      a = static_cast<uint8_t>(p[0]) | (uint64_t{static_cast<uint8_t>(p[n / 2])} << 8) |
          (uint64_t{static_cast<uint8_t>(p[n - 1])} << 16);
    }
    uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ ((b + n) * 0xC2B2AE3D27D4EB4FULL);
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDULL;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h;
  }

 private:
  // Key equality without a memcmp call for short keys (a hash match is nearly always a hit,
  // so this compare runs once per lookup).
  // The first and the last sizeof(Word) bytes of two n-byte keys, sizeof(Word) <= n <= 2 *
  // sizeof(Word): together they cover every byte.
  template <typename Word>
  static bool ends_equal(const char* a, const char* b, size_t n) {
    Word a0, a1, b0, b1;
    std::memcpy(&a0, a, sizeof(Word));
    std::memcpy(&a1, a + n - sizeof(Word), sizeof(Word));
    std::memcpy(&b0, b, sizeof(Word));
    std::memcpy(&b1, b + n - sizeof(Word), sizeof(Word));
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  static bool same_key(const std::string& stored, std::string_view key) {
    size_t n = key.size();
    if (stored.size() != n) return false;
    const char* a = stored.data();
    const char* b = key.data();
    if (n > 16) return std::memcmp(a, b, n) == 0;
    if (n >= 8) return ends_equal<uint64_t>(a, b, n);
    if (n >= 4) return ends_equal<uint32_t>(a, b, n);
    if (n == 0) return true;
    // First, middle and last byte cover every byte of a key of 1 to 3 bytes.
    auto pack3 = [n](const char* p) {
      return static_cast<uint8_t>(p[0]) | (uint32_t{static_cast<uint8_t>(p[n / 2])} << 8) |
             (uint32_t{static_cast<uint8_t>(p[n - 1])} << 16);
    };
    return pack3(a) == pack3(b);
  }
  size_t mask() const { return slots_.size() - 1; }
  void grow() { rehash(slots_.size() * 2); }
  void rehash(size_t slot_count) {
    std::vector<Slot> bigger(slot_count, Slot{0, kEmpty});
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
