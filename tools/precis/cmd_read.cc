// precis read: articles out of any input, as clean JSONL (one article a line).
#include <cstdio>

#include "commands.h"
#include "output/article_writer.h"
#include "pipeline/article_preparation.h"
#include "pipeline/language_guess.h"
#include "precis/read.h"
#include "report.h"

namespace precis::cli {

void add_read_command(CLI::App& app, CommandResult& result) {
  struct Args {
    std::vector<std::string> inputs;
    std::string format = "auto", lang = "auto";
  };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(
      "read", "read articles from JSONL, text/Markdown, HTML, WARC or RSS/Atom; write clean JSONL");
  cmd->add_option("INPUT", args->inputs, "files, directories (recursive), .gz/.zst, or '-'")
      ->required();
  cmd->add_option("--format", args->format, "auto (default), jsonl, html, warc, text, md, rss")
      ->check(CLI::IsMember({"auto", "jsonl", "html", "warc", "text", "md", "rss"}));
  cmd->add_option("--lang", args->lang,
                  "auto (default: input field, else CLD2) or an ISO 639-1 code");
  cmd->callback([args, &result] {
    Diagnostics diag(print_diagnostic("read"));
    ReadOptions options;
    options.format = args->format;
    options.lang = args->lang;
    Reader reader(options, &diag);
    ReadSink sink;
    sink.on_article = [&](Article&& a, const std::string&) {
      prepare_article(a, !keeps_input_text(a));
      if (a.lang.empty()) a.lang = guess_language(a.text, a.url);
      std::string line = article_to_json(a);
      line.push_back('\n');
      fputs(line.c_str(), stdout);
    };
    reader.read(args->inputs, sink);
    result.exit_code = exit_code_for(diag);
  });
}

}  // namespace precis::cli
