// bench_html: HTML extraction speed, MB of HTML per second of CPU time on one core, for precis
// (extract_html_article: charset, parse, content, metadata) and, in the same run, for
// readability-lxml (Debian's python3-readability, under /usr/bin/python3) on the same pages.
//
//   bench_html [--gold /tmp/html_eval/trafilatura_eval/gold.jsonl] [--repeat 3] [--no-baseline]
//
// Pages come from a gold.jsonl (html_path relative to its folder). CPU time, not wall time, so
// other processes on the machine do not distort the per-core figure.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "read/html/html_article.h"
#include "read/input_stream.h"

namespace {

double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct Page {
  std::string path;
  std::string html;
};

std::vector<Page> load_pages(const std::string& gold_path) {
  std::vector<Page> pages;
  std::ifstream in(gold_path);
  std::string dir = gold_path.substr(0, gold_path.rfind('/'));
  std::string line;
  while (std::getline(in, line)) {
    auto rec = nlohmann::json::parse(line, nullptr, false);
    if (rec.is_discarded() || !rec.contains("html_path")) continue;
    Page p;
    p.path = dir + "/" + rec["html_path"].get<std::string>();
    precis::Status st;
    auto stream = precis::open_input(p.path, &st);
    if (!stream || !precis::read_all(*stream, &p.html)) {
      std::fprintf(stderr, "bench_html: cannot read %s\n", p.path.c_str());
      continue;
    }
    pages.push_back(std::move(p));
  }
  return pages;
}

// Runs the baseline script over the same files; returns CPU seconds, or -1 when unavailable.
double run_baseline(const std::vector<Page>& pages, const std::string& script, size_t* failures) {
  std::string list = "/tmp/bench_html_pages.txt";
  {
    std::ofstream out(list);
    for (const Page& p : pages) {
      // The baseline reads files itself; compressed pages are skipped by both sides' totals.
      out << p.path << '\n';
    }
  }
  std::string cmd = "/usr/bin/python3 " + script + " < " + list + " 2>/dev/null";
  FILE* f = popen(cmd.c_str(), "r");
  if (!f) return -1;
  char buf[256] = {0};
  double seconds = -1;
  unsigned long long bytes = 0, n = 0, fails = 0;
  if (std::fgets(buf, sizeof(buf), f) &&
      std::sscanf(buf, "bytes %llu cpu_seconds %lf pages %llu failures %llu", &bytes, &seconds, &n,
                  &fails) == 4) {
    *failures = fails;
  } else {
    seconds = -1;
  }
  pclose(f);
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gold = "/tmp/html_eval/trafilatura_eval/gold.jsonl";
  int repeat = 3;
  bool baseline = true;
  std::string script = std::string(PRECIS_DATA_DIR) + "/../bench/readability_baseline.py";
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--gold") && i + 1 < argc)
      gold = argv[++i];
    else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--no-baseline"))
      baseline = false;
    else {
      std::fprintf(stderr, "usage: bench_html [--gold FILE] [--repeat N] [--no-baseline]\n");
      return 2;
    }
  }
  std::vector<Page> pages = load_pages(gold);
  if (pages.empty()) {
    std::fprintf(stderr, "bench_html: no pages in %s (unpack the dataset into /tmp)\n",
                 gold.c_str());
    return 2;
  }
  size_t bytes = 0;
  for (const Page& p : pages) bytes += p.html.size();
  double best = 1e100;
  size_t chars = 0;
  for (int r = 0; r < std::max(1, repeat); ++r) {
    double t0 = thread_cpu_seconds();
    chars = 0;
    for (const Page& p : pages) {
      precis::HtmlInput input;
      input.origin = p.path;
      chars += precis::extract_html_article(p.html, input).text.size();
    }
    best = std::min(best, thread_cpu_seconds() - t0);
  }
  double mb = bytes / 1e6;
  std::printf("# bench_html --gold %s --repeat %d\n", gold.c_str(), repeat);
  std::printf("%-28s %7s %9s %10s %12s\n", "extractor", "pages", "HTML MB", "CPU s", "MB/s/core");
  std::printf("%-28s %7zu %9.1f %10.2f %12.1f\n", "precis extract_html_article", pages.size(), mb,
              best, mb / best);
  if (baseline) {
    size_t failures = 0;
    double s = run_baseline(pages, script, &failures);
    if (s > 0) {
      std::printf("%-28s %7zu %9.1f %10.2f %12.1f   (%zu pages raised)\n",
                  "readability-lxml (python3)", pages.size(), mb, s, mb / s, failures);
      std::printf("precis is %.1fx faster per core\n", s / best);
    } else {
      std::printf("readability-lxml: not available (run bench/install-bench-deps.sh)\n");
    }
  }
  std::fprintf(stderr, "(%zu characters of text extracted per pass)\n", chars);
  return 0;
}
