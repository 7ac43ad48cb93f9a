// Abbreviations that end in a period without ending a sentence, per language.
#pragma once

#include <string_view>

namespace precis {

enum class AbbreviationKind {
  kNone,
  // Titles and name prefixes ("Mr.", "Gen.", "Sen."): a name always follows, never a sentence end.
  kTitle,
  // Everything else ("Jan.", "Inc.", "U.S.", "a.m.", "Calif."): usually mid-sentence, but a
  // sentence may end with it; the splitter then needs a clear sentence start after it.
  kOther,
};

class AbbreviationSet {
 public:
  virtual ~AbbreviationSet() = default;
  // `word` is lower-cased, without its final period ("gen", "u.s", "a.m").
  virtual AbbreviationKind kind(std::string_view word) const = 0;
};

// The set for an ISO 639-1 code: English plus the language's own (shared, immutable).
const AbbreviationSet& abbreviations_for(std::string_view lang);

}  // namespace precis
