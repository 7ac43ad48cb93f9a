#include "dedup/lsh_index.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>

namespace precis {

LshIndex::LshIndex(size_t bands, size_t rows, size_t max_bucket)
    : bands_(std::max<size_t>(1, bands)),
      rows_(std::max<size_t>(1, rows)),
      max_bucket_(std::max<size_t>(1, max_bucket)),
      tables_(bands_) {
  for (Table& t : tables_) t.resize(16);
}

size_t LshIndex::entries() const {
  size_t n = 0;
  for (const Table& t : tables_) n += t.used;
  return n;
}

size_t LshIndex::capacity() const {
  size_t n = 0;
  for (const Table& t : tables_) n += t.slots.size();
  return n;
}

namespace {

template <typename Slot>
void band_keys_of(std::span<const Slot> sig, size_t bands, size_t rows,
                  std::vector<uint32_t>* keys) {
  keys->clear();
  if (sig.size() < bands * rows) return;
  keys->resize(bands);
  for (size_t b = 0; b < bands; ++b) {
    // The band number is the seed: equal slot values in different bands give different keys.
    uint64_t h = XXH3_64bits_withSeed(sig.data() + b * rows, rows * sizeof(Slot), b + 1);
    uint32_t k = static_cast<uint32_t>(h >> 32);
    (*keys)[b] = k != 0 ? k : 1;
  }
}

}  // namespace

void LshIndex::band_keys(std::span<const uint32_t> sig, std::vector<uint32_t>* keys) const {
  band_keys_of(sig, bands_, rows_, keys);
}

void LshIndex::band_keys(std::span<const uint16_t> sig, std::vector<uint32_t>* keys) const {
  band_keys_of(sig, bands_, rows_, keys);
}

void LshIndex::Table::resize(size_t capacity) {
  std::vector<Entry> old;
  old.swap(slots);
  slots.assign(capacity, Entry{0, 0});
  shift = 32 - static_cast<unsigned>(std::countr_zero(capacity));
  used = 0;
  for (const Entry& e : old)
    if (e.key != 0) put(e.key, e.item);
}

void LshIndex::Table::put(uint32_t key, uint32_t item) {
  size_t i = home(key);
  while (slots[i].key != 0) i = next(i);
  slots[i] = Entry{key, item};
  ++used;
}

void LshIndex::insert(uint32_t item, std::span<const uint32_t> keys) {
  if (keys.size() != bands_) return;
  for (size_t b = 0; b < bands_; ++b) {
    Table& t = tables_[b];
    const uint32_t key = keys[b];
    if ((t.used + 1) * 4 > t.slots.size() * 3) t.resize(t.slots.size() * 2);
    // Walk the probe run: count the bucket (entries with this key) and find its oldest item.
    size_t count = 0, oldest = 0;
    uint32_t oldest_age = 0;
    for (size_t i = t.home(key); t.slots[i].key != 0; i = t.next(i)) {
      if (t.slots[i].key != key) continue;
      ++count;
      const uint32_t age = item - t.slots[i].item;
      if (age >= oldest_age) oldest_age = age, oldest = i;
    }
    if (count >= max_bucket_)
      t.slots[oldest].item = item;  // a full bucket forgets its oldest item
    else
      t.put(key, item);
  }
}

void LshIndex::Table::erase(uint32_t key, uint32_t item) {
  size_t i = home(key);
  for (; slots[i].key != 0; i = next(i)) {
    if (slots[i].key == key && slots[i].item == item) break;
  }
  if (slots[i].key == 0) return;
  // Backward-shift deletion: move later entries of the run into the hole when their home does
  // not lie cyclically in (hole, j], so every entry stays reachable from its home without
  // tombstones.
  const size_t mask = slots.size() - 1;
  size_t hole = i;
  for (size_t j = next(hole); slots[j].key != 0; j = next(j)) {
    const size_t h = home(slots[j].key);
    if (((j - h) & mask) >= ((j - hole) & mask)) {
      slots[hole] = slots[j];
      hole = j;
    }
  }
  slots[hole] = Entry{0, 0};
  --used;
}

void LshIndex::remove(uint32_t item, std::span<const uint32_t> keys) {
  if (keys.size() != bands_) return;
  for (size_t b = 0; b < bands_; ++b) tables_[b].erase(keys[b], item);
}

void LshIndex::candidates(std::span<const uint32_t> keys, std::vector<uint32_t>* out) const {
  out->clear();
  if (keys.size() != bands_) return;
  for (size_t b = 0; b < bands_; ++b) {
    const Table& t = tables_[b];
    const uint32_t key = keys[b];
    for (size_t i = t.home(key); t.slots[i].key != 0; i = t.next(i)) {
      if (t.slots[i].key != key) continue;
      const uint32_t item = t.slots[i].item;
      if (std::find(out->begin(), out->end(), item) == out->end()) out->push_back(item);
    }
  }
}

}  // namespace precis
