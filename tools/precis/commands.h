// The sub-commands of the `precis` program. Each is defined in its own cmd_*.cc file, which only
// declares options and calls the library; main.cc lists them all.
#pragma once

#include <CLI/CLI.hpp>

namespace precis::cli {

// Filled by the sub-command that ran: the process exit status.
// 0 = success, 1 = some records were bad (others were processed), 2 = usage or fatal error.
struct CommandResult {
  int exit_code = 0;
};

void add_summarize_command(CLI::App& app, CommandResult& result);
void add_read_command(CLI::App& app, CommandResult& result);
void add_cluster_command(CLI::App& app, CommandResult& result);
void add_events_command(CLI::App& app, CommandResult& result);
// `eval` groups the scorers; each adds itself under the `eval` sub-command.
void add_eval_rouge_command(CLI::App& eval, CommandResult& result);
void add_eval_clusters_command(CLI::App& eval, CommandResult& result);
void add_eval_extract_command(CLI::App& eval, CommandResult& result);

}  // namespace precis::cli
