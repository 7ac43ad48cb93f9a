// Writing summaries: one JSON line per cluster (the machine format, docs/formats.md), or text /
// Markdown for people: the summary with citation marks [1][2] and the numbered sources.
#pragma once

#include <string>

#include "precis/article.h"
#include "precis/summarize.h"

namespace precis {

enum class SummaryFormat { kJson, kText, kMarkdown };

// Parses "json", "text", "md"; false for anything else.
bool parse_summary_format(const std::string& name, SummaryFormat* format);

// The JSON line (without the trailing newline).
std::string summary_to_json(const Summary& summary);

// Text or Markdown rendering; `cluster` supplies the titles, dates and urls of the sources.
// `with_heading` = false leaves out the heading with the cluster id (for callers that print
// their own, as `precis events` does with the event's title).
std::string summary_to_text(const Summary& summary, const Cluster& cluster, bool markdown,
                            bool with_heading = true);

// A short label for an article: its title, or its first words.
std::string article_label(const Article& article, size_t max_words = 12);

}  // namespace precis
