// Agreement with the official ROUGE-1.5.5 on the test vectors in /work/shared/rouge (not part of
// the repository: research-licensed news text). For every option set (a_l100 ... g_l300), both
// datasets and all 6 systems, every per-cluster R/P/F and every printed average and confidence
// bound must be within 0.00005 of ROUGE's output. Skips when the vectors are absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "eval/rouge/rouge_config.h"
#include "eval/rouge/wordnet_exceptions.h"
#include "precis/rouge.h"

namespace precis::rouge {
namespace {

const std::string kVectors = std::string(PRECIS_SOURCE_DIR) + "/../shared/rouge";
constexpr double kTolerance = 0.00005;

// The subset of ROUGE-1.5.5 flags the vectors use.
RougeOptions parse_flags(const std::string& flags) {
  RougeOptions o;
  std::istringstream in(flags);
  std::string flag, value;
  while (in >> flag) {
    if (flag == "-m")
      o.stem = true;
    else if (flag == "-s")
      o.remove_stopwords = true;
    else if (flag == "-u")
      o.skip_add_unigrams = true;
    else if (flag == "-a")
      continue;
    else {
      in >> value;
      if (flag == "-n") o.max_n = std::stoi(value);
      if (flag == "-l") o.max_words = std::stoi(value);
      if (flag == "-b") o.max_bytes = std::stoi(value);
      if (flag == "-c") o.confidence = std::stod(value);
      if (flag == "-r") o.resamples = std::stoi(value);
      if (flag == "-p") o.alpha = std::stod(value);
      if (flag == "-f") o.pooling = value == "B" ? RougePooling::kBest : RougePooling::kAverage;
      if (flag == "-2") o.skip_bigram = true, o.skip_distance = std::stoi(value);
    }
  }
  return o;
}

// One dataset's texts: per EVAL, the peers' and models' lines.
struct Dataset {
  std::vector<RougeEval> evals;
  std::map<std::string, std::vector<std::string>> lines;  // path -> lines
};

Dataset load_dataset(const std::string& name) {
  Dataset d;
  Status s = read_rouge_config(kVectors + "/" + name + "/config.xml", &d.evals);
  EXPECT_TRUE(s.ok()) << s.message();
  for (const RougeEval& e : d.evals) {
    for (const auto* list : {&e.peers, &e.models}) {
      for (const auto& [id, path] : *list) {
        Status r = read_spl_file(path, &d.lines[path]);
        EXPECT_TRUE(r.ok()) << r.message();
      }
    }
  }
  return d;
}

struct Tally {
  size_t checked = 0, mismatched = 0;
  double max_difference = 0;
  void check(double got, double want, const std::string& what) {
    ++checked;
    max_difference = std::max(max_difference, std::fabs(got - want));
    if (std::fabs(got - want) > kTolerance) {
      static const size_t max_report = std::getenv("ROUGE_VECTORS_REPORT")
                                           ? std::stoul(std::getenv("ROUGE_VECTORS_REPORT"))
                                           : 20;
      if (++mismatched <= max_report)
        ADD_FAILURE() << what << ": got " << got << ", ROUGE " << want;
    }
  }
};

void check_score(Tally* t, const RougeScore& got, const nlohmann::json& want,
                 const std::string& what) {
  t->check(got.recall, want["R"].get<double>(), what + " R");
  t->check(got.precision, want["P"].get<double>(), what + " P");
  t->check(got.f, want["F"].get<double>(), what + " F");
}

// The table built from the bundled lists equals the content of ROUGE's WordNet-2.0.exc.db.
TEST(RougeVectorsTest, ExceptionTableEqualsRougeDb) {
  const std::string dump = kVectors + "/data/WordNet-2.0.exc.db.tsv";
  if (!std::filesystem::exists(dump))
    GTEST_SKIP() << "ROUGE-1.5.5 test vectors not found at " << kVectors;
  WordNetExceptions table;
  ASSERT_TRUE(table.load(std::string(PRECIS_DATA_DIR) + "/rouge").ok());
  std::ifstream in(dump);
  std::string line;
  size_t entries = 0, different = 0;
  while (std::getline(in, line)) {
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    ++entries;
    const std::string* base = table.find(line.substr(0, tab));
    if (!base || *base != line.substr(tab + 1)) ++different;
  }
  EXPECT_EQ(different, 0u);
  EXPECT_EQ(entries, table.size());
}

TEST(RougeVectorsTest, AgreesWithRouge155OnEveryValue) {
  if (!std::filesystem::exists(kVectors + "/a_l100.json")) {
    GTEST_SKIP() << "ROUGE-1.5.5 test vectors not found at " << kVectors;
  }
  std::map<std::string, Dataset> datasets;
  for (const char* name : {"duc2003_task2", "multinews_sample"})
    datasets[name] = load_dataset(name);
  Tally total;
  for (const char* set : {"a_l100", "b_b665", "c_nostem_l100", "d_su4_n4_l100", "e_stopwords_l100",
                          "f_untruncated", "g_l300"}) {
    std::ifstream in(kVectors + "/" + set + ".json");
    nlohmann::json expected = nlohmann::json::parse(in);
    RougeOptions options = parse_flags(expected["options"].get<std::string>());
    std::unique_ptr<RougeScorer> scorer;
    ASSERT_TRUE(RougeScorer::Create(options, &scorer).ok());
    Tally tally;
    for (auto& [name, dataset] : datasets) {
      const nlohmann::json& systems = expected["datasets"][name]["systems"];
      for (auto& [system, metrics] : systems.items()) {
        std::vector<std::string> ids;
        std::vector<RougeClusterScores> scores;
        for (const RougeEval& eval : dataset.evals) {
          std::vector<std::vector<std::string>> models;
          for (const auto& [id, path] : eval.models) models.push_back(dataset.lines[path]);
          for (const auto& [peer, path] : eval.peers) {
            if (peer != system) continue;
            ids.push_back(eval.id);
            scores.push_back(scorer->score(dataset.lines[path], models));
          }
        }
        std::vector<RougeAverage> averages = rouge_average(ids, system, scores, options);
        const auto& names = scorer->metric_names();
        for (size_t k = 0; k < names.size(); ++k) {
          ASSERT_TRUE(metrics.contains(names[k])) << set << " " << names[k];
          const nlohmann::json& want = metrics[names[k]];
          std::string where = std::string(set) + " " + name + " " + system + " " + names[k];
          for (size_t c = 0; c < ids.size(); ++c) {
            check_score(&tally, scores[c].metrics[k], want["per_cluster"][ids[c]],
                        where + " " + ids[c]);
          }
          const nlohmann::json& avg = want["average"];
          check_score(&tally, averages[k].average, avg, where + " average");
          for (const char* f : {"R", "P", "F"}) {
            double lo = f[0] == 'R'   ? averages[k].ci_low.recall
                        : f[0] == 'P' ? averages[k].ci_low.precision
                                      : averages[k].ci_low.f;
            double hi = f[0] == 'R'   ? averages[k].ci_high.recall
                        : f[0] == 'P' ? averages[k].ci_high.precision
                                      : averages[k].ci_high.f;
            tally.check(lo, avg[std::string(f) + "_ci"][0].get<double>(),
                        where + " " + f + " ci lo");
            tally.check(hi, avg[std::string(f) + "_ci"][1].get<double>(),
                        where + " " + f + " ci hi");
          }
        }
      }
    }
    std::printf("[rouge vectors] %-18s %zu values checked, %zu mismatched, max |diff| %.2g\n", set,
                tally.checked, tally.mismatched, tally.max_difference);
    total.checked += tally.checked;
    total.mismatched += tally.mismatched;
    total.max_difference = std::max(total.max_difference, tally.max_difference);
  }
  std::printf(
      "[rouge vectors] total: %zu values checked, %zu mismatched (tolerance %.5f), max |diff| "
      "%.2g\n",
      total.checked, total.mismatched, kTolerance, total.max_difference);
  EXPECT_EQ(total.mismatched, 0u);
  EXPECT_GT(total.checked, 100000u);
}

}  // namespace
}  // namespace precis::rouge
