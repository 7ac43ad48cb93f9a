// bench_summarize: end-to-end speed and memory of `precis summarize` (read, parse, split,
// select, write), per method, beside the floor of a plain JSON parse of the same file in the
// same run; one 100-article cluster; thread scaling; peak RSS for 1x and 10x the input.
//
//   build/bench_summarize [--data ../shared/data/duc2003/clusters.jsonl] [--repeat 5]
//
// MB/s counts the bytes of article text; "per CPU-second" divides by the CPU time of the job
// (all threads), which a loaded shared machine distorts less than wall time. Peak RSS is measured
// in a child process per input size (fork + wait4), so the two numbers do not share a high-water
// mark.
#include <simdjson.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/summarize_job.h"

using namespace precis;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Floor: parse every line with simdjson and touch every article text.
double json_parse_seconds(const std::string& path, size_t* text_bytes) {
  auto t0 = Clock::now();
  std::ifstream in(path);
  std::string line;
  simdjson::ondemand::parser parser;
  *text_bytes = 0;
  while (std::getline(in, line)) {
    simdjson::padded_string padded(line);
    auto doc = parser.iterate(padded);
    for (auto article : doc["articles"].get_array()) {
      std::string_view text = article["text"].get_string();
      *text_bytes += text.size();
    }
  }
  return seconds_since(t0);
}

// CPU seconds (user + system) of the whole process so far.
double cpu_seconds() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec +
         ru.ru_stime.tv_usec / 1e6;
}

// Wall seconds of one job; *cpu (when given) receives its CPU seconds over all threads, the
// per-core measure that a shared, loaded machine distorts least.
double job_seconds(const std::string& path, const std::string& method, unsigned threads,
                   double* cpu = nullptr) {
  SummarizeJobOptions o;
  o.summarize.method = method;
  o.threads = threads;
  Diagnostics diag;
  FILE* devnull = fopen("/dev/null", "w");
  double c0 = cpu_seconds();
  auto t0 = Clock::now();
  run_summarize_job({path}, o, diag, devnull);
  double s = seconds_since(t0);
  if (cpu) *cpu = cpu_seconds() - c0;
  fclose(devnull);
  return s;
}

long child_peak_rss_kb(const std::string& path) {
  pid_t pid = fork();
  if (pid == 0) {
    job_seconds(path, "concept", 1);
    _exit(0);
  }
  int status;
  struct rusage ru;
  wait4(pid, &status, 0, &ru);
  return ru.ru_maxrss;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = std::string(PRECIS_DATA_DIR) + "/../../shared/data/duc2003/clusters.jsonl";
  int repeat = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--data") data = argv[i + 1];
    if (a == "--repeat") repeat = std::stoi(argv[i + 1]);
  }
  if (access(data.c_str(), R_OK) != 0) {
    fprintf(stderr, "bench_summarize: cannot read %s (needs ../shared/data)\n", data.c_str());
    return 2;
  }
  // A larger input: the dataset 5 times over.
  std::string big = "/tmp/precis_bench_5x.jsonl", huge = "/tmp/precis_bench_50x.jsonl";
  {
    std::ifstream in(data);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream o5(big);
    for (int k = 0; k < 5; ++k) o5 << all;
  }
  size_t text_bytes = 0;
  std::vector<double> parse;
  for (int r = 0; r < repeat; ++r) parse.push_back(json_parse_seconds(big, &text_bytes));
  double mb = text_bytes / 1e6;
  printf("input: %s x5 (%.1f MB of article text)\n\n", data.c_str(), mb);
  printf(
      "| what | threads | seconds | MB/s of text | x JSON-parse time | CPU seconds | MB/s per "
      "CPU-second |\n|---|---|---|---|---|---|---|\n");
  double floor_s = median(parse);
  printf("| plain JSON parse (simdjson, floor) | 1 | %.3f | %.1f | 1.0 | | |\n", floor_s,
         mb / floor_s);
  auto row = [&](const char* method, unsigned threads) {
    std::vector<double> t, cpu;
    for (int r = 0; r < repeat; ++r) {
      double c = 0;
      t.push_back(job_seconds(big, method, threads, &c));
      cpu.push_back(c);
    }
    double s = median(t), c = median(cpu);
    printf("| summarize --method %s | %u | %.3f | %.1f | %.1f | %.3f | %.1f |\n", method, threads,
           s, mb / s, s / floor_s, c, mb / c);
  };
  for (const char* method : {"lead", "centroid", "lexrank", "concept"}) row(method, 1);
  row("concept", 2);
  // One cluster of 100 articles: the first ten clusters merged.
  {
    Cluster merged;
    merged.id = "merged100";
    Diagnostics diag;
    Reader reader(ReadOptions{}, &diag);
    ReadSink sink;
    sink.on_cluster = [&](Cluster&& c) {
      for (auto& a : c.articles) {
        if (merged.articles.size() < 100) merged.articles.push_back(std::move(a));
      }
    };
    sink.on_article = [](Article&&, const std::string&) {};
    reader.read({data}, sink);
    size_t bytes = 0;
    for (const auto& a : merged.articles) bytes += a.text.size();
    printf("\n| one cluster of %zu articles (%.0f KB) | method | ms (median of %d) |\n|---|---|---|\n",
           merged.articles.size(), bytes / 1e3, std::max(repeat, 5));
    for (const char* method : {"lead", "centroid", "lexrank", "concept"}) {
      std::vector<double> t;
      for (int r = 0; r < std::max(repeat, 5); ++r) {
        SummarizeOptions o;
        o.method = method;
        Summary s;
        auto t0 = Clock::now();
        summarize(merged, o, &s);
        t.push_back(seconds_since(t0) * 1e3);
      }
      printf("| | %s | %.1f |\n", method, median(t));
    }
  }
  // The 50x copy (over 500 MB) is written only now: written up front, the kernel flushing it
  // to disk competed with the timed runs.
  {
    std::ifstream in(data);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream o50(huge);
    for (int k = 0; k < 50; ++k) o50 << all;
  }
  long rss5 = child_peak_rss_kb(big), rss50 = child_peak_rss_kb(huge);
  printf("\n| input | peak RSS (MB), concept, 1 thread |\n|---|---|\n");
  printf("| 5x (%.0f MB text) | %.1f |\n| 50x (%.0f MB text) | %.1f |\n", mb, rss5 / 1024.0,
         mb * 10, rss50 / 1024.0);
  unlink(big.c_str());
  unlink(huge.c_str());
  return 0;
}
