#include "read/warc_reader.h"

#include <gtest/gtest.h>

#include <vector>

#include "read/warc_test_util.h"

namespace precis {
namespace {

using warc_test::gzip_member;
using warc_test::make_record;

const char* kPage =
    "<!DOCTYPE html><html><head><title>Bridge reopens after repairs</title></head><body>"
    "<article><h1>Bridge reopens after repairs</h1>"
    "<p>The old river bridge reopened on Monday after eight months of repairs, the city "
    "council said in a statement.</p>"
    "<p>Traffic is expected to return to normal levels within a week, officials said, and the "
    "ferry that replaced the bridge will stop running at the end of the month.</p>"
    "</article></body></html>";

std::string http(const std::string& head, const std::string& body) {
  return "HTTP/1.1 " + head + "\r\n\r\n" + body;
}

struct Result {
  WarcStats stats;
  std::vector<Article> articles;
};

Result run(const std::string& bytes, Diagnostics* diagnostics) {
  auto in = memory_input(bytes, "crawl.warc");
  Result r;
  r.stats = read_warc(
      *in, "crawl.warc", [&](Article&& a) { r.articles.push_back(std::move(a)); }, *diagnostics);
  return r;
}

TEST(WarcReader, TurnsHtmlResponsesIntoArticles) {
  std::string warc =
      gzip_member(make_record("warcinfo", "", "software: test\r\n")) +
      gzip_member(make_record("request", "https://news.example/bridge", "GET / HTTP/1.1\r\n\r\n")) +
      gzip_member(make_record("response", "https://news.example/bridge",
                              http("200 OK\r\nContent-Type: text/html; charset=utf-8", kPage))) +
      gzip_member(make_record("metadata", "https://news.example/bridge", "fetchTimeMs: 5\r\n")) +
      gzip_member(make_record("response", "https://news.example/logo.png",
                              http("200 OK\r\nContent-Type: image/png", "\x89PNG...."))) +
      gzip_member(make_record("response", "https://news.example/missing",
                              http("404 Not Found\r\nContent-Type: text/html", kPage)));
  Diagnostics diagnostics;
  Result r = run(warc, &diagnostics);
  EXPECT_EQ(r.stats.records, 6u);
  EXPECT_EQ(r.stats.responses, 3u);
  EXPECT_EQ(r.stats.articles, 1u);
  EXPECT_EQ(r.stats.skipped, 5u);
  EXPECT_EQ(r.stats.malformed, 0u);
  EXPECT_EQ(diagnostics.errors(), 0u);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.url, "https://news.example/bridge");
  EXPECT_EQ(a.origin, "crawl.warc record 3");
  EXPECT_FALSE(a.id.empty());
  EXPECT_NE(a.text.find("The old river bridge reopened on Monday"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("ferry that replaced the bridge"), std::string::npos);
}

TEST(WarcReader, DecodesChunkedGzipBodiesAndSniffsUntypedHtml) {
  std::string gz = gzip_member(kPage);
  char size[16];
  snprintf(size, sizeof(size), "%zx", gz.size());
  std::string chunked = http(
      "200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
      "Content-Encoding: gzip",
      std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n");
  std::string untyped = http("200 OK", kPage);
  Diagnostics diagnostics;
  Result r = run(make_record("response", "https://a.example/1", chunked) +
                     make_record("response", "https://a.example/2", untyped),
                 &diagnostics);
  ASSERT_EQ(r.articles.size(), 2u);
  for (const Article& a : r.articles) {
    EXPECT_NE(a.text.find("eight months of repairs"), std::string::npos) << a.text;
  }
}

TEST(WarcReader, ResourceRecordsWithHtmlAreArticles) {
  std::string record =
      "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://r.example/\r\n"
      "Content-Type: text/html\r\nContent-Length: " +
      std::to_string(strlen(kPage)) + "\r\n\r\n" + kPage + "\r\n\r\n";
  Diagnostics diagnostics;
  Result r = run(record, &diagnostics);
  EXPECT_EQ(r.stats.articles, 1u);
  EXPECT_EQ(r.stats.responses, 0u);
}

TEST(WarcReader, TruncatedResponseStillYieldsArticleWithWarning) {
  std::string warc = make_record("response", "https://news.example/bridge",
                                 http("200 OK\r\nContent-Type: text/html", kPage));
  warc.resize(warc.size() - 60);  // cut inside </body></html>
  Diagnostics diagnostics;
  Result r = run(warc, &diagnostics);
  EXPECT_EQ(r.stats.malformed, 1u);
  EXPECT_EQ(diagnostics.errors(), 1u);
  ASSERT_EQ(r.articles.size(), 1u);
  bool warned = false;
  for (const auto& w : r.articles[0].warnings) warned |= w.find("truncated") != std::string::npos;
  EXPECT_TRUE(warned);
}

TEST(WarcReader, BrokenHttpMessageIsReportedAndReadingGoesOn) {
  std::string warc =
      "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
      "Content-Length: 9\r\n\r\nnot http!\r\n\r\n" +
      make_record("response", "https://news.example/bridge",
                  http("200 OK\r\nContent-Type: text/html", kPage));
  Diagnostics diagnostics;
  Result r = run(warc, &diagnostics);
  EXPECT_EQ(r.stats.records, 2u);
  EXPECT_EQ(r.stats.malformed, 1u);
  EXPECT_EQ(r.stats.articles, 1u);
  ASSERT_EQ(diagnostics.errors(), 1u);
  EXPECT_EQ(diagnostics.kept()[0].where, "crawl.warc record 1");
}

}  // namespace
}  // namespace precis
