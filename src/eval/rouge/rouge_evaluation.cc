// load_rouge_config_evaluation and evaluate_rouge (rouge_evaluation.h).
#include "eval/rouge/rouge_evaluation.h"

#include <unordered_map>

#include "eval/rouge/rouge_config.h"

namespace precis::rouge {

Status load_rouge_config_evaluation(const std::string& config_path, RougeEvaluationSet* set,
                                    Diagnostics* diagnostics) {
  std::vector<RougeEval> evals;
  if (Status s = read_rouge_config(config_path, &evals); !s.ok()) return s;
  std::unordered_map<std::string, size_t> system_index;
  for (const RougeEval& eval : evals) {
    const std::string where = config_path + " EVAL " + eval.id;
    std::vector<Sentences> references;
    bool readable = true;
    for (const auto& [id, path] : eval.models) {
      Sentences lines;
      if (Status s = read_spl_file(path, &lines); !s.ok()) {
        diagnostics->error(where, s.message());
        readable = false;
        continue;
      }
      references.push_back(std::move(lines));
    }
    if (!readable || references.empty()) {
      diagnostics->error(where, references.empty()
                                    ? "no readable model (reference) summaries; skipped"
                                    : "a model summary is unreadable; skipped");
      continue;
    }
    const size_t cluster = set->cluster_ids.size();
    set->cluster_ids.push_back(eval.id);
    set->references.push_back(std::move(references));
    for (auto& peers : set->peers) peers.emplace_back();
    for (const auto& [id, path] : eval.peers) {
      auto [it, inserted] = system_index.emplace(id, set->systems.size());
      if (inserted) {
        set->systems.push_back(id);
        set->peers.emplace_back(cluster + 1);
      }
      Sentences lines;
      if (Status s = read_spl_file(path, &lines); !s.ok()) {
        diagnostics->error(where, s.message());
        continue;
      }
      set->peers[it->second][cluster] = std::move(lines);
    }
  }
  return Status::Ok();
}

RougeEvaluationResult evaluate_rouge(const RougeEvaluationSet& set, RougeScorer* scorer) {
  RougeEvaluationResult result;
  result.metric_names = scorer->metric_names();
  for (size_t s = 0; s < set.systems.size(); ++s) {
    RougeSystemResult system;
    system.system = set.systems[s];
    for (size_t c = 0; c < set.cluster_ids.size(); ++c) {
      const std::optional<Sentences>& peer = set.peers[s][c];
      if (!peer) continue;
      system.cluster_ids.push_back(set.cluster_ids[c]);
      system.scores.push_back(scorer->score(*peer, set.references[c]));
    }
    system.averages =
        rouge_average(system.cluster_ids, system.system, system.scores, scorer->options());
    result.systems.push_back(std::move(system));
  }
  return result;
}

}  // namespace precis::rouge
