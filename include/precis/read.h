// precis/read.h: the read stage. Streams articles and clusters out of the inputs users have:
// JSONL (articles or clusters; gzip/zstd), text and Markdown files, HTML pages, WARC files,
// RSS/Atom feeds, directories of any of these (walked recursively, in name order), and "-".
//
// Contract: records are delivered one at a time as they are read (memory stays flat for
// streams); a bad record is reported to Diagnostics with its file and line and the others are
// still delivered; nothing is read twice.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"

namespace precis {

struct ReadOptions {
  // "auto" (by content and extension), "jsonl", "html", "warc", "text", "md", "rss".
  std::string format = "auto";
  // Language of every article: "auto" keeps the input's `lang` or leaves it for detection.
  std::string lang = "auto";
  // Articles longer than this (bytes of text) are cut, with a warning naming the record.
  size_t max_article_bytes = 32u << 20;
};

// What a JSONL line, file or directory yields.
struct ReadSink {
  // A JSONL line holding a cluster ({"id", "articles": [...]}). Optional: when empty, the
  // cluster's articles are delivered one by one to on_article instead.
  std::function<void(Cluster&&)> on_cluster;
  // Any other article. `input` is the command-line INPUT it came from (a file or directory),
  // so callers can group the articles of one directory into one cluster.
  std::function<void(Article&&, const std::string& input)> on_article;
};

class Reader {
 public:
  Reader(ReadOptions options, Diagnostics* diagnostics)
      : options_(std::move(options)), diagnostics_(diagnostics) {}
  // Reads every input in order. Returns false when an input could not be opened at all.
  bool read(const std::vector<std::string>& inputs, const ReadSink& sink);
  // Reads one input (file, directory or "-").
  bool read_one(const std::string& input, const ReadSink& sink);

 private:
  void read_file(const std::string& path, const std::string& input, const ReadSink& sink);
  ReadOptions options_;
  Diagnostics* diagnostics_;
};

// Parses an ISO 8601 date or date-time ("2019-01-24", "1998-10-01T17:41", "...Z", "+01:00")
// into seconds since epoch (UTC). False for anything else or years outside 1800..2200.
bool parse_iso_time(std::string_view s, int64_t* seconds);

}  // namespace precis
