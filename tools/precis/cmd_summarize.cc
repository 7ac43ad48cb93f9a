// Placeholder until the summarize stage lands.
#include "commands.h"
namespace precis::cli {
void add_summarize_command(CLI::App& app, CommandResult& result) {
  app.add_subcommand("summarize", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
