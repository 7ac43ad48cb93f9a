// Publication dates read from visible text: labelled dates ("Published: 24 Jan 2019",
// "Veröffentlicht am 24.01.2019") in the short elements whose class/id names a date or byline,
// and the first date written just below the title. Dates announced as updates ("Updated 3 May")
// are passed over when the same text also holds another date; comment, related-article,
// sidebar, footer and navigation regions never reach these rules (meta_signals.h marks them).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "read/html/date_parser.h"
#include "read/html/meta_signals.h"

namespace precis {

// The publication date in one short text: the date after a "published" keyword if any, else
// the first date not announced as an update, else (when allow_update) the first date.
std::optional<ParsedDate> publication_date_in_text(std::string_view text, const DateBounds& bounds,
                                                   SlashOrder order, bool allow_update);

// The first publication date among date labels (document order), preferring labels whose
// class/id says "published" over generic ones; labels hinting "modified" come last.
std::optional<ParsedDate> date_from_labels(const std::vector<DateClue>& labels,
                                           const DateBounds& bounds, SlashOrder order);

}  // namespace precis
