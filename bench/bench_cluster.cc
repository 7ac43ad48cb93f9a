// Clustering throughput and memory on a synthetic stream of 1,000,000 articles.
//
//   build/bench_cluster [--articles N] [--events E] [--dev tdt-dev.jsonl] [--stream FILE] [--reuse]
//
// Makes the stream at bench time from the dev texts (bench/synthetic_stream.h) into /tmp as JSONL,
// then in one run: (1) the baseline, reading and parsing the JSONL into Articles; (2) the same plus
// OnlineClusterer::add for every article, single thread. Prints articles/s for both, the time
// spent in clustering alone, one table of peak RSS and live heap after the baseline and after
// 100k, 250k, 500k articles and at the end (flat rows mean bounded memory) with what the
// clusterer's structures hold at each point (OnlineClusterer::memory(): open events, inverted
// index, near-duplicate index, remembered ids), and the pairwise/B-cubed F1 of the events
// against the generator's own labels. --help lists options.
#include <fmt/format.h>
#include <malloc.h>
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
// Live heap in MB (bytes handed out by malloc, including mmapped blocks): tells the growth of
// what the program holds from the growth of the allocator's footprint.
double live_heap_mb() {
  struct mallinfo2 m = mallinfo2();
  return static_cast<double>(m.uordblks + m.hblkhd) / (1024.0 * 1024.0);
}

struct Checkpoint {
  size_t articles;
  double peak_rss, live_heap;
  size_t open_events;
  precis::OnlineClusterer::Memory held;  // what the clusterer's structures hold
};

constexpr const char* kUsage =
    "usage: bench_cluster [--articles N] [--events E] [--dev FILE] [--stream FILE] [--reuse]\n"
    "                     [--no-quality]\n"
    "  --articles N   articles to generate (default 1000000)\n"
    "  --events E     planned events (default 5000)\n"
    "  --dev FILE     JSONL whose texts feed the generator\n"
    "                 (default /work/shared/data/streams/tdt-dev.jsonl)\n"
    "  --stream FILE  where the generated JSONL goes (default /tmp/precis_bench_stream.jsonl;\n"
    "                 removed at the end unless --reuse)\n"
    "  --reuse        use FILE and FILE.events as they are when both exist (made by an earlier\n"
    "                 run with --reuse; for profilers, which should not see the generator)\n"
    "  --no-quality   skip the F1 against the generator's labels\n"
    "  --duplicate-threshold J  ClusterOptions::duplicate_threshold (0 turns near-duplicate\n"
    "                 detection off: the memory it takes is the difference)\n"
    "Prints CPU time per core of (1) reading and parsing the stream and (2) the same plus\n"
    "OnlineClusterer::add, and peak RSS / live heap after the baseline and after 100k, 250k,\n"
    "500k articles and at the end (peak RSS is VmHWM: flat rows mean bounded memory), with\n"
    "the MB held by open events, inverted index, near-duplicate index and remembered ids.\n";

}  // namespace

