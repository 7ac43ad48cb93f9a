// Checks the WARC record reader against the record listings that ship with the real WARC
// samples in /work/shared (Common Crawl and ClueWeb09 excerpts): same records, in the same
// order, with the same types, ids, dates, target URIs, lengths and truncation. Skipped when the
// shared data is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "read/http_response.h"
#include "read/warc_reader.h"
#include "read/warc_record.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

std::string shared_archive() {
  return std::string(PRECIS_SOURCE_DIR) + "/../shared/data/html/warc_samples.tar.zst";
}

std::string json_string(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

class WarcSamples : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(shared_archive())) GTEST_SKIP() << "no " << shared_archive();
    char dir_template[] = "/tmp/precis_warc_samples_XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
    std::string cmd = "tar --zstd -xf '" + shared_archive() + "' -C '" + dir_ + "'";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  std::string dir_;
};

TEST_F(WarcSamples, RecordListingsAgree) {
  size_t files = 0, records_checked = 0, http_checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
    std::string listing = entry.path().string();
    const std::string suffix = ".records.jsonl";
    if (listing.size() < suffix.size() ||
        listing.compare(listing.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string warc = listing.substr(0, listing.size() - suffix.size());
    SCOPED_TRACE(warc);
    ++files;
    std::vector<nlohmann::json> expected;
    std::ifstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) expected.push_back(nlohmann::json::parse(line));
    }
    Status status;
    auto in = open_input(warc, &status);
    ASSERT_TRUE(in) << status.message();
    Diagnostics diagnostics;
    WarcRecordReader reader(in.get(), warc, &diagnostics);
    WarcRecord record;
    size_t n = 0;
    size_t expected_truncated = 0;
    while (reader.next(&record)) {
      ASSERT_LT(n, expected.size()) << "more records than listed";
      const nlohmann::json& want = expected[n];
      SCOPED_TRACE("record " + std::to_string(n));
      EXPECT_EQ(want["index"].get<size_t>(), record.index);
      EXPECT_EQ(json_string(want, "warc_version"), record.version);
      EXPECT_EQ(json_string(want, "warc_type"), record.type());
      EXPECT_EQ(json_string(want, "record_id"), record.record_id());
      EXPECT_EQ(json_string(want, "date"), record.date());
      EXPECT_EQ(json_string(want, "target_uri"), record.target_uri());
      EXPECT_EQ(json_string(want, "content_type"), record.content_type());
      EXPECT_EQ(want["content_length"].get<uint64_t>(), record.content_length);
      EXPECT_EQ(want["block_bytes_present"].get<uint64_t>(), record.block.size());
      EXPECT_EQ(want["truncated"].get<bool>(), record.truncated);
      expected_truncated += record.truncated;
      if (want.contains("http_status") && !want["http_status"].is_null()) {
        HttpResponse http;
        std::string error;
        ASSERT_TRUE(parse_http_response(record.block, &http, &error)) << error;
        EXPECT_EQ(want["http_status"].get<int>(), http.status);
        // The listing tool reads only CRLF headers; where it found none (ClueWeb09's LF-only
        // headers) its Content-Type and payload length are not comparable.
        if (!want["http_content_type"].is_null()) {
          EXPECT_EQ(json_string(want, "http_content_type"), http.content_type);
          EXPECT_EQ(want["payload_length"].get<size_t>(), http.body.size());
          ++http_checked;
        }
      }
      ++n;
      ++records_checked;
    }
    EXPECT_EQ(n, expected.size());
    // Truncated records are the only problems the samples have; each is reported (plus the
    // truncated gzip stream under it).
    EXPECT_EQ(reader.malformed(), expected_truncated);
    if (expected_truncated == 0) {
      EXPECT_EQ(diagnostics.errors(), 0u);
    }
  }
  EXPECT_GE(files, 5u);
  EXPECT_GE(records_checked, 80u);
  EXPECT_GE(http_checked, 10u);
  std::printf("checked %zu listings, %zu records, %zu HTTP headers\n", files, records_checked,
              http_checked);
}

// read_warc on the same files: every HTML response becomes an article, nothing else does.
TEST_F(WarcSamples, EveryHtmlResponseBecomesAnArticle) {
  size_t total_articles = 0, with_text = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir_)) {
    std::string listing = entry.path().string();
    const std::string suffix = ".records.jsonl";
    if (listing.size() < suffix.size() ||
        listing.compare(listing.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::string warc = listing.substr(0, listing.size() - suffix.size());
    SCOPED_TRACE(warc);
    size_t responses = 0, html = 0, records = 0, truncated = 0;
    std::ifstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line);
      ++records;
      truncated += j["truncated"].get<bool>();
      if (json_string(j, "warc_type") != "response") continue;
      ++responses;
      int status = j.value("http_status", 0);
      std::string type = json_string(j, "http_content_type");
      // A null type in the listing is ClueWeb09's LF-only header, which says text/html.
      if (status >= 200 && status < 300 &&
          (type.empty() || type.find("html") != std::string::npos)) {
        ++html;
      }
    }
    Status status;
    auto in = open_input(warc, &status);
    ASSERT_TRUE(in) << status.message();
    Diagnostics diagnostics;
    std::vector<Article> articles;
    WarcStats stats = read_warc(
        *in, warc, [&](Article&& a) { articles.push_back(std::move(a)); }, diagnostics);
    EXPECT_EQ(stats.records, records);
    EXPECT_EQ(stats.responses, responses);
    EXPECT_EQ(stats.articles, html);
    EXPECT_EQ(stats.malformed, truncated);
    EXPECT_EQ(stats.skipped + stats.articles, records);
    for (const Article& a : articles) {
      EXPECT_FALSE(a.url.empty());
      EXPECT_FALSE(a.id.empty());
      with_text += !a.text.empty();
    }
    total_articles += articles.size();
  }
  EXPECT_GE(total_articles, 40u);
  EXPECT_GE(with_text * 10, total_articles * 8) << with_text << " of " << total_articles;
  std::printf("%zu articles, %zu with text\n", total_articles, with_text);
}

}  // namespace
}  // namespace precis
