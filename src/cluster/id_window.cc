#include "cluster/id_window.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>

namespace precis {

IdWindow::IdWindow(size_t max_ids) : max_ids_(max_ids) {}

size_t IdWindow::find(uint64_t fingerprint) const {
  size_t i = home(fingerprint);
  while (table_[i] != kEmpty && entry(table_[i]).fingerprint != fingerprint) i = next(i);
  return i;
}

std::optional<uint64_t> IdWindow::add(std::string_view id, int64_t time) {
  if (max_ids_ == 0) {
    ++front_number_;  // nothing remembered, but the numbering goes on
    return std::nullopt;
  }
  const uint64_t fingerprint = XXH3_64bits(id.data(), id.size());
  std::optional<uint64_t> earlier;
  if (size_ > 0) {
    const size_t pos = find(fingerprint);
    if (table_[pos] != kEmpty) {
      earlier =
          front_number_ + static_cast<uint32_t>(table_[pos] - static_cast<uint32_t>(front_number_));
    }
  }
  if (size_ >= max_ids_) pop_front();
  if (size_ == ring_.size()) grow();
  const uint64_t number = next_number();
  ring_[(head_ + size_) % ring_.size()] = Entry{fingerprint, time};
  ++size_;
  // A number whose low 32 bits are the empty mark (one in 2^32) is left out of the table: that
  // one id goes unremembered rather than the table needing a wider slot.
  if (earlier || static_cast<uint32_t>(number) == kEmpty) return earlier;
  table_[find(fingerprint)] = static_cast<uint32_t>(number);
  return earlier;
}

void IdWindow::grow() {
  size_t capacity = std::max<size_t>(64, ring_.size() * 2);
  if (capacity > max_ids_ / 8) capacity = max_ids_;  // the last step: the full size at once
  std::vector<Entry> ring(capacity);
  for (size_t i = 0; i < size_; ++i) ring[i] = at(i);
  ring_.swap(ring);
  head_ = 0;
  // The table, at most half full at any size of the ring, is rebuilt for the new positions.
  std::vector<uint32_t> old(std::bit_ceil(std::max<size_t>(16, 2 * capacity)), kEmpty);
  old.swap(table_);
  shift_ = 64 - static_cast<unsigned>(std::countr_zero(table_.size()));
  for (uint32_t number : old) {
    if (number == kEmpty) continue;
    size_t i = home(entry(number).fingerprint);
    while (table_[i] != kEmpty) i = next(i);
    table_[i] = number;
  }
}

void IdWindow::erase_at(size_t position) {
  // Backward-shift deletion (Knuth, TAOCP vol. 3, 6.4, algorithm R): later entries of the probe
  // run move into the hole unless their home lies cyclically in (hole, j].
  const size_t mask = table_.size() - 1;
  size_t hole = position;
  for (size_t j = next(hole); table_[j] != kEmpty; j = next(j)) {
    const size_t h = home(entry(table_[j]).fingerprint);
    if (((j - h) & mask) >= ((j - hole) & mask)) {
      table_[hole] = table_[j];
      hole = j;
    }
  }
  table_[hole] = kEmpty;
}

void IdWindow::pop_front() {
  // The front article leaves the table only when the table points at it (a repeated id points
  // at its first occurrence, which left earlier).
  const size_t pos = find(at(0).fingerprint);
  if (table_[pos] != kEmpty && table_[pos] == static_cast<uint32_t>(front_number_)) erase_at(pos);
  head_ = (head_ + 1) % ring_.size();
  --size_;
  ++front_number_;
}

void IdWindow::expire_before(int64_t time) {
  while (size_ > 0 && at(0).time < time) pop_front();
}

size_t IdWindow::memory_bytes() const {
  return ring_.capacity() * sizeof(Entry) + table_.capacity() * sizeof(uint32_t);
}

}  // namespace precis
