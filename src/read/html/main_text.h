// The main text of a parsed page: content selection (content_extractor.h) rendered as lines
// (html_text.h). Separate from extract_html_article so it can be used and tested without the
// metadata step.
#pragma once

#include <string>

#include "read/html/content_extractor.h"
#include "read/html/html_text.h"

typedef struct _xmlDoc xmlDoc;

namespace precis {

// Main content of `doc` as text lines; "" when the page has no text.
std::string extract_main_text(xmlDoc* doc, const ContentOptions& content = {},
                              const TextRenderOptions& render = {});

// Removes up to `max_lines` final lines that are short (fewer than `max_words` words) and do not
// end like a sentence: the "Related articles", "Share this", "Comments" labels and sign-up lines
// that trail an article inside its container. Keeps at least one line.
void trim_trailing_furniture(std::string& text, size_t max_words = 12, size_t max_lines = 3);

}  // namespace precis
