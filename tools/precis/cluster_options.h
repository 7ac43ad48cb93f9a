// Command-line options of the online clusterer, for every command that clusters.
#pragma once

#include <CLI/CLI.hpp>

#include "precis/cluster.h"

namespace precis::cli {

// Adds --window, --threshold, --half-life, --decay-floor, --singleton-scale, --member-gate,
// --names-weight, --place-weight, --wordnet, --duplicate-threshold and --lang, writing into
// *options (which must outlive the parse).
void add_cluster_options(CLI::App* cmd, ClusterOptions* options);

}  // namespace precis::cli
