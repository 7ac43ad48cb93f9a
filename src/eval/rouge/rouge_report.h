// Printing ROUGE results: ROUGE-1.5.5's text layout, JSON, or TSV.
//
// text: ROUGE-1.5.5's lines ("sys1 ROUGE-1 Average_R: 0.36079 (95%-conf.int. 0.33801 - 0.38044)"),
//       which existing ROUGE output parsers read, followed by the plain mean over clusters; with
//       per_cluster, ROUGE's -d lines ("sys1 ROUGE-1 Eval D30003T.sys1 R:0.44444 P:... F:...").
// json: one object, {"metrics": [...], "systems": {"sys1": {"ROUGE-1": {"clusters": n,
//       "average": {"R", "P", "F", "R_ci": [lo, hi], ..., "R_mean", ...},
//       "per_cluster": {"<id>": {"R", "P", "F"}}}}}} (per_cluster only with per_cluster).
// tsv:  header, then rows "system metric cluster R P F R_lo R_hi P_lo P_hi F_lo F_hi"; the cluster
//       column is "AVERAGE" (bootstrap average with its interval), "MEAN" (plain mean), or a
//       cluster id (with per_cluster; interval columns empty).
#pragma once

#include <string>

#include "eval/rouge/rouge_evaluation.h"

namespace precis::rouge {

enum class RougeReportFormat { kText, kJson, kTsv };

std::string format_rouge_report(const RougeEvaluationResult& result, const RougeOptions& options,
                                RougeReportFormat format, bool per_cluster);

}  // namespace precis::rouge
