// End-to-end tests of `precis cluster` and `precis events` on the bundled sample (100 WikiNews
// articles on 10 events, given as clusters and taken article by article): the output contracts,
// the clustering options both commands share, and bad input.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <map>
#include <set>

#include "cli_runner.h"

namespace precis::test {
namespace {

using nlohmann::json;

const std::string kSample = "data/sample/wikinews-en.jsonl";

// doc_id of every article of the sample, in file order, with its cluster id.
std::vector<std::pair<std::string, std::string>> sample_articles() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const json& c : json_lines(read_file(source_path(kSample)))) {
    for (const json& a : c["articles"]) out.emplace_back(a["doc_id"], c["id"]);
  }
  return out;
}

std::string sample() { return source_path(kSample); }

// The partition an event-per-line output makes: each event's set of article ids.
std::set<std::set<std::string>> partition(const std::vector<json>& events) {
  std::set<std::set<std::string>> out;
  for (const json& e : events) {
    out.insert(std::set<std::string>(e["articles"].begin(), e["articles"].end()));
  }
  return out;
}

TEST(ClusterCli, OneLinePerArticleInInputOrder) {
  CliResult r = run_precis("cluster " + sample());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = json_lines(r.out);
  auto articles = sample_articles();
  ASSERT_EQ(lines.size(), articles.size());
  std::set<int64_t> events;
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i]["id"], articles[i].first);
    ASSERT_TRUE(lines[i]["event"].is_number_integer());
    ASSERT_TRUE(lines[i]["score"].is_number());
    events.insert(lines[i]["event"].get<int64_t>());
  }
  // Ten WikiNews stories years apart: some grouping, never all in one.
  EXPECT_GT(events.size(), 1u);
  EXPECT_LT(events.size(), lines.size());
}

TEST(ClusterCli, EventLinesPartitionTheArticlesAndNeverMixStories) {
  CliResult r = run_precis("cluster --events " + sample());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::string> story;
  for (auto& [id, cluster] : sample_articles()) story[id] = cluster;
  std::set<std::string> seen;
  for (const json& e : json_lines(r.out)) {
    EXPECT_FALSE(e["title"].get<std::string>().empty());
    ASSERT_FALSE(e["articles"].empty());
    std::set<std::string> stories;
    for (const json& id : e["articles"]) {
      EXPECT_TRUE(seen.insert(id).second) << id << " is in two events";
      stories.insert(story.at(id));
    }
    // The sample's stories are months or years apart: an event mixing two is a wrong merge.
    EXPECT_EQ(stories.size(), 1u) << e.dump();
  }
  EXPECT_EQ(seen.size(), story.size());
}

TEST(EventsCli, SummariesCiteOnlyTheirOwnArticlesNewestFirst) {
  CliResult r = run_precis("events --words 60 " + sample());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("articles/s"), std::string::npos) << "progress shown on a pipe";
  auto events = json_lines(r.out);
  ASSERT_GT(events.size(), 1u);
  std::string previous_day = "9999";
  for (const json& e : events) {
    std::set<std::string> members(e["articles"].begin(), e["articles"].end());
    ASSERT_TRUE(e["summary"].is_object()) << e.dump();
    EXPECT_LE(e["summary"]["words"].get<int>(), 60);
    ASSERT_FALSE(e["summary"]["sentences"].empty());
    for (const json& s : e["summary"]["sentences"]) {
      for (const json& c : s["cites"]) EXPECT_TRUE(members.count(c["doc"])) << c.dump();
    }
    std::string day = e["last_seen"].get<std::string>().substr(0, 10);
    EXPECT_LE(day, previous_day);
    previous_day = day;
  }
}

TEST(EventsCli, TakesTheClusteringOptionsOfCluster) {
  // The same options give the same partition in both commands.
  const std::string opts =
      "--threshold 0.3 --half-life 10 --decay-floor 0 --singleton-scale 1 --member-gate 0.5 ";
  auto clustered = json_lines(run_precis("cluster --events " + opts + sample()).out);
  CliResult r = run_precis("events " + opts + sample());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto summarized = json_lines(r.out);
  EXPECT_EQ(partition(clustered), partition(summarized));
  // ... and they matter: a stricter bar makes more events than the default.
  EXPECT_GT(summarized.size(), json_lines(run_precis("events " + sample()).out).size());
  // Out-of-range values are usage errors.
  EXPECT_EQ(run_precis("events --decay-floor 2 " + sample()).exit_code, 2);
  EXPECT_EQ(run_precis("cluster --half-life 0 " + sample()).exit_code, 2);
  EXPECT_EQ(run_precis("cluster --place-weight 1.5 " + sample()).exit_code, 2);
}

