// RougeEvaluation: the texts of one ROUGE evaluation (clusters with references, and one or more
// systems' summaries of them), where they come from, and scoring all of them.
//
// Two sources:
//  * precis files: a dataset JSONL (one cluster per line, {"id", "summaries": ["ref", ...]}) and
//    the JSON lines of `precis summarize` ({"id", "sentences": [{"text", ...}, ...]}), one file
//    per system. A reference string is split into sentences at '\n' (one line = one sentence,
//    like ROUGE's SPL files); each summary sentence is one sentence. Clusters are matched by id.
//  * a ROUGE-1.5.5 XML config (SPL input format), so existing ROUGE setups can be re-scored.
// Problems with single records (malformed JSON, a cluster without references, a cluster missing
// on one side) are reported to Diagnostics naming file:line and the record is skipped; a Status
// is returned only when an input cannot be read at all.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "precis/diagnostics.h"
#include "precis/rouge.h"
#include "precis/status.h"

namespace precis::rouge {

using Sentences = std::vector<std::string>;

struct RougeEvaluationSet {
  std::vector<std::string> cluster_ids;            // scoring order (file / config order)
  std::vector<std::vector<Sentences>> references;  // [cluster][reference]
  std::vector<std::string> systems;                // peer IDs
  // peers[system][cluster]: the summary, or nullopt when that system has none for the cluster.
  std::vector<std::vector<std::optional<Sentences>>> peers;
};

// Reads the dataset JSONL and the summarize outputs (gzip/zstd transparently). A system is named
// by the "method" of its file's records, or by the file path when two files share a method.
Status load_jsonl_evaluation(const std::string& references_path,
                             const std::vector<std::string>& summary_paths, RougeEvaluationSet* set,
                             Diagnostics* diagnostics);

// Reads a ROUGE-1.5.5 XML config and the SPL files it names.
Status load_rouge_config_evaluation(const std::string& config_path, RougeEvaluationSet* set,
                                    Diagnostics* diagnostics);

struct RougeSystemResult {
  std::string system;
  std::vector<std::string> cluster_ids;    // clusters this system was scored on
  std::vector<RougeClusterScores> scores;  // parallel to cluster_ids
  std::vector<RougeAverage> averages;      // one per metric
};

struct RougeEvaluationResult {
  std::vector<std::string> metric_names;
  std::vector<RougeSystemResult> systems;
};

// Scores every system on the clusters it has a summary for (and that have references).
RougeEvaluationResult evaluate_rouge(const RougeEvaluationSet& set, RougeScorer* scorer);

}  // namespace precis::rouge
