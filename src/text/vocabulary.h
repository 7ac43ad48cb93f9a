// Vocabulary: interns strings (terms, stems) to dense integer ids, so later stages work on
// integer arrays instead of strings. Ids are stable for the life of the vocabulary.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace precis {

class Vocabulary {
 public:
  // Id of `term`, adding it when new.
  uint32_t intern(std::string_view term);
  // Id of `term`, or kNone when it was never interned.
  uint32_t find(std::string_view term) const;
  std::string_view term(uint32_t id) const { return terms_[id]; }
  size_t size() const { return terms_.size(); }
  static constexpr uint32_t kNone = UINT32_MAX;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::deque<std::string> storage_;  // stable addresses for the views below
  std::vector<std::string_view> terms_;
  std::unordered_map<std::string_view, uint32_t, Hash, std::equal_to<>> ids_;
};

}  // namespace precis
