// `precis eval extract --gold gold.jsonl [--dataset-dir DIR] [--metric body|snippets|date|all]`:
// runs HTML extraction on every page of a gold.jsonl and prints the benchmark scores (definitions
// in src/eval/extract_metrics.h): body shingle P/R/F1, snippet P/R/F1, title, date and author
// accuracy, and the extraction speed.
#include <fmt/format.h>

#include <memory>

#include "commands.h"
#include "eval/extract_eval.h"

namespace precis::cli {
namespace {

struct EvalExtractArgs {
  ExtractEvalOptions options;
  std::string metric = "all";
};

void print_result(const ExtractEvalResult& r, const std::string& metric) {
  bool all = metric == "all";
  double mb = r.html_bytes / 1e6;
  fmt::print(
      "pages {}  unreadable {}  HTML {:.1f} MB  extraction CPU {:.2f} s  ({:.1f} MB/s/core)\n",
      r.pages, r.bad_pages, mb, r.extract_seconds,
      r.extract_seconds > 0 ? mb / r.extract_seconds : 0.0);
  fmt::print("{:<22} {:>7} {:>9} {:>9} {:>9} {:>9}\n", "metric", "pages", "precision", "recall",
             "F1", "accuracy");
  if ((all || metric == "body") && r.body.pages() > 0)
    fmt::print("{:<22} {:>7} {:>9.4f} {:>9.4f} {:>9.4f} {:>9.4f}\n", "body (shingles)",
               r.body.pages(), r.body.precision(), r.body.recall(), r.body.f1(), r.body.accuracy());
  const SnippetScore& s = r.snippets;
  if ((all || metric == "snippets") && s.tp + s.fp + s.fn + s.tn > 0)
    fmt::print("{:<22} {:>7} {:>9.4f} {:>9.4f} {:>9.4f} {:>9.4f}   (tp {} fp {} fn {} tn {})\n",
               "snippets (with/without)", "", s.precision(), s.recall(), s.f1(), s.accuracy(), s.tp,
               s.fp, s.fn, s.tn);
  if ((all || metric == "date") && r.date.pages > 0)
    fmt::print("{:<22} {:>7} {:>9.4f} {:>9.4f} {:>9.4f} {:>9.4f}\n", "date (exact day)",
               r.date.pages, r.date.precision(), r.date.recall(), r.date.f1(), r.date.accuracy());
  if (all && r.title_total > 0)
    fmt::print("{:<22} {:>7} {:>9} {:>9} {:>9} {:>9.4f}\n", "title (exact)", r.title_total, "", "",
               "", static_cast<double>(r.title_correct) / r.title_total);
  if (all && r.author_total > 0)
    fmt::print("{:<22} {:>7} {:>9} {:>9} {:>9} {:>9.4f}\n", "author (exact)", r.author_total, "",
               "", "", static_cast<double>(r.author_correct) / r.author_total);
}

}  // namespace

void add_eval_extract_command(CLI::App& eval, CommandResult& result) {
  auto args = std::make_shared<EvalExtractArgs>();
  CLI::App* cmd = eval.add_subcommand(
      "extract", "score HTML extraction on a gold.jsonl: body, snippets, title, date, author");
  cmd->add_option("--gold", args->options.gold_path, "gold.jsonl of an HTML dataset")->required();
  cmd->add_option("--dataset-dir", args->options.dataset_dir,
                  "folder the html_path fields are relative to (default: the gold file's folder)");
  cmd->add_option("--metric", args->metric, "body, snippets, date or all (default all)")
      ->check(CLI::IsMember({"body", "snippets", "date", "all"}));
  cmd->add_option("--limit", args->options.limit, "score only the first N pages");
  cmd->add_option("--dump", args->options.dump_path,
                  "write the extraction of each page as JSONL to this file");
  cmd->callback([args, &result] {
    Diagnostics diags([](const Diagnostic& d) {
      fmt::print(stderr, "{}: {}: {}\n", d.where,
                 d.severity == Diagnostic::Severity::kError ? "error" : "warning", d.what);
    });
    ExtractEvalResult r;
    Status st = run_extract_eval(
        args->options,
        [](std::string_view html, const HtmlInput& input) {
          return extract_html_article(html, input);
        },
        &r, &diags);
    if (!st.ok()) {
      fmt::print(stderr, "precis eval extract: {}\n", st.message());
      result.exit_code = 2;
      return;
    }
    print_result(r, args->metric);
    result.exit_code = r.bad_pages > 0 ? 1 : 0;
  });
}

}  // namespace precis::cli
