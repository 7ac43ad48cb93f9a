#include "text/vocabulary.h"

namespace precis {

uint32_t Vocabulary::intern(std::string_view term) {
  auto it = ids_.find(term);
  if (it != ids_.end()) return it->second;
  storage_.emplace_back(term);
  std::string_view stored = storage_.back();
  uint32_t id = static_cast<uint32_t>(terms_.size());
  terms_.push_back(stored);
  ids_.emplace(stored, id);
  return id;
}

uint32_t Vocabulary::find(std::string_view term) const {
  auto it = ids_.find(term);
  return it == ids_.end() ? kNone : it->second;
}

}  // namespace precis
