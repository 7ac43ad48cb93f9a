// `precis events [--words N] [--format json|md|text] [--time-order] [the clustering options of
// `precis cluster`] INPUT...`: the whole job. Articles in, events out: clustered online,
// near-duplicates folded, each event summarized with cited sentences, newest and largest first.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

#include "cluster_options.h"
#include "commands.h"
#include "output/summary_writer.h"
#include "pipeline/cluster_output.h"
#include "pipeline/events_job.h"
#include "report.h"

namespace precis::cli {
namespace {

struct EventsArgs {
  std::vector<std::string> inputs;
  EventsJobOptions options;
  size_t words = 100;
  std::string format = "json";
  bool quiet = false;
};

std::string when(const EventRecord& r) {
  if (!r.first_seen) return "no dates";
  std::string a = format_iso_time(*r.first_seen).substr(0, 10);
  std::string b = format_iso_time(*r.last_seen).substr(0, 10);
  return a == b ? a : a + " to " + b;
}

std::string render(const EventResult& e, SummaryFormat format) {
  const EventRecord& r = e.record;
  if (format == SummaryFormat::kJson) {
    std::string head = event_json(r, e.article_ids);  // {"event":..., "title":...}
    head.pop_back();  // reopen the object to add the summary
    head += ",\"summary\":";
    head += e.status.ok() ? summary_to_json(e.summary) : "null";
    if (!e.status.ok()) head += fmt::format(",\"error\":{}", json_quote(e.status.message()));
    return head + "}\n";
  }
  bool md = format == SummaryFormat::kMarkdown;
  const char* noun = r.articles == 1 ? "article" : "articles";
  // An event of articles without words has no label; its first article's id stands in.
  const std::string title = !r.title.empty()          ? r.title
                            : e.article_ids.empty() ? "(untitled)"
                                                    : "(untitled: " + std::string(e.article_ids[0]) + ")";
  std::string out =
      md ? fmt::format("## {}\n\n*{} · {} {}", title, when(r), r.articles, noun)
         : fmt::format("EVENT {}: {}\n{} · {} {}", r.event, title, when(r), r.articles, noun);
  if (r.duplicates)
    out += fmt::format(" ({} near-duplicate{})", r.duplicates, r.duplicates == 1 ? "" : "s");
  out += md ? "*\n\n" : "\n\n";
  out += e.status.ok() ? summary_to_text(e.summary, e.sources, md, /*with_heading=*/false)
                       : "(no summary: " + e.status.message() + ")\n";
  return out + "\n";
}

}  // namespace

void add_events_command(CLI::App& app, CommandResult& result) {
  auto args = std::make_shared<EventsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "events", "cluster articles into events and summarize each, newest and largest first");
  cmd->add_option("inputs", args->inputs, "JSONL articles or clusters, files, dirs, or - (stdin)")
      ->required();
  cmd->add_option("--words", args->words, "summary budget per event, in words")
      ->capture_default_str();
  cmd->add_option("--format", args->format, "json (default), md, text")
      ->check(CLI::IsMember({"json", "md", "text"}));
  add_cluster_options(cmd, &args->options.cluster);
  cmd->add_option("--method", args->options.summarize.method, "summarizer method")
      ->check(CLI::IsMember(summarize_methods()))
      ->capture_default_str();
  cmd->add_option("--threads", args->options.threads, "summarizer threads (0 = all cores)");
  cmd->add_flag("--time-order", args->options.time_order,
                "read the whole input first and cluster it in time order (an unordered pile; "
                "holds every article in memory)");
  cmd->add_flag("--quiet", args->quiet, "no progress on stderr");
  cmd->callback([args, cmd, &result] {
    Diagnostics diags(print_diagnostic("events"));
    args->options.summarize.budget = args->words;
    // --lang names the language of articles without one for both stages.
    if (cmd->count("--lang")) args->options.summarize.default_lang = args->options.cluster.lang;
    SummaryFormat format;
    parse_summary_format(args->format, &format);
    // Progress only for people watching a terminal; pipes and files stay clean.
    bool show = !args->quiet && isatty(STDERR_FILENO);
    EventsProgress progress;
    if (show) {
      progress = [](size_t articles, size_t events, double secs) {
        fmt::print(stderr, "\r{} articles, {} events, {:.0f} articles/s   ", articles, events,
                   articles / std::max(secs, 1e-9));
      };
    }
    std::vector<EventResult> events;
    EventsJobStats stats;
    bool opened = run_events_job(args->inputs, args->options, diags, &events, &stats, progress);
    if (show) {
      fmt::print(stderr, "\r{} articles ({} near-duplicates), {} events, {:.2f} s\n",
                 stats.articles, stats.duplicates, stats.events, stats.seconds);
    }
    for (const EventResult& e : events) fputs(render(e, format).c_str(), stdout);
    fflush(stdout);
    result.exit_code = !opened ? 2 : exit_code_for(diags);
  });
}

}  // namespace precis::cli
