// precis summarize: cited extractive summaries of clusters of articles.
#include <unistd.h>

#include <cstdio>

#include "commands.h"
#include "pipeline/summarize_job.h"
#include "report.h"

namespace precis::cli {

void add_summarize_command(CLI::App& app, CommandResult& result) {
  struct Args {
    std::vector<std::string> inputs;
    size_t words = 0, bytes = 0;
    std::string method = "concept", format = "json", query, since, lang = "auto", input_format = "auto";
    bool truncate = false;
    unsigned threads = 1;
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "summarize", "summarize clusters of articles; every sentence cites its sources");
  cmd->add_option("INPUT", args->inputs,
                  "JSONL of clusters (gzip/zstd ok), '-' for stdin, or a directory/file of "
                  "articles (text, Markdown, HTML, WARC, feeds) read as one cluster")
      ->required();
  auto* w = cmd->add_option("--words", args->words, "budget in words (default 100)");
  auto* b = cmd->add_option("--bytes", args->bytes, "budget in bytes");
  w->excludes(b);
  cmd->add_option("--method", args->method, "concept (default), lexrank, centroid, lead")
      ->check(CLI::IsMember(summarize_methods()));
  cmd->add_option("--format", args->format, "json (default), text, md")
      ->check(CLI::IsMember({"json", "text", "md"}));
  cmd->add_flag("--truncate", args->truncate,
                "fill the budget exactly: the last sentence may be cut (ends in '...')");
  cmd->add_option("--query", args->query, "query-focused: prefer sentences about these words");
  cmd->add_option("--since", args->since,
                  "what's new: only sentences from articles published after this ISO date");
  cmd->add_option("--lang", args->lang, "language of all articles (default: from input, else en)");
  cmd->add_option("--input-format", args->input_format,
                  "auto (default), jsonl, html, warc, text, md, rss");
  cmd->add_option("--threads", args->threads, "worker threads (0 = all cores)");
  cmd->callback([args, &result] {
    SummarizeJobOptions opt;
    opt.summarize.method = args->method;
    if (args->bytes) {
      opt.summarize.unit = SummarizeOptions::Unit::kBytes;
      opt.summarize.budget = args->bytes;
    } else {
      opt.summarize.budget = args->words ? args->words : 100;
    }
    opt.summarize.truncate_last = args->truncate;
    opt.summarize.query = args->query;
    if (!args->since.empty()) {
      int64_t t;
      if (!parse_iso_time(args->since, &t)) {
        fprintf(stderr, "precis summarize: --since: not an ISO date: %s\n", args->since.c_str());
        result.exit_code = 2;
        return;
      }
      opt.summarize.since = t;
    }
    if (args->lang != "auto") opt.summarize.default_lang = args->lang;
    opt.read.lang = args->lang;
    opt.read.format = args->input_format;
    parse_summary_format(args->format, &opt.format);
    opt.threads = args->threads;
    Diagnostics diag(print_diagnostic("summarize"));
    SummarizeJobStats stats = run_summarize_job(args->inputs, opt, diag, stdout);
    result.exit_code = exit_code_for(diag);
    (void)stats;
  });
}

}  // namespace precis::cli
