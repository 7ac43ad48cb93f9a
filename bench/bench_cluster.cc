// Clustering throughput and memory on a synthetic stream of 1,000,000 articles.
//
//   build/bench_cluster [--articles N] [--events E] [--dev tdt-dev.jsonl] [--stream /tmp/...]
//
// Makes the stream at bench time from the dev texts (bench/synthetic_stream.h) into /tmp as JSONL,
// then in one run: (1) the baseline, reading and parsing the JSONL into Articles; (2) the same plus
// OnlineClusterer::add for every article, single thread. Prints articles/s for both, the time
// spent in clustering alone, peak RSS after 100k articles and at the end (flat means bounded), and
// the pairwise/B-cubed F1 of the events against the generator's own labels.
#include <fmt/format.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "eval/cluster_metrics.h"
#include "pipeline/cluster_output.h"
#include "precis/cluster.h"
#include "precis/read.h"
#include "read/input_stream.h"
#include "read/line_reader.h"
#include "synthetic_stream.h"

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// CPU seconds of this thread: the per-core cost, whatever else runs on the machine.
double cpu_now() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Peak resident set size of this process so far, in MB (VmHWM).
double peak_rss_mb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

std::vector<std::string> load_texts(const std::string& path) {
  std::vector<std::string> texts;
  std::ifstream f(path);
  std::string line;
  while (std::getline(f, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"]);
  }
  return texts;
}

// Streams the JSONL file as Articles (the baseline work every consumer of the stream pays).
template <typename F>
size_t for_each_article(const std::string& path, F&& f) {
  precis::Status st;
  auto in = precis::open_input(path, &st);
  if (!in) {
    fmt::print(stderr, "{}\n", st.message());
    std::exit(2);
  }
  precis::LineReader lines(in.get());
  simdjson::ondemand::parser parser;
  std::string padded;
  std::string_view line;
  size_t n = 0;
  precis::Article a;
  while (lines.next(&line)) {
    padded.assign(line);
    padded.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    auto doc = parser.iterate(padded.data(), padded.size(), padded.capacity());
    std::string_view id, text, time;
    if (doc["id"].get(id) || doc["time"].get(time) || doc["text"].get(text)) continue;
    a.id.assign(id);
    a.text.assign(text);
    int64_t t;
    if (precis::parse_iso_time(time, &t))
      a.time = t;
    else
      a.time.reset();
    f(a, n++);
  }
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  size_t articles = 1'000'000, events = 5000;
  std::string dev = "/work/shared/data/streams/tdt-dev.jsonl";
  std::string stream = "/tmp/precis_bench_stream.jsonl";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i];
    if (k == "--articles")
      articles = std::stoul(argv[i + 1]);
    else if (k == "--events")
      events = std::stoul(argv[i + 1]);
    else if (k == "--dev")
      dev = argv[i + 1];
    else if (k == "--stream")
      stream = argv[i + 1];
  }
  std::vector<std::string> texts = load_texts(dev);
  if (texts.empty()) {
    fmt::print(stderr, "bench_cluster: no texts in {} (needs ../shared/data)\n", dev);
    return 2;
  }
  // 1. Generate, in a child process so that the generator's memory never shows in the peak RSS
  // measured below. The labels go to a side file, read back only after clustering.
  auto t0 = Clock::now();
  const std::string gold_path = stream + ".events";
  pid_t child = fork();
  if (child == 0) {
    precis::bench::SyntheticStream gen(texts, articles, events);
    FILE* out = std::fopen(stream.c_str(), "w");
    FILE* labels = std::fopen(gold_path.c_str(), "wb");
    if (!out || !labels) _exit(2);
    for (size_t n = 0; n < gen.size(); ++n) {
      auto a = gen.article(n);
      std::fwrite(&a.event, sizeof a.event, 1, labels);
      fmt::print(out, "{{\"id\":\"{}\",\"time\":\"{}\",\"text\":{}}}\n", a.id,
                 precis::format_iso_time(a.time), precis::json_quote(a.text));
    }
    std::fclose(out);
    std::fclose(labels);
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fmt::print(stderr, "bench_cluster: could not write {}\n", stream);
    return 2;
  }
  texts.clear();
  texts.shrink_to_fit();
  size_t total = 0;
  {
    std::ifstream f(gold_path, std::ios::binary | std::ios::ate);
    total = static_cast<size_t>(f.tellg()) / sizeof(uint32_t);
  }
  fmt::print(stderr, "generated {} articles of {} events in {:.1f} s: {}\n", total, events,
             since(t0), stream);
  std::vector<uint64_t> pred(total, 0);  // allocated and touched up front: not part of growth

  // 2. Baseline: read and parse.
  size_t bytes = 0;
  t0 = Clock::now();
  double c0 = cpu_now();
  for_each_article(stream, [&](const precis::Article& a, size_t) { bytes += a.text.size(); });
  double parse_s = since(t0), parse_cpu = cpu_now() - c0;

  // 3. Read, parse and cluster.
  precis::ClusterOptions options;
  precis::Diagnostics diags([](const precis::Diagnostic&) {});
  precis::OnlineClusterer clusterer(options, &diags);
  double cluster_cpu = 0, rss_100k = 0;
  size_t dups = 0, retired = 0, open_at_100k = 0;
  t0 = Clock::now();
  c0 = cpu_now();
  for_each_article(stream, [&](const precis::Article& a, size_t n) {
    double a0 = cpu_now();
    auto as = clusterer.add(a);
    retired += clusterer.take_retired().size();
    cluster_cpu += cpu_now() - a0;
    pred[n] = as.event;
    dups += as.duplicate_of.has_value();
    if (n + 1 == 100'000) rss_100k = peak_rss_mb(), open_at_100k = clusterer.open_events();
  });
  double all_s = since(t0), all_cpu = cpu_now() - c0;
  double rss_end = peak_rss_mb();
  size_t open_end = clusterer.open_events();
  retired += clusterer.finish().size();

  // 4. Quality against the generator's labels.
  std::vector<uint32_t> gold(total);
  {
    std::ifstream f(gold_path, std::ios::binary);
    f.read(reinterpret_cast<char*>(gold.data()), static_cast<std::streamsize>(total * 4));
  }
  std::unordered_map<std::string, std::vector<std::string>> g;
  std::unordered_map<std::string, std::string> p;
  for (size_t i = 0; i < total; ++i) {
    std::string id = std::to_string(i);
    g[id] = {std::to_string(gold[i])};
    p[id] = std::to_string(pred[i]);
  }
  auto s = precis::score_clustering(g, p);

  fmt::print("precis bench_cluster: {} articles, {} planned events, {:.0f} MB of text, 1 thread\n",
             total, events, bytes / 1e6);
  fmt::print("command: {} --articles {} --events {}\n\n", argv[0], articles, events);
  fmt::print("| stage | wall s | CPU s | articles/s per core (CPU) |\n|---|---|---|---|\n");
  fmt::print("| baseline: read + parse JSONL | {:.2f} | {:.2f} | {:.0f} |\n", parse_s, parse_cpu,
             total / parse_cpu);
  fmt::print("| read + parse + cluster | {:.2f} | {:.2f} | {:.0f} |\n", all_s, all_cpu,
             total / all_cpu);
  fmt::print("| cluster only (OnlineClusterer::add) | | {:.2f} | {:.0f} |\n\n", cluster_cpu,
             total / cluster_cpu);
  fmt::print("| after | peak RSS (MB) | open events |\n|---|---|---|\n");
  fmt::print("| 100,000 articles | {:.0f} | {} |\n", rss_100k, open_at_100k);
  fmt::print("| {} articles | {:.0f} | {} |\n\n", total, rss_end, open_end);
  fmt::print(
      "events {} (generator: {}), near-duplicates {}, pairwise F1 {:.4f} "
      "(P {:.4f} R {:.4f}), B-cubed F1 {:.4f}\n",
      retired, s.gold_clusters, dups, s.pair_f1, s.pair_precision, s.pair_recall, s.bcubed_f1);
  std::remove(stream.c_str());
  std::remove(gold_path.c_str());
  return 0;
}
