// Month names of the languages precis reads dates in, matched case-insensitively (ASCII,
// Latin-1, Latin Extended-A and Cyrillic capitals fold to lower case).
#pragma once

#include <string_view>

namespace precis {

// 1..12 when `word` (without a trailing '.') is a month name or usual abbreviation in one of
// en, de, fr, es, it, pt, nl, sv/da/no, pl, cs, ru, tr, fi, hu, ro, id; 0 otherwise.
int month_from_word(std::string_view word);

}  // namespace precis
