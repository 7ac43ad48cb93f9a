// `precis eval clusters --gold FILE --pred FILE`: pairwise, B-cubed, NMI and ARI of a clustering
// against gold labels (definitions in src/eval/cluster_metrics.h).
#include <fmt/format.h>

#include <cstdio>
#include <memory>

#include "commands.h"
#include "eval/cluster_labels.h"
#include "eval/cluster_metrics.h"

namespace precis::cli {
namespace {

struct EvalClustersArgs {
  std::string gold, pred;
  bool json = false;
};

void print_scores(const ClusterScores& s, bool json) {
  if (json) {
    fmt::print(
        "{{\"items\":{},\"gold_clusters\":{},\"pred_clusters\":{},\"missing_in_pred\":{},"
        "\"extra_in_pred\":{},\"pairwise\":{{\"p\":{:.4f},\"r\":{:.4f},\"f1\":{:.4f}}},"
        "\"bcubed\":{{\"p\":{:.4f},\"r\":{:.4f},\"f1\":{:.4f}}},\"nmi\":{:.4f},\"ari\":{:.4f}}}\n",
        s.items, s.gold_clusters, s.pred_clusters, s.missing_in_pred, s.extra_in_pred,
        s.pair_precision, s.pair_recall, s.pair_f1, s.bcubed_precision, s.bcubed_recall,
        s.bcubed_f1, s.nmi, s.ari);
    return;
  }
  fmt::print("items {}  gold clusters {}  predicted clusters {}\n", s.items, s.gold_clusters,
             s.pred_clusters);
  if (s.missing_in_pred || s.extra_in_pred)
    fmt::print("missing in prediction {} (scored as singletons)  not in gold {} (ignored)\n",
               s.missing_in_pred, s.extra_in_pred);
  fmt::print("{:<10} {:>9} {:>9} {:>9}\n", "metric", "precision", "recall", "F1");
  fmt::print("{:<10} {:>9.4f} {:>9.4f} {:>9.4f}\n", "pairwise", s.pair_precision, s.pair_recall,
             s.pair_f1);
  fmt::print("{:<10} {:>9.4f} {:>9.4f} {:>9.4f}\n", "B-cubed", s.bcubed_precision, s.bcubed_recall,
             s.bcubed_f1);
  fmt::print("NMI {:.4f}  ARI {:.4f}\n", s.nmi, s.ari);
}

}  // namespace

void add_eval_clusters_command(CLI::App& eval, CommandResult& result) {
  auto args = std::make_shared<EvalClustersArgs>();
  CLI::App* cmd =
      eval.add_subcommand("clusters", "score a clustering: pairwise and B-cubed P/R/F1, NMI, ARI");
  cmd->add_option("--gold", args->gold, "gold labels (JSONL: id + event/events, or clusters)")
      ->required();
  cmd->add_option("--pred", args->pred, "predicted clusters (output of `precis cluster`)")
      ->required();
  cmd->add_flag("--json", args->json, "print one JSON object instead of a table");
  cmd->callback([args, &result] {
    Diagnostics diags([](const Diagnostic& d) {
      fmt::print(stderr, "{}: {}: {}\n", d.where,
                 d.severity == Diagnostic::Severity::kError ? "error" : "warning", d.what);
    });
    ClusterLabels gold, pred_labels;
    for (auto [path, out] : {std::pair{&args->gold, &gold}, std::pair{&args->pred, &pred_labels}}) {
      Status st = read_cluster_labels(*path, out, &diags);
      if (!st.ok()) {
        fmt::print(stderr, "precis eval clusters: {}\n", st.message());
        result.exit_code = 2;
        return;
      }
    }
    if (gold.empty()) {
      fmt::print(stderr, "precis eval clusters: no gold labels in {}\n", args->gold);
      result.exit_code = 2;
      return;
    }
    std::unordered_map<std::string, std::string> pred;
    for (auto& [id, ls] : pred_labels) pred.emplace(id, ls.front());
    print_scores(score_clustering(gold, pred), args->json);
    result.exit_code = diags.errors() > 0 ? 1 : 0;
  });
}

}  // namespace precis::cli
