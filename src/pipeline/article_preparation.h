// Between read and the later stages: the clean stage's findings are applied to an article.
// Metadata found in the text (title, date header, byline, dateline, credits) fills empty
// fields; for articles read from files other than JSONL the text itself becomes the cleaned
// body, so `precis read` output and the offsets cited by `precis summarize` agree. JSONL text
// is kept as given (offsets stay valid for the user's own copy).
#pragma once

#include "precis/article.h"

namespace precis {

void prepare_article(Article& article, bool rewrite_text);

}  // namespace precis
