#include "read/warc_reader.h"

#include <optional>
#include <string_view>
#include <vector>

#include "precis/read.h"
#include "read/http_response.h"
#include "read/warc_record.h"

namespace precis {
namespace {

// WARC-Date is W3C-ISO8601 in UTC: "2020-08-08T16:54:17Z", in WARC/1.1 possibly with a
// fraction of a second. Anything else (ClueWeb09 writes "2008-10-294T05:21:46-0700") is not
// used as crawl time rather than guessed at: the WARC shape is checked here, the calendar by
// parse_iso_time.
std::optional<int64_t> parse_warc_date(std::string_view s) {
  if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
      s[16] != ':' || s.back() != 'Z') {
    return std::nullopt;
  }
  int64_t t;
  if (!parse_iso_time(s, &t)) return std::nullopt;
  return t;
}

std::string lower_mime(std::string_view content_type) {
  std::string_view mime = content_type.substr(0, content_type.find(';'));
  while (!mime.empty() && mime.back() == ' ') mime.remove_suffix(1);
  while (!mime.empty() && mime.front() == ' ') mime.remove_prefix(1);
  std::string out(mime);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The HTML document of a record, or false (with *malformed set when the record is broken
// rather than simply not HTML). `response` records hold an HTTP message; `resource` records
// (browser-based crawlers) hold the document itself with its type in Content-Type.
bool html_payload(const WarcRecord& record, const HtmlOptions& options, std::string* body,
                  std::string* content_type, std::vector<std::string>* warnings,
                  std::string* problem) {
  std::string record_mime = lower_mime(record.content_type());
  if (record.type() == "resource") {
    if (record_mime != "text/html" && record_mime != "application/xhtml+xml") return false;
    body->assign(std::string_view(record.block).substr(0, options.max_bytes));
    *content_type = std::string(record.content_type());
    return true;
  }
  // dns: and other non-HTTP responses carry their own types (text/dns).
  bool http = record_mime.rfind("application/http", 0) == 0 ||
              std::string_view(record.block).substr(0, 5) == "HTTP/";
  if (!http) return false;
  HttpResponse response;
  if (!parse_http_response(record.block, &response, problem)) return false;
  *body = decode_http_body(response, options.max_bytes, warnings);
  if (!is_html_response(response, *body)) return false;
  if (body->empty()) {
    *problem = "HTML response without a usable body";
    for (const std::string& w : *warnings) *problem += "; " + w;
    return false;
  }
  *content_type = response.content_type;
  return true;
}

std::string record_id(std::string_view id) {
  if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
  return std::string(id);
}

}  // namespace

WarcStats read_warc(InputStream& in, const std::string& name,
                    const std::function<void(Article&&)>& sink, Diagnostics& diagnostics,
                    const HtmlOptions& html_options) {
  WarcStats stats;
  WarcRecordReader reader(&in, name, &diagnostics);
  WarcRecord record;
  std::string body, content_type, problem;
  std::vector<std::string> warnings;
  while (reader.next(&record)) {
    ++stats.records;
    std::string_view type = record.type();
    if (type == "response") ++stats.responses;
    if ((type != "response" && type != "resource") || record.block_skipped) {
      ++stats.skipped;
      continue;
    }
    std::string where = reader.where(record.index);
    body.clear();
    content_type.clear();
    problem.clear();
    warnings.clear();
    if (!html_payload(record, html_options, &body, &content_type, &warnings, &problem)) {
      if (problem.empty()) {
        ++stats.skipped;
      } else if (!record.truncated) {  // a truncated record was reported already
        ++stats.malformed;
        diagnostics.error(where, problem);
      }
      continue;
    }
    HtmlInput input;
    input.url = std::string(record.target_uri());
    input.content_type = content_type;
    input.crawl_time = parse_warc_date(record.date());
    input.origin = where;
    Article article = extract_html_article(body, input, html_options);
    for (std::string& w : warnings) article.warnings.push_back(std::move(w));
    if (record.truncated) {
      article.warnings.push_back("WARC record is truncated: the page is incomplete");
    }
    if (article.url.empty()) article.url = input.url;
    if (article.id.empty()) article.id = record_id(record.record_id());
    if (article.id.empty()) article.id = name + "#" + std::to_string(record.index + 1);
    article.origin = where;
    sink(std::move(article));
    ++stats.articles;
  }
  stats.malformed += reader.malformed();
  return stats;
}

}  // namespace precis
