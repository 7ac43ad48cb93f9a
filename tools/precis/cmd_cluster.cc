// `precis cluster [--window DAYS] [--threshold X] [--half-life DAYS] [--decay-floor F]
// [--singleton-scale S] [--member-gate G] [--names-weight W] [--events] [--time-order] [--trace FILE]
// [--join-model B,W...] INPUT...`: group articles into events, online. One JSON line per
// article (input order), or per event with --events.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdio>
#include <memory>

#include "cluster/merge_score.h"
#include "cluster_options.h"
#include "commands.h"
#include "pipeline/article_stream.h"
#include "pipeline/cluster_output.h"
#include "pipeline/event_collector.h"

namespace precis::cli {
namespace {

struct ClusterArgs {
  std::vector<std::string> inputs;
  ClusterOptions options;
  bool events = false;
  bool time_order = false;
  std::string trace;  // file for the candidate trace, if any
};

}  // namespace

void add_cluster_command(CLI::App& app, CommandResult& result) {
  auto args = std::make_shared<ClusterArgs>();
  CLI::App* cmd = app.add_subcommand(
      "cluster", "group articles into events, online (one JSON line per article or per event)");
  cmd->add_option("inputs", args->inputs, "JSONL articles or clusters, files, dirs, or - (stdin)")
      ->required();
  add_cluster_options(cmd, &args->options);
  cmd->add_flag("--events", args->events, "one line per event instead of per article");
  cmd->add_flag("--time-order", args->time_order,
                "read the whole input first and cluster it in time order (an unordered pile; "
                "holds every article in memory); output stays in input order");
  cmd->add_option("--join-model", args->options.join_model,
                  "experimental: logistic join model, intercept then one weight per feature "
                  "(comma-separated; docs/cluster.md)")
      ->delimiter(',');
  cmd->add_option("--trace", args->trace,
                  "write one JSON line per candidate event compared: article (arrival index, "
                  "0-based), event, features (docs/cluster.md)");
  cmd->callback([args, &result] {
    Diagnostics diags([](const Diagnostic& d) {
      fmt::print(stderr, "{}: {}: {}\n", d.where,
                 d.severity == Diagnostic::Severity::kError ? "error" : "warning", d.what);
    });
    if (args->options.join_model.size() > 1 + kJoinFeatureCount) {
      fmt::print(stderr, "--join-model: at most {} numbers (intercept, then one per feature)\n",
                 1 + kJoinFeatureCount);
      result.exit_code = 2;
      return;
    }
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> trace(nullptr, &std::fclose);
    if (!args->trace.empty()) {
      trace.reset(std::fopen(args->trace.c_str(), "w"));
      if (!trace) {
        fmt::print(stderr, "{}: cannot write the trace\n", args->trace);
        result.exit_code = 2;
        return;
      }
      args->options.candidate_trace = [f = trace.get()](uint64_t article, uint64_t event,
                                                        const std::vector<double>& features) {
        fmt::print(f, "{{\"article\":{},\"event\":{},\"features\":[{:.6g}]}}\n", article, event,
                   fmt::join(features, ","));
      };
    }
    EventCollectorOptions keep;
    keep.keep_ids = args->events;
    EventCollector collector(args->options, keep, &diags);
    auto print_events = [](const std::vector<CollectedEvent>& events) {
      for (const CollectedEvent& e : events) fmt::print("{}\n", event_json(e));
    };
    std::vector<std::string> lines;  // --time-order: per-article lines, by input position
    auto add = [&](Article&& a, size_t input_index) {
      std::string id = a.id;
      ClusterAssignment as = collector.add(std::move(a));
      if (args->events) {
        print_events(collector.take_retired());
      } else if (args->time_order) {
        if (input_index >= lines.size()) lines.resize(input_index + 1);
        lines[input_index] = assignment_json(id, as);
      } else {
        fmt::print("{}\n", assignment_json(id, as));
      }
    };
    bool opened = read_article_stream(args->inputs, &diags, args->time_order, add);
    for (const std::string& line : lines) fmt::print("{}\n", line);
    // finish() retires the open events and reports what was only counted (late articles).
    std::vector<CollectedEvent> last = collector.finish();
    if (args->events) print_events(last);
    std::fflush(stdout);
    result.exit_code = !opened ? 2 : diags.errors() > 0 ? 1 : 0;
  });
}

}  // namespace precis::cli
