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

// Calls on_article for each article with its 0-based position in the input; returns false when
// an input could not be opened. In input order, one article in memory at a time; or, with
// `time_order` (an unordered pile), every input is read first and the articles are given in time
// order: a stable sort, in which an article without a time keeps its place after the article
// that came before it in the input. That holds every article in memory at once.
bool read_article_stream(const std::vector<std::string>& inputs, Diagnostics* diags,
                         bool time_order,
                         const std::function<void(Article&&, size_t input_index)>& on_article);

}  // namespace precis