int main(int argc, char** argv) {
  size_t articles = 1'000'000, events = 5000;
  std::string dev = "/work/shared/data/streams/tdt-dev.jsonl";
  std::string stream = "/tmp/precis_bench_stream.jsonl";
  bool reuse = false, quality = true;
  precis::ClusterOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    bool has_value = i + 1 < argc;
    if (k == "--reuse") {
      reuse = true;
    } else if (k == "--no-quality") {
      quality = false;
    } else if (k == "--articles" && has_value) {
      articles = std::stoul(argv[++i]);
    } else if (k == "--events" && has_value) {
      events = std::stoul(argv[++i]);
    } else if (k == "--dev" && has_value) {
      dev = argv[++i];
    } else if (k == "--duplicate-threshold" && has_value) {
      options.duplicate_threshold = std::stod(argv[++i]);
    } else if (k == "--stream" && has_value) {
      stream = argv[++i];
    } else {
      fmt::print(k == "--help" || k == "-h" ? stdout : stderr, "{}", kUsage);
      return k == "--help" || k == "-h" ? 0 : 2;
    }
  }
  const std::string gold_path = stream + ".events";
  auto t0 = Clock::now();
  const bool reused = reuse && std::ifstream(stream).good() && std::ifstream(gold_path).good();
  if (!reused) {
    std::vector<std::string> texts = load_texts(dev);
    if (texts.empty()) {
      fmt::print(stderr, "bench_cluster: no texts in {} (needs ../shared/data)\n", dev);
      return 2;
    }
    // 1. Generate, in a child process so that the generator's memory never shows in the peak
    // RSS measured below. The labels go to a side file, read back only after clustering.
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
  }
  size_t total = 0;
  {
    std::ifstream f(gold_path, std::ios::binary | std::ios::ate);
    total = static_cast<size_t>(f.tellg()) / sizeof(uint32_t);
  }
  fmt::print(stderr, "{} {} articles of {} events in {:.1f} s: {}\n",
             reused ? "reused" : "generated", total, events, since(t0), stream);
  std::vector<uint64_t> pred(total, 0);  // allocated and touched up front: not part of growth

  // 2. Baseline: read and parse.
  size_t bytes = 0;
  t0 = Clock::now();
  double c0 = cpu_now();
  for_each_article(stream, [&](const precis::Article& a, size_t) { bytes += a.text.size(); });
  double parse_s = since(t0), parse_cpu = cpu_now() - c0;
  const Checkpoint baseline{0, peak_rss_mb(), live_heap_mb(), 0};

  // 3. Read, parse and cluster. Articles are parsed into a batch, then clustered, so the
  // clustering CPU time needs two clock reads per batch, not per article.
  precis::Diagnostics diags([](const precis::Diagnostic&) {});
  precis::OnlineClusterer clusterer(options, &diags);
  double cluster_cpu = 0;
  size_t dups = 0, retired = 0, done = 0;
  std::vector<Checkpoint> checkpoints;
  const size_t marks[] = {100'000, 250'000, 500'000};
  size_t next_mark = 0;
  constexpr size_t kBatch = 1000;
  std::vector<precis::Article> batch(kBatch);
  size_t filled = 0;
  auto run_batch = [&] {
    double a0 = cpu_now();
    for (size_t i = 0; i < filled; ++i) {
      auto as = clusterer.add(batch[i]);
      retired += clusterer.take_retired().size();
      pred[done + i] = as.event;
      dups += as.duplicate_of.has_value();
    }
    cluster_cpu += cpu_now() - a0;
    done += filled;
    filled = 0;
    if (next_mark < std::size(marks) && done >= marks[next_mark]) {
      checkpoints.push_back(
          {done, peak_rss_mb(), live_heap_mb(), clusterer.open_events(), clusterer.memory()});
      ++next_mark;
    }
  };
  t0 = Clock::now();
  c0 = cpu_now();
  for_each_article(stream, [&](const precis::Article& a, size_t) {
    precis::Article& b = batch[filled++];
    b.id.assign(a.id);
    b.text.assign(a.text);
    b.time = a.time;
    if (filled == kBatch) run_batch();
  });
  run_batch();
  double all_s = since(t0), all_cpu = cpu_now() - c0;
  checkpoints.push_back(
      {done, peak_rss_mb(), live_heap_mb(), clusterer.open_events(), clusterer.memory()});
  retired += clusterer.finish().size();

  fmt::print("precis bench_cluster: {} articles, {} planned events, {:.0f} MB of text, 1 thread\n",
             total, events, bytes / 1e6);
  std::string command = argv[0];
  for (int i = 1; i < argc; ++i) command += std::string(" ") + argv[i];
  fmt::print("command: {}\n(duplicate_threshold {})\n\n", command, options.duplicate_threshold);
  fmt::print("| stage | wall s | CPU s | articles/s per core (CPU) |\n|---|---|---|---|\n");
  fmt::print("| baseline: read + parse JSONL | {:.2f} | {:.2f} | {:.0f} |\n", parse_s, parse_cpu,
             total / parse_cpu);
  fmt::print("| read + parse + cluster | {:.2f} | {:.2f} | {:.0f} |\n", all_s, all_cpu,
             total / all_cpu);
  fmt::print("| cluster only (OnlineClusterer::add) | | {:.2f} | {:.0f} |\n\n", cluster_cpu,
             total / cluster_cpu);
  // The last four columns are OnlineClusterer::memory() at that point (MB of container
  // capacity): what the open events, the inverted index, the near-duplicate index and the
  // remembered ids hold.
  fmt::print(
      "| after | peak RSS (MB) | live heap (MB) | open events | events | index | duplicates | ids "
      "|\n|---|---|---|---|---|---|---|---|\n");
  fmt::print("| baseline: read + parse, no clustering | {:.0f} | {:.0f} | | | | | |\n",
             baseline.peak_rss, baseline.live_heap);
  auto mb = [](size_t b) { return static_cast<double>(b) / (1024.0 * 1024.0); };
  for (const Checkpoint& c : checkpoints)
    fmt::print("| {} articles | {:.0f} | {:.0f} | {} | {:.1f} | {:.1f} | {:.1f} | {:.1f} |\n",
               c.articles, c.peak_rss, c.live_heap, c.open_events, mb(c.held.events),
               mb(c.held.index), mb(c.held.duplicates), mb(c.held.ids));
  fmt::print("\nevents {} (generator: {}), near-duplicates {}", retired, events, dups);

  // 4. Quality against the generator's labels.
  if (quality) {
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
    fmt::print(", pairwise F1 {:.4f} (P {:.4f} R {:.4f}), B-cubed F1 {:.4f} ({} gold events)",
               s.pair_f1, s.pair_precision, s.pair_recall, s.bcubed_f1, s.gold_clusters);
  }
  fmt::print("\n");
  if (!reuse) {
    std::remove(stream.c_str());
    std::remove(gold_path.c_str());
  }
  return 0;
}
