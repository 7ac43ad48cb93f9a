// Metadata of an HTML page: title, byline, publication date, site name, language hints,
// read from JSON-LD (NewsArticle and kin), OpenGraph and other meta tags, <time> elements, the
// URL and the visible text, and chosen with a documented order of trust (docs/read-html.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "read/html/html_article.h"

// libxml2's document type, without including libxml2 in every user of this header.
typedef struct _xmlDoc xmlDoc;

namespace precis {

struct HtmlMetadata {
  std::string title;
  std::string byline;
  std::string site_name;
  std::string lang;              // from <html lang>, content-language or og:locale; "" if none
  std::string published;         // ISO 8601 date (YYYY-MM-DD) or date-time; "" when unknown
  std::string published_source;  // "json-ld", "meta", "time", "url", "script", "text"
  std::optional<int64_t> time;   // `published` in seconds since epoch (UTC)
  std::string canonical_url;     // <link rel=canonical> or og:url, "" if none
  std::string description;       // meta description / og:description
};

// Reads the metadata of a parsed page. `doc` is a libxml2 HTML document (htmlReadMemory).
HtmlMetadata extract_html_metadata(xmlDoc* doc, const HtmlInput& input);

}  // namespace precis
