// The visible text of small pieces of markup found inside feeds: an HTML fragment given as a
// string (RSS description, content:encoded, Atom type="html"), or an already parsed subtree
// (Atom type="xhtml"). Block elements (p, div, li, h1-h6, br, ...) end a paragraph; script,
// style and other invisible elements are dropped; whitespace inside a paragraph is collapsed.
// Paragraphs are separated by '\n', as in Article::text.
//
// This is not the main-content extractor (read/html/html_article.h): feed fragments are the
// article body or its summary already, with no page furniture to remove.
#pragma once

#include <string>
#include <string_view>

typedef struct _xmlNode xmlNode;

namespace precis {

// Text of an HTML fragment (UTF-8). Entities are decoded; unknown tags are kept inline.
std::string html_fragment_text(std::string_view html);

// Text of the children of `node` (any libxml2 tree, HTML or XML), with the same rules. Entity
// reference nodes are not expanded (external and recursive entities stay unread).
std::string markup_subtree_text(const xmlNode* node);

// Plain text: whitespace collapsed inside paragraphs, blank lines separate paragraphs.
std::string plain_text_paragraphs(std::string_view text);

// True when `text` holds markup or entity references worth an HTML parse ("<p>", "&amp;").
bool looks_like_markup(std::string_view text);

}  // namespace precis
