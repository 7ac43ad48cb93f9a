// Placeholder until the events stage lands.
#include "commands.h"
namespace precis::cli {
void add_events_command(CLI::App& app, CommandResult& result) {
  app.add_subcommand("events", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
