// Placeholder until the read stage lands.
#include "commands.h"
namespace precis::cli {
void add_read_command(CLI::App& app, CommandResult& result) {
  app.add_subcommand("read", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
