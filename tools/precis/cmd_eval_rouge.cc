// `precis eval rouge`: ROUGE scores identical to ROUGE-1.5.5's (docs/rouge.md), from a dataset
// JSONL + `precis summarize` outputs, or from a ROUGE-1.5.5 XML config.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "eval/rouge/rouge_evaluation.h"
#include "eval/rouge/rouge_report.h"
#include "precis/rouge.h"
#include "report.h"

namespace precis::cli {
namespace {

struct EvalRougeArgs {
  std::string refs;
  std::vector<std::string> preds;
  std::vector<std::string> positional;
  std::string rouge_config;
  RougeOptions options;
  std::string pooling = "A";
  int skip_distance = 0;  // set only when -2 is given
  int counting_unit = 0;
  std::string exceptions = "wordnet-2.0";
  std::string format = "text";
  bool per_cluster = false;
  bool no_lcs = false;
  bool all_systems = false;
};

int run(EvalRougeArgs& args, CLI::App* cmd) {
  RougeOptions& o = args.options;
  o.pooling = args.pooling == "B" ? RougePooling::kBest : RougePooling::kAverage;
  if (cmd->count("-2") > 0) o.skip_bigram = true, o.skip_distance = args.skip_distance;
  if (o.skip_add_unigrams && !o.skip_bigram) {
    std::fprintf(stderr, "precis eval rouge: -u needs -2 (skip bigrams)\n");
    return 2;
  }
  o.lcs = !args.no_lcs;
  o.exception_table = args.exceptions == "wordnet-3.0-system"
                          ? RougeExceptionTable::kWordNet30System
                          : RougeExceptionTable::kWordNet20;
  // Positional form: REFS PRED [PRED...].
  if (!args.positional.empty()) {
    if (args.refs.empty()) {
      args.refs = args.positional.front();
      args.positional.erase(args.positional.begin());
    }
    args.preds.insert(args.preds.end(), args.positional.begin(), args.positional.end());
  }
  if (args.rouge_config.empty() && (args.refs.empty() || args.preds.empty())) {
    std::fprintf(stderr,
                 "precis eval rouge: give --refs FILE --pred FILE (or REFS PRED...), or "
                 "--rouge-config config.xml\n");
    return 2;
  }
  if (!args.rouge_config.empty() && !args.refs.empty()) {
    std::fprintf(stderr,
                 "precis eval rouge: --rouge-config cannot be combined with --refs/--pred\n");
    return 2;
  }

  std::unique_ptr<RougeScorer> scorer;
  if (Status s = RougeScorer::Create(o, &scorer); !s.ok()) {
    std::fprintf(stderr, "precis eval rouge: %s\n", s.message().c_str());
    return 2;
  }
  Diagnostics diagnostics(print_diagnostic("eval rouge"));
  rouge::RougeEvaluationSet set;
  Status loaded = args.rouge_config.empty()
                      ? rouge::load_jsonl_evaluation(args.refs, args.preds, &set, &diagnostics)
                      : rouge::load_rouge_config_evaluation(args.rouge_config, &set, &diagnostics);
  if (!loaded.ok()) {
    std::fprintf(stderr, "precis eval rouge: %s\n", loaded.message().c_str());
    return 2;
  }
  if (set.cluster_ids.empty()) {
    std::fprintf(stderr, "precis eval rouge: no cluster with reference summaries to score\n");
    return 2;
  }
  rouge::RougeEvaluationResult result = rouge::evaluate_rouge(set, scorer.get());
  rouge::RougeReportFormat format = args.format == "json"  ? rouge::RougeReportFormat::kJson
                                    : args.format == "tsv" ? rouge::RougeReportFormat::kTsv
                                                           : rouge::RougeReportFormat::kText;
  bool per_cluster = args.per_cluster || format != rouge::RougeReportFormat::kText;
  std::string report = rouge::format_rouge_report(result, o, format, per_cluster);
  std::fwrite(report.data(), 1, report.size(), stdout);
  return exit_code_for(diagnostics);
}

}  // namespace

void add_eval_rouge_command(CLI::App& eval, CommandResult& result) {
  auto args = std::make_shared<EvalRougeArgs>();
  CLI::App* cmd = eval.add_subcommand(
      "rouge",
      "ROUGE-N/L/S(U) scores identical to ROUGE-1.5.5 (bootstrap averages and confidence "
      "intervals included); flags mirror ROUGE-1.5.5's");
  cmd->footer(
      "Inputs: a dataset JSONL (one cluster per line: {\"id\", \"summaries\": [\"ref\", ...]}; "
      "each '\\n'-separated line of a reference is one sentence) and one or more outputs of "
      "`precis summarize` (each sentence is one sentence), matched by id; or a ROUGE-1.5.5 "
      "XML config (SPL format, paths relative to the config). Example, the common DUC setting: "
      "precis eval rouge --refs duc.jsonl --pred summaries.jsonl -n 2 -m -l 100. "
      "See docs/rouge.md.");
  cmd->add_option("--refs", args->refs, "dataset JSONL with reference summaries (gz/zst ok)");
  cmd->add_option("--pred", args->preds,
                  "output of `precis summarize` (repeat for several systems)");
  cmd->add_option("inputs", args->positional, "REFS PRED [PRED...] (same as --refs/--pred)");
  cmd->add_option("--rouge-config", args->rouge_config,
                  "score a ROUGE-1.5.5 XML config (SPL input format) instead");
  RougeOptions& o = args->options;
  cmd->add_option("-n,--max-n", o.max_n, "ROUGE-N up to this N")
      ->capture_default_str()
      ->check(CLI::Range(0, 9));
  cmd->add_flag("-m,--stem", o.stem, "stem: WordNet 2.0 exceptions, then Porter (ROUGE -m)");
  cmd->add_flag("-s,--remove-stopwords", o.remove_stopwords,
                "drop the SMART stop words before scoring (ROUGE -s)");
  cmd->add_option("-l,--max-words", o.max_words,
                  "keep only the first N words of every summary and reference (0 = all)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("-b,--max-bytes", o.max_bytes,
                  "keep only the first N bytes (0 = all; -l wins when both are given)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("-f,--pooling", args->pooling,
                  "several references: A = pool hits and counts (ROUGE default), B = best one")
      ->capture_default_str()
      ->check(CLI::IsMember({"A", "B"}));
  cmd->add_option("-p,--alpha", o.alpha, "F = 1 / (alpha/P + (1-alpha)/R)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("-2,--skip-distance", args->skip_distance,
                  "also compute ROUGE-S with at most N words between the pair (-1 = no limit)")
      ->check(CLI::Range(-1, 1000));
  cmd->add_flag("-u,--skip-unigrams", o.skip_add_unigrams, "add unigrams to ROUGE-S (ROUGE-SU)");
  cmd->add_flag("-x,--no-lcs", args->no_lcs, "do not compute ROUGE-L");
  cmd->add_option("-r,--resamples", o.resamples, "bootstrap samples for the averages")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("-c,--confidence", o.confidence, "confidence level of the interval, percent")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 99.999));
  cmd->add_option("-t,--counting-unit", args->counting_unit,
                  "ROUGE -t: only 0 (average over clusters) is supported")
      ->capture_default_str()
      ->check(CLI::IsMember({0}));
  cmd->add_flag("-a", args->all_systems,
                "accepted for ROUGE compatibility (all systems are scored)");
  cmd->add_flag("-d,--per-cluster", args->per_cluster,
                "text format: also print every cluster's scores (json/tsv always do)");
  cmd->add_option("--format", args->format, "text (ROUGE-1.5.5 layout), json or tsv")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json", "tsv"}));
  cmd->add_option("--data-dir", o.data_dir,
                  "data directory holding rouge/ (default: $PRECIS_DATA_DIR, else the build's)");
  cmd->add_option("--exceptions", args->exceptions,
                  "-m exception table: wordnet-2.0 (bundled, official ROUGE numbers) or "
                  "wordnet-3.0-system (/usr/share/wordnet; not guaranteed to match ROUGE-1.5.5)")
      ->capture_default_str()
      ->check(CLI::IsMember({"wordnet-2.0", "wordnet-3.0-system"}));
  cmd->callback([args, cmd, &result] { result.exit_code = run(*args, cmd); });
}

}  // namespace precis::cli
