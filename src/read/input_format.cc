#include "read/input_format.h"

#include <algorithm>

#include "read/feed_reader.h"

namespace precis {
namespace {

std::string lower_extension(const std::string& path) {
  std::string p = path;
  for (const char* z : {".gz", ".zst", ".zstd"}) {
    std::string_view suffix(z);
    if (p.size() > suffix.size() && p.compare(p.size() - suffix.size(), suffix.size(), z) == 0) {
      p.resize(p.size() - suffix.size());
      break;
    }
  }
  size_t slash = p.find_last_of('/');
  size_t dot = p.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = p.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kWarc: return "warc";
    case InputFormat::kText: return "text";
    case InputFormat::kMarkdown: return "md";
    case InputFormat::kFeed: return "rss";
    default: return "unknown";
  }
}

bool is_readable_extension(const std::string& path) {
  static const char* kKnown[] = {"jsonl", "json", "ndjson", "html", "htm", "xhtml", "warc",
                                 "txt",   "md",   "markdown", "text", "rss", "atom", "xml"};
  std::string ext = lower_extension(path);
  return std::any_of(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return ext == k; });
}

InputFormat detect_input_format(std::string_view forced, const std::string& path,
                                std::string_view head) {
  if (forced == "jsonl") return InputFormat::kJsonl;
  if (forced == "html") return InputFormat::kHtml;
  if (forced == "warc") return InputFormat::kWarc;
  if (forced == "text") return InputFormat::kText;
  if (forced == "md") return InputFormat::kMarkdown;
  if (forced == "rss") return InputFormat::kFeed;
  // Content first: it cannot lie about a WARC or a feed.
  size_t start = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  while (start < head.size() && (head[start] == ' ' || head[start] == '\n' || head[start] == '\r' ||
                                 head[start] == '\t'))
    ++start;
  std::string_view body = head.substr(start);
  if (body.substr(0, 6) == "WARC/1") return InputFormat::kWarc;
  if (looks_like_feed(body)) return InputFormat::kFeed;
  std::string ext = lower_extension(path);
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::kJsonl;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "md" || ext == "markdown") return InputFormat::kMarkdown;
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "warc") return InputFormat::kWarc;
  if (!body.empty() && body[0] == '{') return InputFormat::kJsonl;
  if (starts_with_ci(body, "<!doctype html") || starts_with_ci(body, "<html") ||
      starts_with_ci(body, "<head") || starts_with_ci(body, "<!--")) {
    return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

}  // namespace precis