TEST(ClusterCli, TimeOrderSortsAPileAndKeepsTheOutputInInputOrder) {
  // The sample is ten clusters one after the other, so its articles jump back in time.
  CliResult piled = run_precis("cluster " + sample());
  EXPECT_NE(piled.err.find("out of time order"), std::string::npos) << piled.err;
  CliResult r = run_precis("cluster --time-order " + sample());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("older than the stream"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("out of time order"), std::string::npos) << r.err;
  auto lines = json_lines(r.out);
  auto articles = sample_articles();
  ASSERT_EQ(lines.size(), articles.size());
  for (size_t i = 0; i < lines.size(); ++i) EXPECT_EQ(lines[i]["id"], articles[i].first);
  // Events numbered in time order: the first article of each event in input order is not what
  // opened event 1; the oldest article is.
  CliResult e = run_precis("events --time-order --words 40 " + sample());
  ASSERT_EQ(e.exit_code, 0) << e.err;
  EXPECT_EQ(e.err.find("out of time order"), std::string::npos) << e.err;
  std::map<std::string, std::string> story;
  for (auto& [id, cluster] : articles) story[id] = cluster;
  size_t total = 0;
  for (const json& ev : json_lines(e.out)) {
    std::set<std::string> stories;
    for (const json& id : ev["articles"]) stories.insert(story.at(id));
    EXPECT_EQ(stories.size(), 1u) << ev.dump();
    total += ev["articles"].size();
  }
  EXPECT_EQ(total, articles.size());
  // The same partition from both commands.
  EXPECT_EQ(partition(json_lines(e.out)),
            partition(json_lines(run_precis("cluster --events --time-order " + sample()).out)));
}

TEST(ClusterCli, MissingWordNetIsReportedAndPlacesWeighAsOtherWords) {
  CliResult r = run_precis("cluster --events --wordnet /nonexistent-wordnet " + sample());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("/nonexistent-wordnet/index.noun"), std::string::npos) << r.err;
  CliResult plain = run_precis("cluster --events --place-weight 1 " + sample());
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.err.find("wordnet"), std::string::npos) << plain.err;
  EXPECT_EQ(partition(json_lines(r.out)), partition(json_lines(plain.out)));
}

TEST(EventsCli, BadLinesAreReportedAndTheRestClustered) {
  const std::string path = "/tmp/precis_events_cli_" + std::to_string(getpid()) + ".jsonl";
  {
    std::ofstream f(path);
    f << R"({"id": "a", "time": "2020-03-01T10:00:00", "text": "Floods in Jakarta force thousands from their homes as rivers burst their banks."})" << "\n";
    f << "{not json\n";
    f << R"({"id": "b", "time": "2020-03-01T12:00:00"})" << "\n";
    f << R"({"id": "c", "time": "0000-01-01", "text": "Floods in Jakarta: thousands leave their homes after rivers burst their banks."})" << "\n";
  }
  CliResult r = run_precis("cluster " + path);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(path + ":2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(path + ":4"), std::string::npos) << r.err;  // the year-0 date
  auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_EQ(lines[1]["id"], "c");
  CliResult e = run_precis("events " + path);
  EXPECT_EQ(e.exit_code, 1);
  auto events = json_lines(e.out);
  size_t articles = 0;
  for (const json& ev : events) articles += ev["articles"].size();
  EXPECT_EQ(articles, 2u);
  std::remove(path.c_str());
}

// Text and Markdown name every source: untitled ones by their opening words, an event without
// words by its first article's id.
TEST(EventsCli, UntitledSourcesAndEventsAreLabelled) {
  const std::string path = "/tmp/precis_events_labels_" + std::to_string(getpid()) + ".jsonl";
  {
    std::ofstream f(path);
    f << R"({"id": "a", "time": "2020-03-01T10:00:00", "text": "Floods in Jakarta force thousands from their homes as rivers burst their banks."})" << "\n";
    f << R"({"id": "b", "time": "2020-03-01T12:00:00", "text": "Floods in Jakarta: thousands leave their homes after rivers burst their banks."})" << "\n";
    f << R"({"id": "c", "time": "2020-03-02T12:00:00", "text": " "})" << "\n";
  }
  for (const char* format : {"text", "md"}) {
    CliResult r = run_precis(std::string("events --format ") + format + " " + path);
    EXPECT_NE(r.out.find("Floods in Jakarta force thousands from their homes as rivers burst "
                         "their ..., 2020-03-01 (a)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("(untitled: c)"), std::string::npos) << r.out;
  }
  std::remove(path.c_str());
}

}  // namespace
}  // namespace precis::test
