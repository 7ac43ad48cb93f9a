// Schema.org metadata from <script type="application/ld+json"> blocks: the article-like objects
// (NewsArticle, Article, ReportageNewsArticle, BlogPosting, ..., WebPage) with their headline,
// dates, authors, publisher and language. Handles top-level arrays, @graph, and objects nested in
// mainEntity / itemListElement. Broken JSON (raw newlines in strings, HTML comment wrappers,
// trailing junk) is repaired where cheap; otherwise the dates are read with a key search.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace precis {

struct JsonLdObject {
  std::string type;  // first @type, e.g. "NewsArticle"
  // 0 = news/article/blog posting, 1 = other creative work (WebPage, VideoObject, ...).
  int rank = 1;
  std::string headline;  // headline, else name
  std::string date_published;
  std::string date_created;
  std::string date_modified;
  std::vector<std::string> authors;        // Person names (Organization names only if no Person)
  std::vector<std::string> organizations;  // authors that are Organizations
  std::string publisher;                   // publisher.name (or a string publisher)
  std::string in_language;
  std::string url;
  std::string description;
};

// Appends the objects found in one script's text to `out`. Never throws.
void parse_json_ld(std::string_view script, std::vector<JsonLdObject>& out);

// The object to trust for page metadata: the first article-like one with a date, else the first
// article-like one, else the first object with a date, else the first; nullptr when empty.
const JsonLdObject* best_json_ld_object(const std::vector<JsonLdObject>& objects);

}  // namespace precis
