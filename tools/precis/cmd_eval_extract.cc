// Placeholder until the eval extract scorer lands.
#include "commands.h"
namespace precis::cli {
void add_eval_extract_command(CLI::App& eval, CommandResult& result) {
  eval.add_subcommand("extract", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
