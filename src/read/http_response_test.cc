#include "read/http_response.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

#include "read/warc_test_util.h"

namespace precis {
namespace {

// HttpResponse::body is a view into the block, so the blocks are kept alive for the whole test
// program (a deque never moves its elements).
HttpResponse parse(const std::string& block) {
  static std::deque<std::string> blocks;
  blocks.push_back(block);
  HttpResponse r;
  std::string error;
  EXPECT_TRUE(parse_http_response(blocks.back(), &r, &error)) << error;
  return r;
}

std::string decode(const HttpResponse& r, std::vector<std::string>* warnings = nullptr,
                   size_t max_bytes = 1 << 20) {
  std::vector<std::string> local;
  return decode_http_body(r, max_bytes, warnings ? warnings : &local);
}

TEST(HttpResponse, ParsesStatusHeadersAndBody) {
  std::string block =
      "HTTP/1.1 200 OK\r\nServer: x\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n"
      "\r\n<html>body</html>";
  HttpResponse r = parse(block);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.mime, "text/html");
  EXPECT_EQ(r.charset, "ISO-8859-1");
  EXPECT_EQ(r.content_type, "text/html; charset=\"ISO-8859-1\"");
  EXPECT_EQ(r.body, "<html>body</html>");
  EXPECT_EQ(r.header_bytes, block.size() - r.body.size());
  EXPECT_EQ(r.headers.size(), 2u);
}

TEST(HttpResponse, LfOnlyHeadersAndNoReasonPhrase) {
  HttpResponse r = parse("HTTP/1.0 404\nContent-Type: TEXT/HTML;charset=utf-8\n\nnope");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.mime, "text/html");
  EXPECT_EQ(r.charset, "utf-8");
  EXPECT_EQ(r.body, "nope");
  EXPECT_FALSE(is_html_response(r, r.body));  // not 2xx
}

TEST(HttpResponse, RejectsNonHttp) {
  HttpResponse r;
  std::string error;
  EXPECT_FALSE(parse_http_response("GET / HTTP/1.1\r\n\r\n", &r, &error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(parse_http_response("HTTP/1.1 2x0 OK\r\n\r\n", &r, &error));
  EXPECT_FALSE(parse_http_response("", &r, &error));
}

TEST(HttpResponse, DechunksBody) {
  HttpResponse r = parse(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
      "5\r\n<html\r\n6;ext=1\r\n>hello\r\n0\r\n\r\n");
  EXPECT_TRUE(r.chunked);
  std::vector<std::string> warnings;
  EXPECT_EQ(decode(r, &warnings), "<html>hello");
  EXPECT_TRUE(warnings.empty());
}

TEST(HttpResponse, ChunkedHeaderOnAlreadyDechunkedBodyKeepsBody) {
  HttpResponse r = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>plain</html>");
  EXPECT_EQ(decode(r), "<html>plain</html>");
}

TEST(HttpResponse, ChunkCutShortIsWarned) {
  HttpResponse r = parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n<html>abc");
  std::vector<std::string> warnings;
  EXPECT_EQ(decode(r, &warnings), "<html>abc");
  ASSERT_EQ(warnings.size(), 1u);
}

TEST(HttpResponse, GunzipsAndInflatesBody) {
  std::string html = "<html><p>compressed page</p></html>";
  HttpResponse gz =
      parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + warc_test::gzip_member(html));
  EXPECT_EQ(decode(gz), html);
  HttpResponse zlib = parse("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" +
                            warc_test::deflate_bytes(html, false));
  EXPECT_EQ(decode(zlib), html);
  HttpResponse raw = parse("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" +
                           warc_test::deflate_bytes(html, true));
  EXPECT_EQ(decode(raw), html);
}

TEST(HttpResponse, GzipHeaderOnPlainBodyKeepsBody) {
  // ClueWeb09 keeps "Content-Encoding: gzip" on bodies it stored decompressed.
  HttpResponse r = parse("HTTP/1.1 200 OK\nContent-Encoding: gzip\n\n<html>x</html>");
  std::vector<std::string> warnings;
  EXPECT_EQ(decode(r, &warnings), "<html>x</html>");
  EXPECT_TRUE(warnings.empty());
}

TEST(HttpResponse, ChunkedAndGzipped) {
  std::string gz = warc_test::gzip_member("<html>both</html>");
  char size[16];
  snprintf(size, sizeof(size), "%zx", gz.size());
  HttpResponse r =
      parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" +
            std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n");
  EXPECT_EQ(decode(r), "<html>both</html>");
}

TEST(HttpResponse, CorruptGzipIsWarnedAndBombIsCapped) {
  std::string gz = warc_test::gzip_member(std::string(100000, '<'));
  HttpResponse bomb = parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz);
  EXPECT_EQ(decode(bomb, nullptr, 1000).size(), 1000u);

  std::string cut = gz.substr(0, gz.size() / 2);
  HttpResponse truncated = parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + cut);
  std::vector<std::string> warnings;
  std::string partial = decode(truncated, &warnings);
  EXPECT_FALSE(partial.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("truncated"), std::string::npos);

  HttpResponse garbage =
      parse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8b garbage bytes");
  warnings.clear();
  EXPECT_EQ(decode(garbage, &warnings), "");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(HttpResponse, HtmlDecision) {
  HttpResponse html = parse("HTTP/1.1 200 OK\r\nContent-Type: application/xhtml+xml\r\n\r\nx");
  EXPECT_TRUE(is_html_response(html, "x"));
  HttpResponse pdf = parse("HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n<html>");
  EXPECT_FALSE(is_html_response(pdf, "<html>"));
  HttpResponse untyped = parse("HTTP/1.1 200 OK\r\n\r\n");
  EXPECT_TRUE(is_html_response(untyped, "\xEF\xBB\xBF <!-- c --> <!DOCTYPE html><html>"));
  EXPECT_TRUE(is_html_response(untyped, "<HTML>\n<head>"));
  EXPECT_FALSE(is_html_response(untyped, "%PDF-1.4"));
  EXPECT_FALSE(is_html_response(untyped, "<?xml version=\"1.0\"?><rss>"));
  EXPECT_FALSE(is_html_response(untyped, "<bx>"));
}

}  // namespace
}  // namespace precis
