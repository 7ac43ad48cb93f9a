// precis/article.h: the records that travel through the pipeline.
//
// An Article is one news report as the read stage delivers it: clean body text plus metadata.
// Byte offsets anywhere in precis (sentence spans, citations) are offsets into Article::text,
// which for JSONL input is the `text` field exactly as given (after invalid UTF-8 is repaired;
// repair never changes the length of valid input). A Cluster is a set of articles about one event.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace precis {

struct Article {
  std::string id;         // doc_id/id from input; generated ("<file>#<n>") when absent
  std::string title;      // "" when unknown
  std::string text;       // body text, UTF-8; paragraphs separated by '\n'
  std::string url;        // "" when unknown
  std::string source;     // publisher or site name; "" when unknown
  std::string lang;       // ISO 639-1 ("en"); "" = unknown (later stages detect or assume)
  std::string byline;     // author(s), "" when unknown
  std::string dateline;   // "CARACAS, Venezuela (AP) --" moved out of the text, "" when none
  std::string published;  // ISO 8601 date or date-time as found/normalised, "" when unknown
  std::string published_source;  // where `published` came from: json-ld, meta, url, text, input
  // Publication time in seconds since 1970-01-01 UTC, when `published` could be parsed.
  std::optional<int64_t> time;
  std::vector<std::string> credits;   // photo/agency credits moved out of the text
  std::vector<std::string> warnings;  // problems met while reading this article
  std::string origin;                 // where it was read: "file.jsonl:12", "dir/page.html"
};

struct Cluster {
  std::string id;
  std::vector<Article> articles;
  std::string query;                   // topic for query-focused summaries, "" for generic
  std::vector<std::string> summaries;  // reference summaries (evaluation datasets only)
  std::string lang;                    // cluster-level language hint, "" when unknown
  std::string origin;                  // "file.jsonl:3", or the directory read as one cluster
};

}  // namespace precis
