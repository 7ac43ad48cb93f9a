// Placeholder until the eval clusters scorer lands.
#include "commands.h"
namespace precis::cli {
void add_eval_clusters_command(CLI::App& eval, CommandResult& result) {
  eval.add_subcommand("clusters", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
