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

}  // namespace precis
