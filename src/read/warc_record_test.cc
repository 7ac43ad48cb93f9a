#include "read/warc_record.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "read/warc_test_util.h"

namespace precis {
namespace {

using warc_test::gzip_member;
using warc_test::make_record;

std::vector<WarcRecord> read_records(const std::string& bytes, Diagnostics* diagnostics,
                                     WarcReaderOptions options = {}) {
  auto in = memory_input(bytes, "test.warc");
  WarcRecordReader reader(in.get(), "test.warc", diagnostics, options);
  std::vector<WarcRecord> out;
  WarcRecord record;
  while (reader.next(&record)) out.push_back(record);
  return out;
}

std::string three_records(bool lf_only = false) {
  return make_record("warcinfo", "", "software: test\r\n", "WARC/1.1", lf_only) +
         make_record("request", "http://example.com/a", "GET /a HTTP/1.1\r\n\r\n", "WARC/1.1",
                     lf_only) +
         make_record("response", "http://example.com/a",
                     "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>", "WARC/1.0",
                     lf_only);
}

void expect_three(const std::vector<WarcRecord>& records) {
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].type(), "warcinfo");
  EXPECT_EQ(records[0].version, "WARC/1.1");
  EXPECT_EQ(records[1].type(), "request");
  EXPECT_EQ(records[1].target_uri(), "http://example.com/a");
  EXPECT_EQ(records[2].type(), "response");
  EXPECT_EQ(records[2].version, "WARC/1.0");
  EXPECT_EQ(records[2].index, 2u);
  EXPECT_EQ(records[2].block, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>");
  EXPECT_EQ(records[2].content_length, records[2].block.size());
  for (const auto& r : records) EXPECT_FALSE(r.truncated);
}

TEST(WarcRecordReader, ReadsPlainRecords) {
  Diagnostics diagnostics;
  expect_three(read_records(three_records(), &diagnostics));
  EXPECT_EQ(diagnostics.errors() + diagnostics.warnings(), 0u);
}

TEST(WarcRecordReader, ReadsPerRecordGzip) {
  std::string gz = gzip_member(make_record("warcinfo", "", "software: test\r\n", "WARC/1.1")) +
                   gzip_member(make_record("request", "http://example.com/a",
                                           "GET /a HTTP/1.1\r\n\r\n", "WARC/1.1")) +
                   gzip_member(make_record(
                       "response", "http://example.com/a",
                       "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Hi</p>", "WARC/1.0"));
  Diagnostics diagnostics;
  expect_three(read_records(gz, &diagnostics));
  EXPECT_EQ(diagnostics.errors(), 0u);
}

TEST(WarcRecordReader, ToleratesLfOnlyLineEnds) {
  Diagnostics diagnostics;
  expect_three(read_records(three_records(/*lf_only=*/true), &diagnostics));
  EXPECT_EQ(diagnostics.errors(), 0u);
}

TEST(WarcRecordReader, HeadersAreCaseInsensitiveAndFolded) {
  std::string bytes =
      "WARC/1.0\r\nwarc-type: resource\r\nX-Note: first\r\n  second\r\n"
      "content-length: 3\r\n\r\nabc\r\n\r\n";
  Diagnostics diagnostics;
  auto records = read_records(bytes, &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].type(), "resource");
  EXPECT_EQ(records[0].header("X-NOTE"), "first second");
  EXPECT_EQ(records[0].block, "abc");
}

TEST(WarcRecordReader, ResynchronisesAfterJunk) {
  std::string bytes = three_records();
  bytes.insert(0, "garbage line\r\nmore garbage\r\n");
  Diagnostics diagnostics;
  auto records = read_records(bytes, &diagnostics);
  expect_three(records);
  ASSERT_EQ(diagnostics.errors(), 1u);
  EXPECT_NE(diagnostics.kept()[0].what.find("skipped 28 bytes"), std::string::npos)
      << diagnostics.kept()[0].what;
}

TEST(WarcRecordReader, WrongContentLengthLosesOnlyThatRecord) {
  std::string first = make_record("resource", "http://x/1", "0123456789");
  // Declare 5 bytes where there are 10: the rest of the block is junk before the next record.
  first.replace(first.find("Content-Length: 10"), 18, "Content-Length: 5");
  std::string bytes = first + make_record("resource", "http://x/2", "abc");
  Diagnostics diagnostics;
  auto records = read_records(bytes, &diagnostics);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].block, "01234");
  EXPECT_EQ(records[1].target_uri(), "http://x/2");
  EXPECT_EQ(diagnostics.errors(), 1u);
  EXPECT_NE(diagnostics.kept()[0].what.find("Content-Length of the record before"),
            std::string::npos);
}

