#include "text/vocabulary.h"

#include <atomic>

namespace precis {

Vocabulary::Vocabulary() {
  static std::atomic<uint64_t> next{1};
  generation_ = next++;
}

uint32_t Vocabulary::intern(std::string_view term) {
  return *ids_.insert(term, static_cast<uint32_t>(ids_.size())).first;
}

uint32_t Vocabulary::find(std::string_view term) const {
  const uint32_t* id = ids_.find(term);
  return id ? *id : kNone;
}

}  // namespace precis
