#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "precis/read.h"
#include "read/input_format.h"

namespace precis {
namespace {

namespace fs = std::filesystem;

TEST(InputFormat, ByContentThenExtension) {
  EXPECT_EQ(detect_input_format("auto", "x.txt", "WARC/1.0\r\n"), InputFormat::kWarc);
  EXPECT_EQ(detect_input_format("auto", "a.jsonl.gz", "{\"id\":1}"), InputFormat::kJsonl);
  EXPECT_EQ(detect_input_format("auto", "a.md", "# Title"), InputFormat::kMarkdown);
  EXPECT_EQ(detect_input_format("auto", "page", "<!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(detect_input_format("auto", "notes", "plain words"), InputFormat::kText);
  EXPECT_EQ(detect_input_format("text", "a.jsonl", "{}"), InputFormat::kText);
}

TEST(Reader, DirectoryOfTextFilesInNameOrder) {
  fs::path dir = fs::temp_directory_path() / ("precis_reader_" + std::to_string(getpid()));
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.md") << "# Second\n\nBody two.";
  std::ofstream(dir / "a.txt") << "Body one.";
  std::ofstream(dir / "sub" / "c.txt") << "Body three.";
  std::ofstream(dir / "ignored.bin") << "\x01\x02";
  Diagnostics diag;
  Reader reader(ReadOptions{}, &diag);
  std::vector<std::string> ids;
  ReadSink sink;
  sink.on_article = [&](Article&& a, const std::string& input) {
    EXPECT_EQ(input, dir.string());
    ids.push_back(a.id);
  };
  EXPECT_TRUE(reader.read({dir.string()}, sink));
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
  fs::remove_all(dir);
}

TEST(Reader, DirectoryDocumentationIsSkippedAndReported) {
  fs::path dir = fs::temp_directory_path() / ("precis_reader_doc_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "README.md") << "# About these files\n\nTwo reports.";
  std::ofstream(dir / "LICENSE.txt") << "Permission is granted.";
  std::ofstream(dir / "readme_notes.txt") << "An article whose name only starts alike.";
  std::ofstream(dir / "story.txt") << "Body one.";
  Diagnostics diag;
  Reader reader(ReadOptions{}, &diag);
  std::vector<std::string> ids;
  ReadSink sink;
  sink.on_article = [&](Article&& a, const std::string&) { ids.push_back(a.id); };
  EXPECT_TRUE(reader.read({dir.string()}, sink));
  EXPECT_EQ(ids, (std::vector<std::string>{"readme_notes", "story"}));
  EXPECT_EQ(diag.warnings(), 2u);
  EXPECT_EQ(diag.errors(), 0u);
  // Named explicitly, the file is read.
  ids.clear();
  EXPECT_TRUE(reader.read({(dir / "README.md").string()}, sink));
  EXPECT_EQ(ids, (std::vector<std::string>{"README"}));
  fs::remove_all(dir);
}

TEST(Reader, ClustersFlattenWithoutClusterSink) {
  fs::path f = fs::temp_directory_path() / ("precis_reader_" + std::to_string(getpid()) + ".jsonl");
  std::ofstream(f)
      << R"({"id":"c1","lang":"fr","articles":[{"doc_id":"x","text":"Un."},{"doc_id":"y","text":"Deux."}]})"
      << "\n"
      << R"({"id":"solo","text":"Alone."})"
      << "\n";
  Diagnostics diag;
  Reader reader(ReadOptions{}, &diag);
  std::vector<std::string> seen;
  ReadSink sink;
  sink.on_article = [&](Article&& a, const std::string&) { seen.push_back(a.id + "/" + a.lang); };
  reader.read({f.string()}, sink);
  EXPECT_EQ(seen, (std::vector<std::string>{"x/fr", "y/fr", "solo/"}));
  fs::remove(f);
}

TEST(Reader, MissingInputIsReported) {
  Diagnostics diag;
  Reader reader(ReadOptions{}, &diag);
  ReadSink sink;
  sink.on_article = [](Article&&, const std::string&) {};
  EXPECT_FALSE(reader.read({"/nonexistent/precis"}, sink));
  ASSERT_EQ(diag.errors(), 1u);
  EXPECT_EQ(diag.kept()[0].where, "/nonexistent/precis");
}

}  // namespace
}  // namespace precis
