#include "read/http_response.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace precis {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[i]) != lower(prefix[i])) return false;
  }
  return true;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && istarts_with(a, b);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Next line of `s` from *pos without "\n" / "\r\n"; false when no bytes are left. *ended is set
// when the line had a line end (the last line of a cut-off block has none).
bool next_line(std::string_view s, size_t* pos, std::string_view* line, bool* ended) {
  if (*pos >= s.size()) return false;
  size_t nl = s.find('\n', *pos);
  *ended = nl != std::string_view::npos;
  if (!*ended) nl = s.size();
  std::string_view l = s.substr(*pos, nl - *pos);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  *line = l;
  *pos = *ended ? nl + 1 : nl;
  return true;
}

// Splits "text/html; charset=\"UTF-8\"" into media type and charset.
void parse_content_type(std::string_view value, std::string* mime, std::string* charset) {
  size_t semi = value.find(';');
  *mime = to_lower(trim(value.substr(0, semi)));
  while (semi != std::string_view::npos) {
    size_t next = value.find(';', semi + 1);
    std::string_view param = trim(value.substr(semi + 1, next - semi - 1));
    semi = next;
    size_t eq = param.find('=');
    if (eq == std::string_view::npos || !iequals(trim(param.substr(0, eq)), "charset")) continue;
    std::string_view cs = trim(param.substr(eq + 1));
    if (cs.size() >= 2 && (cs.front() == '"' || cs.front() == '\'') && cs.back() == cs.front()) {
      cs = cs.substr(1, cs.size() - 2);
    }
    *charset = std::string(trim(cs));
    return;
  }
}

