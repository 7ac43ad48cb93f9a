// precis: news articles in, cited event summaries out. See README.md for the sub-commands.
#include <cstdio>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"precis: group news articles into events and summarize them with citations"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "precis 0.1.0");
  precis::cli::CommandResult result;
  precis::cli::add_summarize_command(app, result);
  precis::cli::add_read_command(app, result);
  precis::cli::add_cluster_command(app, result);
  precis::cli::add_events_command(app, result);
  CLI::App* eval = app.add_subcommand("eval", "score precis against gold data");
  eval->require_subcommand(1);
  precis::cli::add_eval_rouge_command(*eval, result);
  precis::cli::add_eval_clusters_command(*eval, result);
  precis::cli::add_eval_extract_command(*eval, result);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return result.exit_code;
}
