// TextAnalyzer: the one text model of precis, shared by summarize and cluster: tokenize,
// fold case, stem, mark stopwords, and intern the stems in a Vocabulary.
//
// One analyzer per thread and language (it owns a Stemmer). The vocabulary is passed in so the
// caller decides its scope (one per cluster, one per stream). Speed: word frequencies are
// Zipfian, so the analyzer caches the analysis of each distinct word form as written (stem and
// stopword flag, and its id in the current vocabulary): a word seen before costs one hash
// lookup of its bytes in the text, and case folding and stemming, the costly steps, run once
// per distinct form. The cache is bounded (cleared past `kMaxCachedWords`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/string_map.h"
#include "text/tokenizer.h"
#include "text/vocabulary.h"

namespace precis {

struct Term {
  uint32_t id;     // stem id in the Vocabulary
  uint32_t begin;  // byte span of the token in the analysed text
  uint32_t end;
  bool stop;         // stopword (or a number / punctuation when analyzing words only)
  bool capitalized;  // written with a capital: a hint of a name
};

class TextAnalyzer {
 public:
  explicit TextAnalyzer(std::string_view lang);
  // Appends the word and number terms of text[begin, end) to *out (punctuation is skipped).
  void analyze(std::string_view text, size_t begin, size_t end, Vocabulary& vocab,
               std::vector<Term>* out);
  // The stem of one word (lower-cased first); valid until the next call.
  std::string_view stem_word(std::string_view word);
  const std::string& lang() const { return lang_; }
  bool is_stopword(std::string_view lowercase_word) const { return stops_.contains(lowercase_word); }

 private:
  struct CachedWord {
    std::string stem;
    uint64_t stem_hash;  // Vocabulary::key_hash(stem)
    bool stop;
    uint64_t vocab_generation;  // vocabulary `id` belongs to
    uint32_t id;
  };
  static constexpr size_t kMaxCachedWords = 1 << 18;
  // The cached analysis of a token, keyed by its bytes as written ("The" and "the" are two
  // entries with the same stem). The hit, nearly every call, is inline; a miss analyses the
  // word out of line.
  CachedWord& lookup(std::string_view word, bool number) {
    if (CachedWord* hit = cache_.find(word)) return *hit;
    return add_word(word, number);
  }
  CachedWord& add_word(std::string_view word, bool number);
  StringMap<CachedWord> cache_;
  std::string lang_;
  Stemmer stemmer_;
  const StopwordList& stops_;
  std::vector<Token> tokens_;
  std::string folded_;
};

}  // namespace precis
