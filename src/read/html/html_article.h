// HTML pages to articles: charset detection, parsing (libxml2's HTML parser), main-content
// extraction and metadata (title, byline, publication date, language hints).
// See docs/read-html.md for the rules and the order of trust for metadata.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "precis/article.h"

namespace precis {

struct HtmlInput {
  std::string url;                    // page URL when known (WARC-Target-URI, feed link)
  std::string content_type;           // HTTP Content-Type header when known (may name charset)
  std::string charset;                // forced charset (overrides detection) when non-empty
  std::optional<int64_t> crawl_time;  // seconds since epoch; dates after it are rejected
  std::string origin;                 // for warnings: "page.html", "crawl.warc.gz record 7"
};

struct HtmlOptions {
  // Pages larger than this are cut (with a warning) before parsing, bounding time per page.
  size_t max_bytes = 16u << 20;
  // Keep table text in the body.
  bool include_tables = true;
};

// Extracts one article from raw HTML bytes (any charset). Never throws; problems go into
// Article::warnings. Article::text is the main content, paragraphs separated by '\n'.
Article extract_html_article(std::string_view html, const HtmlInput& input,
                             const HtmlOptions& options = {});

}  // namespace precis
