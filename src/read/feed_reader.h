// Feed reader: RSS 2.0 and Atom 1.0 files saved to disk. Each item/entry becomes an Article:
// title, link as url, pubDate/published/updated as publication date, author, and the text of
// content:encoded / content / description / summary (HTML in them is reduced to text).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "precis/article.h"
#include "precis/diagnostics.h"

namespace precis {

// Parses one feed document; calls `sink` per item. Returns the number of items read. A feed
// that cannot be parsed at all is reported to Diagnostics under `name`.
size_t read_feed(std::string_view xml, const std::string& name,
                 const std::function<void(Article&&)>& sink, Diagnostics& diagnostics);

// True when the bytes look like an RSS or Atom document (for format auto-detection).
bool looks_like_feed(std::string_view head);

}  // namespace precis
