// End-to-end tests of `precis summarize`: golden outputs on the bundled sample, the citation
// contract, bad input, and the seed cluster of the brief (when ../shared is present).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "cli_runner.h"

namespace precis::test {
namespace {

using nlohmann::json;

// Golden files are regenerated with tests/update_golden.sh after a deliberate change.
TEST(SummarizeCli, GoldenOutputsOnBundledSample) {
  struct Case {
    std::string args, golden;
  } cases[] = {
      {"summarize data/sample/wikinews-en.jsonl", "wikinews-en.concept.jsonl"},
      {"summarize --method lexrank --words 50 data/sample/wikinews-en.jsonl", "wikinews-en.lexrank50.jsonl"},
      {"summarize --method centroid --bytes 665 data/sample/wikinews-en.jsonl", "wikinews-en.centroid665b.jsonl"},
      {"summarize --method lead data/sample/wikinews-en.jsonl", "wikinews-en.lead.jsonl"},
      {"summarize --format md data/sample/state-department", "state-department.md"},
  };
  std::string cwd = std::filesystem::current_path();
  std::filesystem::current_path(PRECIS_SOURCE_DIR);
  for (const auto& c : cases) {
    CliResult r = run_precis(c.args);
    EXPECT_EQ(r.exit_code, 0) << c.args << "\n" << r.err;
    EXPECT_EQ(r.out, read_file(source_path("tests/golden/" + c.golden))) << c.args;
  }
  std::filesystem::current_path(cwd);
}

TEST(SummarizeCli, CitationsPointAtTheQuotedText) {
  std::string sample = source_path("data/sample/wikinews-en.jsonl");
  CliResult r = run_precis("summarize " + sample);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Index the input articles by id.
  std::map<std::string, std::string> text;
  for (const json& c : json_lines(read_file(sample))) {
    for (const json& a : c["articles"]) text[a["doc_id"]] = a["text"];
  }
  auto summaries = json_lines(r.out);
  ASSERT_EQ(summaries.size(), 10u);
  size_t multi_cited = 0;
  for (const json& s : summaries) {
    EXPECT_EQ(s["method"], "concept");
    EXPECT_LE(s["words"].get<int>(), 100);
    ASSERT_FALSE(s["sentences"].empty());
    for (const json& sent : s["sentences"]) {
      const json& first = sent["cites"][0];
      const std::string& t = text.at(first["doc"]);
      size_t start = first["start"], end = first["end"];
      ASSERT_LE(end, t.size());
      EXPECT_EQ(t.substr(start, end - start), sent["text"].get<std::string>());
      std::set<std::string> docs;
      for (const json& c : sent["cites"]) EXPECT_TRUE(docs.insert(c["doc"]).second);
      multi_cited += sent["cites"].size() > 1;
    }
  }
  EXPECT_GT(multi_cited, 0u);  // WikiNews articles repeat each other: some sentences cite several
}

TEST(SummarizeCli, ThreadsGiveTheSameOutput) {
  std::string sample = source_path("data/sample/wikinews-en.jsonl");
  CliResult one = run_precis("summarize --threads 1 " + sample);
  CliResult two = run_precis("summarize --threads 2 " + sample);
  EXPECT_EQ(one.out, two.out);
}

TEST(SummarizeCli, StdinAndCompressedInput) {
  std::string sample = source_path("data/sample/wikinews-en.jsonl");
  std::string gz = "/tmp/precis_cli_sample_" + std::to_string(getpid()) + ".jsonl.gz";
  ASSERT_EQ(std::system(("gzip -c " + sample + " > " + gz).c_str()), 0);
  CliResult plain = run_precis("summarize " + sample);
  CliResult compressed = run_precis("summarize " + gz);
  CliResult piped = run_precis("summarize -", sample);
  EXPECT_EQ(plain.out, compressed.out);
  EXPECT_EQ(plain.out, piped.out);
  std::remove(gz.c_str());
}

TEST(SummarizeCli, BadRecordsAreReportedAndTheRestSummarized) {
  std::string path = "/tmp/precis_cli_bad_" + std::to_string(getpid()) + ".jsonl";
  std::string good = R"({"id":"good","articles":[{"doc_id":"g1","text":"The council approved the new budget for the city schools on Monday after a long debate. Teachers welcomed the decision and said classes would resume."},{"doc_id":"g2","text":"City schools will reopen after the council approved the budget on Monday. The teachers union praised the vote."}]})";
  std::string big(20u << 20, 'a');
  for (size_t i = 0; i < big.size(); i += 7) big[i] = ' ';
  {
    std::ofstream o(path, std::ios::binary);
    o << good << "\n";                                                   // line 1
    o << "{\"id\":\"broken\",\"articles\":[{\"text\":\"unterminated}\n";  // line 2
    o << R"({"id":"notext","articles":[{"doc_id":"x","title":"no text here"}]})" << "\n";  // 3
    o << R"({"id":"empty","articles":[]})" << "\n";                      // line 4
    o << std::string("\x00\x01\xff\xfe binary junk", 18) << "\n";        // line 5
    o << R"({"id":"badutf8","articles":[{"text":"Caf)" << "\xe9"
      << R"( owners said the new rules would hurt small businesses across the region this year."}]})"
      << "\n";                                                           // line 6
    o << R"({"id":"huge","articles":[{"text":")" << big << "\"}]}\n";   // line 7
    o << good << "\n";                                                   // line 8
  }
  CliResult r = run_precis("summarize " + path);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto out = json_lines(r.out);
  std::vector<std::string> ids;
  for (const json& s : out) ids.push_back(s["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"good", "badutf8", "huge", "good"}));
  EXPECT_NE(r.err.find(path + ":2: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":3: article 0: no \"text\" field"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":5: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":6: invalid UTF-8"), std::string::npos) << r.err;
  std::remove(path.c_str());
}

TEST(SummarizeCli, UsageErrors) {
  EXPECT_EQ(run_precis("summarize --method nonsense x.jsonl").exit_code, 2);
  EXPECT_EQ(run_precis("summarize --words 10 --bytes 100 x.jsonl").exit_code, 2);
  CliResult missing = run_precis("summarize /nonexistent/file.jsonl");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/file.jsonl"), std::string::npos);
}

// The brief's seed cluster: a news page of wire-photo captions and a story, and the State
// Department statement it quotes.
TEST(SummarizeCli, SeedClusterGivesTheEventWithBothSources) {
  std::string seeds = std::string(PRECIS_SOURCE_DIR) + "/../shared/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "../shared/seeds is absent";
  CliResult r = run_precis("summarize " + seeds);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto out = json_lines(r.out);
  ASSERT_EQ(out.size(), 1u);
  const json& sentences = out[0]["sentences"];
  EXPECT_GE(sentences.size(), 2u);
  EXPECT_LE(sentences.size(), 3u);
  std::set<std::string> cited;
  std::string all;
  for (const json& s : sentences) {
    for (const json& c : s["cites"]) cited.insert(c["doc"]);
    all += s["text"].get<std::string>() + "\n";
  }
  EXPECT_EQ(cited.size(), 2u) << r.out;
  EXPECT_NE(all.find("diplomats"), std::string::npos) << all;
  EXPECT_EQ(all.find("EPA-EFE"), std::string::npos) << all;
  EXPECT_EQ(all.find("Website Management"), std::string::npos) << all;
  EXPECT_EQ(all.find("endorsement"), std::string::npos) << all;
  EXPECT_EQ(all.find("date 2019"), std::string::npos) << all;
}

}  // namespace
}  // namespace precis::test
