// Between read and the later stages: the clean stage's findings are applied to an article.
// Metadata found in the text (title, date header, byline, dateline) fills empty fields. With
// `rewrite_text` (what `precis read` does for files other than JSONL) the text becomes the
// cleaned body and the credits move to Article::credits; without it (summarize, events) the
// text stays as read, so cited offsets point into the input itself, and the summarizer's own
// cleaning keeps credits and boilerplate out of the summary.
#pragma once

#include "clean/article_cleaner.h"
#include "precis/article.h"

namespace precis {

void prepare_article(Article& article, bool rewrite_text);

// Whether the article's text stays as given: a JSONL record (origin "file:line", whatever the
// file is called, or "<stdin>:line") holds text a user may cite by offset; text, Markdown, HTML,
// WARC and feed articles (origins without a line number) get their cleaned body.
bool keeps_input_text(const Article& article);
// The same; without `rewrite_text`, *cleaned receives the cleaning of the (unchanged) text, so
// that the summarizer does not clean every article a second time.
void prepare_article(Article& article, CleanedText* cleaned);

}  // namespace precis
