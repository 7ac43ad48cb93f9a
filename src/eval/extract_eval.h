// Running an HTML extractor over a gold.jsonl dataset and scoring it (`precis eval extract`).
//
// gold.jsonl: one page a line, {"id", "html_path" (relative to the dataset folder),
// "html_compression" (null|"gzip"), "html_encoding" (null = detect), "url",
// "gold": {"text", "title", "date", "author", "with", "without", ...}} (null = no gold).
// Each score uses only the pages that have gold for it: body shingles (gold.text), snippets
// (gold.with/without), title (exact after whitespace normalisation), date (exact day), author
// (exact string; a list of authors is joined with "; ", as trafilatura's eval_authors.py does).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "eval/extract_metrics.h"
#include "precis/article.h"
#include "precis/diagnostics.h"
#include "precis/status.h"
#include "read/html/html_article.h"

namespace precis {

using HtmlExtractor = std::function<Article(std::string_view html, const HtmlInput& input)>;

struct ExtractEvalOptions {
  std::string gold_path;    // gold.jsonl
  std::string dataset_dir;  // folder html_path is relative to; "" = the gold file's folder
  size_t limit = 0;         // score only the first `limit` pages (0 = all)
  std::string dump_path;    // when set: write {"id","title","date","author","text"} per page
};

struct ExtractEvalResult {
  BodyScore body;
  SnippetScore snippets;
  DateScore date;
  size_t title_total = 0, title_correct = 0;
  size_t author_total = 0, author_correct = 0;
  size_t pages = 0, bad_pages = 0;
  size_t html_bytes = 0;
  double extract_seconds = 0;  // CPU time inside the extractor only (this thread)
};

// Scores `extract` on every page. Pages that cannot be read are reported to `diags` (with the
// gold line number) and skipped. Fails only when the gold file cannot be opened.
Status run_extract_eval(const ExtractEvalOptions& options, const HtmlExtractor& extract,
                        ExtractEvalResult* result, Diagnostics* diags);

}  // namespace precis