// Chunk size line: hex digits, optional ";extension". -1 when not a size line.
int64_t chunk_size(std::string_view line) {
  line = trim(line.substr(0, line.find(';')));
  if (line.empty() || line.size() > 15) return -1;
  int64_t v = 0;
  for (char c : line) {
    int d = c >= '0' && c <= '9'                 ? c - '0'
            : lower(c) >= 'a' && lower(c) <= 'f' ? lower(c) - 'a' + 10
                                                 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

bool looks_chunked(std::string_view body) {
  size_t pos = 0;
  std::string_view line;
  bool ended = false;
  return next_line(body, &pos, &line, &ended) && ended && chunk_size(line) >= 0;
}

// Removes the chunked transfer coding (RFC 9112 section 7.1); trailers are ignored.
std::string dechunk(std::string_view body, size_t max_bytes, std::vector<std::string>* warnings) {
  std::string out;
  size_t pos = 0;
  std::string_view line;
  bool ended = false;
  while (true) {
    if (!next_line(body, &pos, &line, &ended)) {
      warnings->push_back("chunked body ends without the last (empty) chunk");
      break;
    }
    if (line.empty()) continue;  // tolerate a missing CRLF accounting between chunks
    int64_t size = chunk_size(line);
    if (size < 0) {
      warnings->push_back("invalid chunk size line in chunked body; rest of the body dropped");
      break;
    }
    if (size == 0) break;
    size_t take = std::min<uint64_t>(static_cast<uint64_t>(size), body.size() - pos);
    take = std::min(take, max_bytes - out.size());
    out.append(body.substr(pos, take));
    pos += take;
    if (out.size() >= max_bytes) break;
    if (take < static_cast<uint64_t>(size)) {
      warnings->push_back("chunked body ends inside a chunk");
      break;
    }
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

// zlib inflate with the given window bits (15+32: gzip or zlib header; -15: raw deflate).
// False when the data is not valid from the start.
bool inflate_body(std::string_view in, int window_bits, size_t max_bytes, std::string* out,
                  std::string* problem) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return false;
  out->clear();
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  char buf[1 << 15];
  int rc = Z_OK;
  while (rc == Z_OK && out->size() < max_bytes) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof(buf);
    rc = inflate(&z, Z_NO_FLUSH);
    size_t got = sizeof(buf) - z.avail_out;
    out->append(buf, std::min(got, max_bytes - out->size()));
    if (rc == Z_BUF_ERROR && got > 0) rc = Z_OK;  // made progress; go on
  }
  inflateEnd(&z);
  if (rc == Z_STREAM_END || out->size() >= max_bytes) return true;
  if (out->empty()) return false;
  *problem = rc == Z_BUF_ERROR ? "compressed body is truncated"
                               : std::string("corrupt compressed body (") +
                                     (z.msg ? z.msg : "inflate error") + ")";
  return true;
}

}  // namespace

bool parse_http_response(std::string_view block, HttpResponse* r, std::string* error) {
  *r = HttpResponse();
  size_t pos = 0;
  std::string_view line;
  bool ended = false;
  if (!next_line(block, &pos, &line, &ended) || !istarts_with(line, "HTTP/")) {
    *error = "block does not start with an HTTP status line";
    return false;
  }
  size_t sp = line.find(' ');
  std::string_view code = sp == std::string_view::npos ? "" : trim(line.substr(sp + 1));
  if (code.size() < 3 ||
      !std::all_of(code.begin(), code.begin() + 3, [](char c) { return c >= '0' && c <= '9'; }) ||
      (code.size() > 3 && code[3] != ' ')) {
    *error = "invalid HTTP status line \"" + std::string(line.substr(0, 60)) + "\"";
    return false;
  }
  r->status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');

  bool header_end = false;
  while (next_line(block, &pos, &line, &ended)) {
    if (line.empty()) {
      header_end = ended;
      break;
    }
    if ((line[0] == ' ' || line[0] == '\t') && !r->headers.empty()) {
      r->headers.back().second += ' ';
      r->headers.back().second += trim(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;  // junk line: ignore it
    r->headers.emplace_back(std::string(trim(line.substr(0, colon))),
                            std::string(trim(line.substr(colon + 1))));
  }
  (void)header_end;
  r->header_bytes = pos;
  r->body = block.substr(pos);
  for (const auto& [name, value] : r->headers) {
    if (iequals(name, "Content-Type") && r->content_type.empty()) {
      r->content_type = value;
      parse_content_type(value, &r->mime, &r->charset);
    } else if (iequals(name, "Content-Encoding") && r->content_encoding.empty()) {
      r->content_encoding = to_lower(value);
    } else if (iequals(name, "Transfer-Encoding")) {
      r->chunked = r->chunked || to_lower(value).find("chunked") != std::string::npos;
    }
  }
  return true;
}

std::string decode_http_body(const HttpResponse& r, size_t max_bytes,
                             std::vector<std::string>* warnings) {
  std::string body;
  if (r.chunked && looks_chunked(r.body)) {
    body = dechunk(r.body, max_bytes, warnings);
  } else {
    body.assign(r.body.substr(0, max_bytes));
  }
  const std::string& coding = r.content_encoding;
  if (coding.empty() || coding == "identity" || coding == "none") return body;
  bool gzip_magic = body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
                    static_cast<unsigned char>(body[1]) == 0x8b;
  std::string decoded, problem;
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    // A body that is not compressed despite the header (ClueWeb09) is used as it is.
    if (coding != "deflate" && !gzip_magic) return body;
    if (inflate_body(body, 15 + 32, max_bytes, &decoded, &problem) ||
        (coding == "deflate" && inflate_body(body, -15, max_bytes, &decoded, &problem))) {
      if (!problem.empty()) warnings->push_back(problem);
      return decoded;
    }
    if (coding == "deflate" && sniff_html(body)) return body;
    warnings->push_back("body is not valid " + coding + " data");
    return {};
  }
  if (sniff_html(body)) return body;
  warnings->push_back("unsupported content encoding \"" + coding.substr(0, 30) + "\"");
  return {};
}

// The "HTML" rows of the WHATWG MIME Sniffing Standard, section 7.1 (tag names followed by a
// space or '>'), after leading whitespace, a byte order mark and comments.
bool sniff_html(std::string_view body) {
  std::string_view s = body.substr(0, 4096);
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (true) {
    while (!s.empty() &&
           (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' || s[0] == '\f')) {
      s.remove_prefix(1);
    }
    if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->");
      if (end == std::string_view::npos) return true;  // a comment running off the sniff window
      s.remove_prefix(end + 3);
      continue;
    }
    if (s.substr(0, 5) == "<?xml") {
      size_t end = s.find("?>");
      if (end == std::string_view::npos) return false;
      s.remove_prefix(end + 2);
      continue;
    }
    break;
  }
  static constexpr std::string_view kTags[] = {
      "<!doctype html", "<html", "<head",  "<script", "<iframe", "<h1",   "<div", "<font",
      "<table",         "<a",    "<style", "<title",  "<b",      "<body", "<br",  "<p"};
  for (std::string_view tag : kTags) {
    if (istarts_with(s, tag) && s.size() > tag.size() &&
        (s[tag.size()] == ' ' || s[tag.size()] == '>' || s[tag.size()] == '\t' ||
         s[tag.size()] == '\n' || s[tag.size()] == '\r')) {
      return true;
    }
  }
  return false;
}

bool is_html_response(const HttpResponse& r, std::string_view decoded_body) {
  if (r.status < 200 || r.status > 299) return false;
  if (r.mime == "text/html" || r.mime == "application/xhtml+xml") return true;
  if (r.mime.empty() || r.mime == "application/octet-stream" || r.mime == "unknown/unknown") {
    return sniff_html(decoded_body);
  }
  return false;
}

}  // namespace precis
