// Stopwords: closed-class words per language (data/stopwords/<lang>.txt, one lower-case word
// per line, written for precis). Unknown languages have an empty list: callers then rely on
// document frequency alone.
#pragma once

#include <string_view>

namespace precis {

class StopwordList {
 public:
  virtual ~StopwordList() = default;
  virtual bool contains(std::string_view lowercase_word) const = 0;
  virtual size_t size() const = 0;
};

// The list for an ISO 639-1 code; loaded once and shared (immutable, thread-safe).
const StopwordList& stopwords_for(std::string_view lang);

}  // namespace precis
