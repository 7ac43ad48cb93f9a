// RougeTokenizer: ROUGE-1.5.5's tokenizeText, with -s and -m, producing interned word ids.
//
// ROUGE replaces '-' by " - " and every character outside [A-Za-z0-9-] by a space, splits on
// spaces and keeps only tokens starting with [a-z0-9]; on lower-cased text that is exactly the
// maximal runs of [a-z0-9] ("Maduro's" -> maduro s, "U.S." -> u s, "well-known" -> well known,
// non-ASCII bytes separate words). Then:
//   -s: tokens of the stop list are dropped (exact match, before stemming);
//   -m: tokens longer than 3 characters are looked up in the WordNet exception table, whose base
//       form is used as is; otherwise they are Porter-stemmed. Shorter tokens are left alone.
// Words are interned to dense ids (ids are only meaningful within one tokenizer), and the result
// of stemming each distinct raw token is cached, so the hot loop does not allocate.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eval/rouge/wordnet_exceptions.h"

namespace precis::rouge {

// The -m transformation of one lower-case token (exception table, else Porter).
std::string rouge_stem(std::string_view token, const WordNetExceptions& exceptions);

class RougeTokenizer {
 public:
  // exceptions == nullptr: no stemming; stop_words == nullptr: keep every word. Both must
  // outlive the tokenizer.
  RougeTokenizer(const WordNetExceptions* exceptions,
                 const std::unordered_set<std::string>* stop_words)
      : exceptions_(exceptions), stop_words_(stop_words) {}

  // Appends the word ids of a lower-cased line to *ids.
  void tokenize(std::string_view line, std::vector<uint32_t>* ids);
  // The (stemmed) word of an id.
  const std::string& word(uint32_t id) const { return words_[id]; }
  size_t vocabulary_size() const { return words_.size(); }

 private:
  static constexpr uint32_t kDropped = UINT32_MAX;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  uint32_t lookup(std::string_view token);

  const WordNetExceptions* exceptions_;
  const std::unordered_set<std::string>* stop_words_;
  // raw token -> word id (or kDropped for a stop word), so each distinct token is stemmed once.
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> raw_ids_;
  std::unordered_map<std::string, uint32_t> word_ids_;
  std::vector<std::string> words_;
};

}  // namespace precis::rouge
