// bench_html: HTML extraction speed, MB of HTML per second of CPU time on one core, for precis
// (extract_html_article: charset, parse, content, metadata) and, in the same run, for
// readability-lxml (Debian's python3-readability, under /usr/bin/python3) on the same pages.
//
//   bench_html [--gold /tmp/html_eval/trafilatura_eval/gold.jsonl] [--repeat 3] [--no-baseline]
//
// Pages come from a gold.jsonl (html_path relative to its folder). CPU time, not wall time, so
// other processes on the machine do not distort the per-core figure.
//
// Two floors are printed beside precis, measured in the same run: libxml2's HTML parser building
// the tree precis walks (htmlReadMemory, the same flags as read/html/html_parser.cc), and the same
// parser driven through SAX with empty callbacks (tokenizing only, no tree). No extractor built on
// that parser can be faster than the second line.
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
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

// Best CPU time of `repeat` passes of `one` over every page.
double best_of(const std::vector<Page>& pages, int repeat,
               const std::function<void(const Page&)>& one) {
  double best = 1e100;
  for (int r = 0; r < std::max(1, repeat); ++r) {
    double t0 = thread_cpu_seconds();
    for (const Page& p : pages) one(p);
    best = std::min(best, thread_cpu_seconds() - t0);
  }
  return best;
}

constexpr int kParseFlags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                            HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;

void tree_parse(const Page& p) {
  xmlDoc* doc =
      htmlReadMemory(p.html.data(), static_cast<int>(p.html.size()), nullptr, "UTF-8", kParseFlags);
  if (doc) xmlFreeDoc(doc);
}

// SAX callbacks that only count, so the compiler cannot drop the parse.
size_t sax_events = 0;
void sax_start(void*, const xmlChar*, const xmlChar**) { ++sax_events; }
void sax_chars(void*, const xmlChar*, int len) { sax_events += static_cast<size_t>(len); }

void sax_parse(const Page& p) {
  htmlParserCtxtPtr ctx =
      htmlCreateMemoryParserCtxt(p.html.data(), static_cast<int>(p.html.size()));
  if (!ctx) return;
  std::memset(ctx->sax, 0, sizeof(htmlSAXHandler));
  ctx->sax->startElement = sax_start;
  ctx->sax->characters = sax_chars;
  ctx->userData = nullptr;
  htmlCtxtUseOptions(ctx, kParseFlags);
  xmlSwitchEncoding(ctx, XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctx);
  if (ctx->myDoc) xmlFreeDoc(ctx->myDoc);
  htmlFreeParserCtxt(ctx);
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
  size_t chars = 0;
  double best = best_of(pages, repeat, [&](const Page& p) {
    precis::HtmlInput input;
    input.origin = p.path;
    chars += precis::extract_html_article(p.html, input).text.size();
  });
  double tree = best_of(pages, repeat, tree_parse);
  double sax = best_of(pages, repeat, sax_parse);
  double base = -1;
  size_t failures = 0;
  if (baseline) base = run_baseline(pages, script, &failures);

  double mb = bytes / 1e6;
  auto row = [&](const std::string& name, double s) {
    std::printf("| %s | %zu | %.1f | %.2f | %.1f | ", name.c_str(), pages.size(), mb, s, mb / s);
    if (base > 0)
      std::printf("%.1fx |\n", base / s);
    else
      std::printf("- |\n");
  };
  std::printf("# bench_html --gold %s --repeat %d\n\n", gold.c_str(), repeat);
  std::printf("| extractor | pages | HTML MB | CPU s | MB/s/core | x readability-lxml |\n");
  std::printf("|---|---|---|---|---|---|\n");
  row("precis extract_html_article (charset, parse, content, metadata)", best);
  row("floor: libxml2 HTML parse to a tree, nothing else", tree);
  row("floor: libxml2 HTML SAX tokenizing, no tree", sax);
  if (base > 0) {
    row("readability-lxml 0.8.1, Document(html).summary() (" + std::to_string(failures) +
            " pages raised)",
        base);
  } else if (baseline) {
    std::printf("\nreadability-lxml: not available (run bench/install-bench-deps.sh)\n");
  }
  std::fflush(stdout);
  std::fprintf(stderr, "(%zu characters of text extracted per pass, %zu SAX events)\n",
               chars / std::max(1, repeat), sax_events);
  return 0;
}
