// Obvious English: a cheap test that a text sample is English beyond doubt, so language
// identification can skip CLD2 (a seventh of the summarize time on English news) for the bulk
// of English input and keep CLD2 for everything else.
//
// The test is one-sided: "false" means "not sure", never "not English". It answers "true" only
// for a sample of plain ASCII prose (curly quotes and dashes allowed, no other non-ASCII byte,
// which rules out nearly every other Latin-script language) in which words found only in
// English ("the", "of", "and", "which", ...; not "in", "is", "a", "on", "was", which other
// languages share) make up a large share. pipeline/language_guess.cc says how the defaults were
// checked against CLD2 on the dev sets.
#pragma once

#include <string_view>

namespace precis {

struct ObviousEnglishOptions {
  size_t min_words = 20;            // fewer words: not enough evidence
  unsigned min_the = 2;             // occurrences of "the", the most English of words
  double min_english_share = 0.15;  // English-only function words / words
};

bool is_obviously_english(std::string_view sample, const ObviousEnglishOptions& options = {});

}  // namespace precis
