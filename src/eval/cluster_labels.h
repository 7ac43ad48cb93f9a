// Reading gold and predicted cluster labels from JSONL, for `precis eval clusters`.
//
// One record a line, any of:
//   {"id"|"doc_id": "...", "event": "E1", "events": ["E1", "E2"]}   one item; `events` (when
//        present) lists all its labels, `event` the primary one; `cluster` is accepted for `event`
//   {"event"|"id": "E1", "articles": ["d1", "d2"] | [{"id"|"doc_id": "d1"}, ...]}   one cluster
// so `precis cluster` output (per article or --events), labelled streams, and the dataset cluster
// files all work as either side. Bad lines are reported to `diags` with their line number and
// skipped; an item seen twice keeps its first labels (reported).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "precis/diagnostics.h"
#include "precis/status.h"

namespace precis {

using ClusterLabels = std::unordered_map<std::string, std::vector<std::string>>;

// Reads `path` ("-" = stdin; gzip/zstd detected). Fails only when the file cannot be opened.
Status read_cluster_labels(const std::string& path, ClusterLabels* labels, Diagnostics* diags);

}  // namespace precis
