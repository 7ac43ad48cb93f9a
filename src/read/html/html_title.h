// The title of a page. Order of trust: JSON-LD headline, og:title, twitter:title, dc.title,
// the first <h1> when <title> contains it, <title> without its site-name part, the first <h1>.
// A "Headline | Site Name" / "Site - Headline" split is undone only when one part names the
// site (og:site_name, JSON-LD publisher, or the host name) or the same part ends both the
// <title> and the og:title (a suffix repeated across a site's pages).
#pragma once

#include <string>
#include <string_view>

#include "read/html/json_ld.h"
#include "read/html/meta_signals.h"

namespace precis {

// `title` with a " | Site" / " - Site" / "Site: " part removed when that part matches
// `site_name` or `host`; unchanged otherwise.
std::string strip_site_name(std::string_view title, std::string_view site_name,
                            std::string_view host);

std::string choose_title(const MetaSignals& signals, const JsonLdObject* json_ld,
                         std::string_view site_name, std::string_view host);

}  // namespace precis
