// The publication date of a page, chosen among the clues one walk gathered (MetaSignals), the
// page's JSON-LD object and its URL with a documented order of trust (docs/read-html.md,
// "Publication date"):
//
//   1. JSON-LD datePublished / dateCreated of the article-like object
//   2. meta tags naming a publication date (article:published_time, DC.date.issued, pubdate,
//      ...), then the generic names ("date", "DC.date", "created")
//   3. <time> / itemprop elements: pubdate or "published" first, then the first one inside the
//      article, then the first one outside boilerplate regions
//   4. a full date in the URL path (page URL, then canonical URL)
//   5. publication keys in page-state scripts ("publishedDate": "...", then "createdAt")
//   6. visible text: labelled dates, the text below the <h1>, then text nodes with a year
//   7. modification dates (JSON-LD dateModified, article:modified_time, an "Updated" or
//      "last edited" text) as a last resort
//   8. a date in the meta description, then in the page footer.
//
// The convention is htmldate's original_date=True (the benchmark's setting): the day the page
// was first published, as its publisher printed it; a later "Updated" date is not it.
// Four corrections follow the order, each one a case where a machine-readable stamp and the
// page disagree about the same publication ("printed" = the first publication date below the
// headline and those of date labels; "headline date" = the first of them):
//   a. URL tie-break: a stamp one day away from the URL's day becomes the URL's day.
//   b. Generic meta: a date from a generic meta name that differs from the headline date
//      loses to it (CMSs fill "date" with the last change).
//   c. Visible corroboration: when no printed date names the chosen day, the first other
//      publication stamp that does (rules 1-3, then unmarked <time> stamps) is taken.
//   d. Time zone: a stamp with a zone ("2022-05-04T02:41:00Z") whose headline date is the
//      previous or next day with a time of day ("03.05.2022 22:41") becomes the printed day
//      when the two differ by a plausible UTC offset (-12 h .. +14 h).
// Nothing is taken from comments, related-article boxes, sidebars or navigation (MetaSignals
// never collects them; footers only for rule 8), and no date after DateBounds::not_after.
#pragma once

#include <optional>
#include <string_view>

#include "read/html/date_parser.h"
#include "read/html/json_ld.h"
#include "read/html/meta_signals.h"

namespace precis {

struct PublicationDate {
  std::optional<ParsedDate> date;
  const char* source = "";  // "json-ld", "meta", "time", "url", "script", "text"
};

// `json_ld` may be null; `url` may be empty. `order` decides "03/04/2019" (see SlashOrder).
PublicationDate choose_publication_date(const MetaSignals& signals, const JsonLdObject* json_ld,
                                        std::string_view url, const DateBounds& bounds,
                                        SlashOrder order);

}  // namespace precis
