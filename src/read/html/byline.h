// Authors of a page, from (in order of trust) JSON-LD Person authors, meta tags (author,
// article:author, dc.creator, parsely-author, sailthru.author), itemprop=author, <a rel=author>,
// and elements whose class/id says byline/author. Each candidate is cleaned ("By ", "Von ",
// "Par ", trailing dates, " | Site", e-mail addresses) and rejected when it does not look like a
// name (URLs, long sentences, no letters).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "read/html/date_parser.h"
#include "read/html/json_ld.h"
#include "read/html/meta_signals.h"

namespace precis {

// A cleaned byline, or "" when `raw` does not look like a person or desk name.
std::string clean_byline(std::string_view raw, const DateBounds& bounds);

// The byline to report; multiple JSON-LD authors are joined with "; ". A candidate that only
// repeats the site (`site_name`, or the main label of `host`) is used only when nothing else is
// found.
std::string choose_byline(const MetaSignals& signals, const JsonLdObject* json_ld,
                          const DateBounds& bounds, std::string_view site_name = "",
                          std::string_view host = "");

}  // namespace precis
