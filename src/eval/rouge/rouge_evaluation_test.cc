// Loading evaluations from a ROUGE XML config and from precis JSONL files (invented texts).
#include "eval/rouge/rouge_evaluation.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "eval/rouge/rouge_config.h"
#include "eval/rouge/rouge_report.h"

namespace precis::rouge {
namespace {

namespace fs = std::filesystem;

class RougeEvaluationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("precis_rouge_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "spl");
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(RougeEvaluationTest, ReadsRougeConfigWithRelativePaths) {
  write("spl/P.a.spl", "The cat sat.\nOn the mat.\n");
  write("spl/M.x.spl", "The cat sat on the mat.\n");
  std::string config = write("config.xml",
                             "<ROUGE-EVAL version=\"1.0\">\n<EVAL ID=\"e1\">\n"
                             "<PEER-ROOT>spl</PEER-ROOT>\n<MODEL-ROOT>\nspl\n</MODEL-ROOT>\n"
                             "<INPUT-FORMAT TYPE=\"SPL\"></INPUT-FORMAT>\n"
                             "<PEERS><P ID=\"a\">P.a.spl</P></PEERS>\n"
                             "<MODELS><M ID=\"x\">M.x.spl</M></MODELS>\n</EVAL>\n</ROUGE-EVAL>\n");
  RougeEvaluationSet set;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_rouge_config_evaluation(config, &set, &diagnostics).ok());
  EXPECT_EQ(diagnostics.errors(), 0u);
  ASSERT_EQ(set.cluster_ids, std::vector<std::string>{"e1"});
  ASSERT_EQ(set.systems, std::vector<std::string>{"a"});
  ASSERT_TRUE(set.peers[0][0].has_value());
  EXPECT_EQ(*set.peers[0][0], (Sentences{"The cat sat.", "On the mat."}));
  EXPECT_EQ(set.references[0][0], (Sentences{"The cat sat on the mat."}));

  std::unique_ptr<RougeScorer> scorer;
  ASSERT_TRUE(RougeScorer::Create(RougeOptions{}, &scorer).ok());
  RougeEvaluationResult result = evaluate_rouge(set, scorer.get());
  ASSERT_EQ(result.systems.size(), 1u);
  EXPECT_DOUBLE_EQ(result.systems[0].scores[0].metrics[0].recall, 1.0);  // same six words
  std::string text = format_rouge_report(result, RougeOptions{}, RougeReportFormat::kText, true);
  EXPECT_NE(text.find("a ROUGE-1 Average_R: 1.00000 (95%-conf.int. 1.00000 - 1.00000)"),
            std::string::npos);
  EXPECT_NE(text.find("a ROUGE-1 Eval e1.a R:1.00000 P:1.00000 F:1.00000"), std::string::npos);
}

TEST_F(RougeEvaluationTest, RejectsUnsupportedFormatAndMalformedXml) {
  std::vector<RougeEval> evals;
  std::string see = write("see.xml",
                          "<ROUGE-EVAL><EVAL ID=\"e\"><INPUT-FORMAT TYPE=\"SEE\"/>"
                          "<PEERS><P ID=\"a\">p</P></PEERS></EVAL></ROUGE-EVAL>");
  Status s = read_rouge_config(see, &evals);
  EXPECT_EQ(s.code(), Status::Code::kUnsupported);
  EXPECT_NE(s.message().find("SEE"), std::string::npos);
  Status bad = read_rouge_config(write("bad.xml", "<ROUGE-EVAL><EVAL ID=\"e\">"), &evals);
  EXPECT_EQ(bad.code(), Status::Code::kInvalidInput);
  EXPECT_NE(bad.message().find("bad.xml"), std::string::npos);
  EXPECT_EQ(read_rouge_config((dir_ / "none.xml").string(), &evals).code(),
            Status::Code::kNotFound);
}

TEST_F(RougeEvaluationTest, JsonlInputsMatchByIdAndReportProblems) {
  std::string refs =
      write("refs.jsonl",
            "{\"id\": \"c1\", \"summaries\": [\"A cat sat.\\nIt purred.\", \"The cat sat.\"]}\n"
            "{\"id\": \"c2\", \"summaries\": []}\n"
            "{\"id\": \"c3\", \"summaries\": [\"broken\"\n"
            "{\"id\": 4, \"summaries\": [\"Dogs bark.\"]}\n");
  std::string pred =
      write("pred.jsonl",
            "{\"id\": \"c1\", \"method\": \"lead\", \"sentences\": [{\"text\": \"A cat sat.\", "
            "\"cites\": []}]}\n"
            "{\"id\": \"c9\", \"method\": \"lead\", \"sentences\": []}\n"
            "not json\n");
  RougeEvaluationSet set;
  Diagnostics diagnostics;
  ASSERT_TRUE(load_jsonl_evaluation(refs, {pred}, &set, &diagnostics).ok());
  EXPECT_EQ(set.cluster_ids, (std::vector<std::string>{"c1", "4"}));
  EXPECT_EQ(set.references[0][0], (Sentences{"A cat sat.", "It purred."}));
  EXPECT_EQ(set.systems, std::vector<std::string>{"lead"});
  EXPECT_EQ(*set.peers[0][0], Sentences{"A cat sat."});
  EXPECT_FALSE(set.peers[0][1].has_value());
  // c2 without references, c3 malformed, c9 unknown, "not json", cluster 4 without summary.
  std::vector<std::string> where;
  for (const Diagnostic& d : diagnostics.kept()) where.push_back(d.where + " " + d.what);
  ASSERT_EQ(diagnostics.errors(), 5u);
  auto mentions = [&](const std::string& needle) {
    for (const std::string& w : where) {
      if (w.find(needle) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(mentions("refs.jsonl:2 cluster \"c2\" has no reference summaries"));
  EXPECT_TRUE(mentions("refs.jsonl:3 invalid JSON"));
  EXPECT_TRUE(mentions("pred.jsonl:2 cluster \"c9\" is not in"));
  EXPECT_TRUE(mentions("pred.jsonl:3 invalid JSON"));
  EXPECT_TRUE(mentions("no summary for cluster \"4\""));
}

TEST_F(RougeEvaluationTest, MissingFileIsAStatus) {
  RougeEvaluationSet set;
  Diagnostics diagnostics;
  Status s = load_jsonl_evaluation((dir_ / "nope.jsonl").string(), {}, &set, &diagnostics);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("nope.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace precis::rouge
