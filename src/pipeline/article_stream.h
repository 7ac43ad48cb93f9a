// Reading the articles of a clustering run: every INPUT through the read stage (precis/read.h),
// clusters taken apart into their articles, in input order. Dates that could not be used (absurd
// years such as 0 or 9999, unparsable text) are reported here as warnings: the article is kept,
// without a time, and is placed by order of arrival.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/diagnostics.h"

namespace precis {

// Calls on_article for each article; returns false when an input could not be opened.
bool read_article_stream(const std::vector<std::string>& inputs, Diagnostics* diags,
                         const std::function<void(Article&&)>& on_article);

// The same for an unordered pile: every input is read first, then the articles are given in time
// order, with their 0-based position in the input (to write results back in input order). The
// sort is stable, and an article without a time keeps its place after the article that came
// before it in the input. Holds every article in memory at once (the streaming form above holds
// one).
bool read_articles_by_time(const std::vector<std::string>& inputs, Diagnostics* diags,
                           const std::function<void(Article&&, size_t input_index)>& on_article);

}  // namespace precis
