// JSONL records: one JSON object a line, either an article or a cluster of articles.
//
// Article fields: "id" | "doc_id", "title", "text" (required), "time" | "published" | "date",
// "url", "source", "lang", "byline". Cluster: "id", "articles" (array of articles), "query",
// "summaries" (references), "lang", "date". Unknown fields are ignored; null is "absent".
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "precis/article.h"
#include "precis/diagnostics.h"

namespace precis {

class JsonlRecordParser {
 public:
  JsonlRecordParser();
  ~JsonlRecordParser();
  // Parses one line read from `where` ("file:line"). Returns false (and reports why) when the
  // line is not a usable record; an empty or blank line is skipped silently (returns false,
  // no report). Bad articles inside a good cluster are reported and left out.
  bool parse(std::string_view line, const std::string& where, Diagnostics& diagnostics,
             std::variant<Article, Cluster>* record);

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace precis
