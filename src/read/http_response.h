// HttpResponse: the HTTP message stored in a WARC `response` record (status line, headers,
// body), and the decoding of its body (chunked transfer coding, gzip/deflate content coding).
//
// Crawlers disagree on what they store: Common Crawl since 2018 stores the body decoded and
// renames the headers (X-Crawler-Content-Encoding), ClueWeb09 keeps "Content-Encoding: gzip"
// on bodies it already decompressed, and some writers store LF-only header lines. So decoding is
// driven by the headers but checked against the bytes: a body that is not really chunked or
// compressed is used as it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis {

struct HttpResponse {
  int status = 0;                // 200
  std::string mime;              // lowercased media type of Content-Type ("text/html"), or ""
  std::string charset;           // charset parameter of Content-Type as written, or ""
  std::string content_type;      // the Content-Type header as written
  std::string content_encoding;  // lowercased Content-Encoding ("gzip"), or ""
  bool chunked = false;          // Transfer-Encoding names "chunked"
  std::vector<std::pair<std::string, std::string>> headers;  // in order, values trimmed
  size_t header_bytes = 0;  // length of status line + headers + empty line
  std::string_view body;    // the raw body (view into the parsed block)
};

// Parses the status line ("HTTP/1.1 200 OK") and the headers of `block`. False when the block
// does not start with an HTTP status line; *error then says why.
bool parse_http_response(std::string_view block, HttpResponse* response, std::string* error);

// The body with transfer and content codings removed, at most max_bytes long (a decompression
// bomb stops there). Problems (a corrupt gzip body, a body cut inside a chunk) are appended to
// *warnings; the bytes recovered up to that point are returned.
std::string decode_http_body(const HttpResponse& response, size_t max_bytes,
                             std::vector<std::string>* warnings);

// True when the body should be read as an HTML page: a 2xx status and a text/html or
// application/xhtml+xml type, or no usable type and a body that looks like HTML.
bool is_html_response(const HttpResponse& response, std::string_view decoded_body);

// True when the first bytes of `body` look like an HTML document (a doctype, <html>, <head>,
// <body> or another common top-level tag after optional whitespace, BOM and comments).
bool sniff_html(std::string_view body);

}  // namespace precis
