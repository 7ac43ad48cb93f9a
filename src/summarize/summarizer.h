// summarize() for callers that have already cleaned the articles of the cluster: the summarize
// job cleans every article once while preparing it (metadata, language) and hands the result
// on, instead of the summarizer cleaning it a second time.
#pragma once

#include <vector>

#include "clean/article_cleaner.h"
#include "precis/summarize.h"

namespace precis {

// As precis::summarize(); `cleaned[i]` must be clean_text(cluster.articles[i].text) (checked
// by size only; a size mismatch cleans again).
Status summarize(const Cluster& cluster, const std::vector<CleanedText>& cleaned,
                 const SummarizeOptions& options, Summary* summary);

}  // namespace precis
