// WARC reader: streams the HTML `response` records of a WARC/1.0 or WARC/1.1 file (per-record
// gzip as Common Crawl writes them is handled by InputStream) and turns each into an Article
// through the HTML extractor, with WARC-Target-URI as url and WARC-Date as crawl time.
// Other records (request, metadata, warcinfo, non-HTML responses) are skipped and counted;
// truncated or malformed records are reported to Diagnostics and reading goes on.
#pragma once

#include <functional>
#include <string>

#include "precis/article.h"
#include "precis/diagnostics.h"
#include "read/html/html_article.h"
#include "read/input_stream.h"

namespace precis {

struct WarcStats {
  size_t records = 0;     // every record seen
  size_t responses = 0;   // response records
  size_t articles = 0;    // HTML responses turned into articles
  size_t skipped = 0;     // records of other types or non-HTML payloads
  size_t malformed = 0;   // truncated or unparsable records (reported)
};

// Reads every record of `in` (named `name` in messages); calls `sink` once per article.
WarcStats read_warc(InputStream& in, const std::string& name,
                    const std::function<void(Article&&)>& sink, Diagnostics& diagnostics,
                    const HtmlOptions& html_options = {});

}  // namespace precis
