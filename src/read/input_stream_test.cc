#include "read/input_stream.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "read/line_reader.h"

namespace precis {
namespace {

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("precis_test_" + name)).string();
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string gzip(const std::string& s) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, s.size()) + 32, '\0');
  z.next_in = (Bytef*)s.data();
  z.avail_in = s.size();
  z.next_out = (Bytef*)out.data();
  z.avail_out = out.size();
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::vector<std::string> lines_of(const std::string& path, Status* err) {
  Status st;
  auto in = open_input(path, &st);
  EXPECT_TRUE(st.ok()) << st.message();
  LineReader lr(in.get());
  std::vector<std::string> out;
  std::string_view line;
  while (lr.next(&line)) out.emplace_back(line);
  *err = in->error();
  return out;
}

TEST(InputStream, PlainLinesWithCrlfAndNoFinalNewline) {
  auto p = temp_path("plain.txt");
  write_file(p, "a\r\nbb\n\nccc");
  Status err;
  auto lines = lines_of(p, &err);
  EXPECT_TRUE(err.ok());
  EXPECT_EQ(lines, (std::vector<std::string>{"a", "bb", "", "ccc"}));
}

TEST(InputStream, LongLineGrowsBuffer) {
  auto p = temp_path("long.txt");
  std::string big(300000, 'x');
  write_file(p, "s\n" + big + "\nt\n");
  Status err;
  auto lines = lines_of(p, &err);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], big);
  EXPECT_EQ(lines[2], "t");
}

TEST(InputStream, MultiMemberGzip) {
  auto p = temp_path("multi.gz");
  write_file(p, gzip("one\ntwo\n") + gzip("three\n"));
  Status err;
  auto lines = lines_of(p, &err);
  EXPECT_TRUE(err.ok()) << err.message();
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "three"}));
}

TEST(InputStream, TruncatedGzipIsReportedAfterRecoverableBytes) {
  auto p = temp_path("trunc.gz");
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "line " + std::to_string(i) + "\n";
  std::string gz = gzip(text);
  write_file(p, gz.substr(0, gz.size() / 2));
  Status err;
  auto lines = lines_of(p, &err);
  EXPECT_FALSE(err.ok());
  EXPECT_NE(err.message().find("truncated"), std::string::npos) << err.message();
  EXPECT_NE(err.message().find(p), std::string::npos);
  EXPECT_GT(lines.size(), 10u);
}

TEST(InputStream, Zstd) {
  auto p = temp_path("z.zst");
  std::string text = "alpha\nbeta\n";
  std::string out(ZSTD_compressBound(text.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), text.data(), text.size(), 3));
  write_file(p, out);
  Status err;
  auto lines = lines_of(p, &err);
  EXPECT_TRUE(err.ok());
  EXPECT_EQ(lines, (std::vector<std::string>{"alpha", "beta"}));
}

TEST(InputStream, MissingFileNamesThePath) {
  Status st;
  auto in = open_input("/nonexistent/precis.jsonl", &st);
  EXPECT_EQ(in, nullptr);
  EXPECT_NE(st.message().find("/nonexistent/precis.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace precis
