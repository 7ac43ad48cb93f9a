// rouge_dev: summarizes a dataset (JSONL clusters with reference `summaries`) with every method
// and prints a ROUGE table (project's ROUGE-1.5.5 re-implementation), with time per method.
//
//   build/rouge_dev --data ../shared/data/duc2003/clusters.jsonl --task 2 --words 100
//   build/rouge_dev --data ../shared/data/multinews/sample250.jsonl --words 300 --metric f
//
// ROUGE options follow the DUC 2004 convention: -n 2 -m -l <words> -f A -p 0.5, bootstrap
// averages with -r 1000 (what ROUGE-1.5.5 prints). Summaries are produced with --truncate (the
// last sentence cut to fill the budget) unless --whole is given, since ROUGE's -l cuts longer
// summaries anyway and published systems are scored that way.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "precis/read.h"
#include "precis/rouge.h"
#include "precis/summarize.h"

using namespace precis;

int main(int argc, char** argv) {
  std::string data, task, methods_arg = "concept,lexrank,centroid,lead", metric = "r";
  size_t words = 100;
  bool whole = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&] { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
    if (a == "--data") data = next();
    else if (a == "--task") task = next();
    else if (a == "--words") words = std::stoul(next());
    else if (a == "--methods") methods_arg = next();
    else if (a == "--metric") metric = next();
    else if (a == "--whole") whole = true;
    else {
      fprintf(stderr, "usage: rouge_dev --data FILE [--task T] [--words N] [--methods a,b] "
                      "[--metric r|f] [--whole]\n");
      return 2;
    }
  }
  if (data.empty()) {
    fprintf(stderr, "rouge_dev: --data is required\n");
    return 2;
  }
  std::vector<Cluster> clusters;
  Diagnostics diag([](const Diagnostic& d) { fprintf(stderr, "%s: %s\n", d.where.c_str(), d.what.c_str()); });
  Reader reader(ReadOptions{}, &diag);
  ReadSink sink;
  // The dataset's "task" field is not part of Cluster; filter by id convention instead:
  // DUC 2003 task 2 ids end in "T" (TDT clusters).
  sink.on_cluster = [&](Cluster&& c) {
    if (task == "2" && (c.id.empty() || c.id.back() != 'T')) return;
    if (task == "3" && (c.id.empty() || c.id.back() == 'T')) return;
    clusters.push_back(std::move(c));
  };
  sink.on_article = [](Article&&, const std::string&) {};
  reader.read({data}, sink);
  RougeOptions ro;
  ro.max_n = 2;
  ro.lcs = false;
  ro.stem = true;
  ro.max_words = static_cast<int>(words);
  std::unique_ptr<RougeScorer> scorer;
  Status st = RougeScorer::Create(ro, &scorer);
  if (!st.ok()) {
    fprintf(stderr, "rouge_dev: %s\n", st.message().c_str());
    return 2;
  }
  printf("dataset: %s%s, %zu clusters, %zu words, %s, ROUGE-1.5.5 -n 2 -m -l %zu -f A (%s)\n",
         data.c_str(), task.empty() ? "" : (" task " + task).c_str(), clusters.size(), words,
         whole ? "whole sentences" : "last sentence cut to fill", words,
         metric == "f" ? "F1" : "recall");
  printf("| method | ROUGE-1 | 95%% CI | ROUGE-2 | 95%% CI | ms/cluster |\n|---|---|---|---|---|---|\n");
  size_t start = 0;
  std::vector<std::string> methods;
  while (start <= methods_arg.size()) {
    size_t comma = methods_arg.find(',', start);
    if (comma == std::string::npos) comma = methods_arg.size();
    methods.push_back(methods_arg.substr(start, comma - start));
    start = comma + 1;
  }
  for (const auto& method : methods) {
    std::vector<std::string> ids;
    std::vector<RougeClusterScores> scores;
    double ms = 0;
    for (const Cluster& c : clusters) {
      SummarizeOptions o;
      o.method = method;
      o.budget = words;
      o.truncate_last = !whole;
      Summary s;
      auto t0 = std::chrono::steady_clock::now();
      Status ok = summarize(c, o, &s);
      ms += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      std::vector<std::string> peer;
      if (ok.ok()) {
        for (const auto& sent : s.sentences) peer.push_back(sent.text);
      }
      std::vector<std::vector<std::string>> models;
      for (const auto& ref : c.summaries) models.push_back({ref});
      ids.push_back(c.id);
      scores.push_back(scorer->score(peer, models));
    }
    auto avg = rouge_average(ids, method, scores, ro);
    auto pick = [&](const RougeScore& s) { return metric == "f" ? s.f : s.recall; };
    printf("| %s | %.2f | %.2f-%.2f | %.2f | %.2f-%.2f | %.1f |\n", method.c_str(),
           100 * pick(avg[0].average), 100 * pick(avg[0].ci_low), 100 * pick(avg[0].ci_high),
           100 * pick(avg[1].average), 100 * pick(avg[1].ci_low), 100 * pick(avg[1].ci_high),
           ms / std::max<size_t>(1, clusters.size()));
    fflush(stdout);
  }
  return 0;
}
