// WordNetExceptions: the inflected-form -> base-form table ROUGE-1.5.5 consults before Porter
// stemming (-m).
//
// ROUGE-1.5.5 reads it from WordNet-2.0.exc.db, a Berkeley DB built from WordNet's four exception
// lists. We build the same table at load time: the files are read in the order adj, adv, noun,
// verb; each line is "inflected base [base2 ...]"; only the first base is kept, and an entry of a
// later file replaces one of an earlier file ("saw" is a noun exception and a verb exception: the
// verb's base "see" wins).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "precis/status.h"

namespace precis::rouge {

class WordNetExceptions {
 public:
  // Loads dir/{adj,adv,noun,verb}.exc. Fails naming the first file that cannot be read.
  Status load(const std::string& dir);
  // Adds one exception list's text (the content of a .exc file); later calls override.
  void add_list(std::string_view text);
  // The base form of an inflected word, or nullptr.
  const std::string* find(std::string_view word) const;
  size_t size() const { return table_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> table_;
};

}  // namespace precis::rouge