TEST(WarcRecordReader, MissingContentLengthIsReported) {
  std::string bytes = "WARC/1.0\r\nWARC-Type: resource\r\n\r\nabc\r\n\r\n" +
                      make_record("resource", "http://x/2", "abc");
  Diagnostics diagnostics;
  auto records = read_records(bytes, &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].target_uri(), "http://x/2");
  EXPECT_EQ(records[0].index, 0u);
  ASSERT_EQ(diagnostics.errors(), 1u);
  EXPECT_EQ(diagnostics.kept()[0].what, "no Content-Length header");
  EXPECT_EQ(diagnostics.kept()[0].where, "test.warc record 1");
}

TEST(WarcRecordReader, UnterminatedHeaderSectionIsReported) {
  std::string bytes =
      "WARC/1.0\r\nWARC-Type: resource\r\n" + make_record("resource", "http://x/2", "abc");
  Diagnostics diagnostics;
  auto records = read_records(bytes, &diagnostics);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].target_uri(), "http://x/2");
  EXPECT_EQ(diagnostics.errors(), 1u);
}

TEST(WarcRecordReader, TruncatedFinalRecordIsReturnedAndReported) {
  std::string bytes = three_records();
  bytes.resize(bytes.size() - 10);  // cut inside the last block
  Diagnostics diagnostics;
  auto in = memory_input(bytes, "test.warc");
  WarcRecordReader reader(in.get(), "test.warc", &diagnostics);
  WarcRecord record, last;
  size_t n = 0;
  while (reader.next(&record)) {
    ++n;
    last = record;
  }
  EXPECT_EQ(n, 3u);
  record = last;
  EXPECT_TRUE(record.truncated);
  EXPECT_EQ(record.block.size(), record.content_length - 6);  // 4 of the 10 were the CRLFs
  EXPECT_EQ(reader.malformed(), 1u);
  ASSERT_EQ(diagnostics.errors(), 1u);
  EXPECT_EQ(diagnostics.kept()[0].where, "test.warc record 3");
}

TEST(WarcRecordReader, TruncatedGzipIsReported) {
  std::string gz = gzip_member(three_records());
  gz.resize(gz.size() - 20);
  Diagnostics diagnostics;
  auto records = read_records(gz, &diagnostics);
  ASSERT_FALSE(records.empty());
  EXPECT_TRUE(records.back().truncated);
  bool stream_error = false;
  for (const auto& d : diagnostics.kept()) {
    stream_error |= d.what.find("gzip stream is truncated") != std::string::npos;
  }
  EXPECT_TRUE(stream_error);
}

TEST(WarcRecordReader, OversizedBlockIsSkippedWithoutKeepingIt) {
  std::string bytes = make_record("resource", "http://x/big", std::string(5000, 'x')) +
                      make_record("resource", "http://x/small", "abc");
  WarcReaderOptions options;
  options.max_block_bytes = 1000;
  Diagnostics diagnostics;
  auto records = read_records(bytes, &diagnostics, options);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].block_skipped);
  EXPECT_TRUE(records[0].block.empty());
  EXPECT_EQ(records[1].block, "abc");
  EXPECT_EQ(diagnostics.warnings(), 1u);
  EXPECT_EQ(diagnostics.errors(), 0u);
}

TEST(WarcRecordReader, LargeBlockAcrossBufferRefills) {
  std::string big(300000, 'y');
  big[123456] = 'z';
  std::string bytes =
      make_record("resource", "http://x/1", big) + make_record("resource", "http://x/2", "tail");
  Diagnostics diagnostics;
  auto records = read_records(gzip_member(bytes), &diagnostics);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].block, big);
  EXPECT_EQ(records[1].block, "tail");
  EXPECT_EQ(records[1].offset, bytes.find("WARC/1.1", 10));
}

TEST(WarcRecordReader, EmptyAndGarbageInputs) {
  Diagnostics quiet;
  EXPECT_TRUE(read_records("", &quiet).empty());
  EXPECT_TRUE(read_records("\r\n\r\n", &quiet).empty());
  EXPECT_EQ(quiet.errors(), 0u);
  Diagnostics noisy;
  EXPECT_TRUE(read_records("<html>not a warc</html>", &noisy).empty());
  EXPECT_EQ(noisy.errors(), 1u);
  Diagnostics bad_version;
  EXPECT_TRUE(read_records("WARC/x\r\nWARC-Type: a\r\n\r\n", &bad_version).empty());
  EXPECT_EQ(bad_version.errors(), 1u);
}

}  // namespace
}  // namespace precis
