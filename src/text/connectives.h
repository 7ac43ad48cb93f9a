// Sentence openers that refer back to what came before ("However, ...", "Later, ...", "But
// ..."): such a sentence, lifted out of its article into a summary, reads as the answer to a
// sentence the reader never saw.
#pragma once

#include <string_view>

namespace precis {

// True when `sentence` opens with a back-referring connective of language `lang`, an ISO 639-1
// code (normalize_language() first); English only for now, other languages always give false.
// The connective must open the sentence with a capital, after any opening quotes.
bool opens_with_connective(std::string_view sentence, std::string_view lang);

}  // namespace precis
