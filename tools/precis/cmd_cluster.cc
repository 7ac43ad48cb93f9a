// Placeholder until the cluster stage lands.
#include "commands.h"
namespace precis::cli {
void add_cluster_command(CLI::App& app, CommandResult& result) {
  app.add_subcommand("cluster", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
