// Vocabulary: interns strings (terms, stems) to dense integer ids, so later stages work on
// integer arrays instead of strings. Ids are stable for the life of the vocabulary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "text/string_map.h"

namespace precis {

class Vocabulary {
 public:
  Vocabulary();
  // A number no other Vocabulary of this process has: lets caches keyed on a vocabulary tell a
  // new one from an old one that happened to live at the same address.
  uint64_t generation() const { return generation_; }
  // Id of `term`, adding it when new.
  uint32_t intern(std::string_view term);
  // The same, with hash == key_hash(term) computed before (the text analyzer keeps it with
  // each cached stem, so a word met again in a new vocabulary is not hashed again).
  uint32_t intern(std::string_view term, uint64_t hash) {
    return *ids_.insert_hashed(term, hash, static_cast<uint32_t>(ids_.size())).first;
  }
  static uint64_t key_hash(std::string_view term) { return StringMap<uint32_t>::hash(term); }
  // Id of `term`, or kNone when it was never interned.
  uint32_t find(std::string_view term) const;
  // The term of an id; the view is valid until the next intern().
  std::string_view term(uint32_t id) const { return ids_.entry(id).first; }
  size_t size() const { return ids_.size(); }
  // Room for n terms without growing.
  void reserve(size_t n) { ids_.reserve(n); }
  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  uint64_t generation_;
  StringMap<uint32_t> ids_;  // ids are insertion indices
};

}  // namespace precis
