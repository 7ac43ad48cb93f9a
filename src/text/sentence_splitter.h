// SentenceSplitter: sentence spans of news text, as byte offsets.
//
// Rules (in order): a blank line or a line break always ends a sentence unless the line is
// clearly wrapped mid-sentence (next line starts lower-case); '.', '!', '?', and the CJK,
// Devanagari and Arabic full stops end a sentence when followed by space and an opening
// (upper-case letter, digit, quote, bracket) — except after known abbreviations ("Mr.", "Gen.",
// "Jan.", "U.S." inside a sentence), single initials ("J. Smith"), and numbers ("No. 5").
// Closing quotes and brackets after the end mark belong to the sentence. Lists of
// abbreviations are per language (data/abbreviations/<lang>.txt) with an English default.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/stopwords.h"

namespace precis {

struct Span {
  uint32_t begin;
  uint32_t end;
};

class SentenceSplitter {
 public:
  explicit SentenceSplitter(std::string_view lang = "en");
  // Appends the sentences of text[begin, end) to *out, trimmed of surrounding white space.
  void split(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) const;
  void split(std::string_view text, std::vector<Span>* out) const {
    split(text, 0, text.size(), out);
  }

 private:
  bool ends_sentence_at_period(std::string_view text, size_t period, size_t next) const;
  bool is_sentence_starter(std::string_view text, size_t pos, size_t end) const;
  const AbbreviationSet& abbreviations_;
  const StopwordList& starters_;  // capitalised function words that open sentences ("The")
};

}  // namespace precis
