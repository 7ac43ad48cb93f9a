// Placeholder until the eval rouge scorer lands.
#include "commands.h"
namespace precis::cli {
void add_eval_rouge_command(CLI::App& eval, CommandResult& result) {
  eval.add_subcommand("rouge", "(not built yet)")->callback([&result] { result.exit_code = 2; });
}
}  // namespace precis::cli
