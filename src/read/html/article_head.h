// Content before the chosen article container that still belongs to the article: the lead or
// standfirst in a row of its own, and the deck between the headline and the body. Called by
// content selection (content_extractor.h) once the body container is chosen.
#pragma once

#include <cstdint>
#include <vector>

#include "read/html/dom_index.h"

namespace precis {

// Leads and standfirsts often sit in a separate row above the article body ("post-top-content"),
// out of reach of sibling merging: adds prose blocks (150+ characters, link density under 0.15,
// mostly own text) found through single wrappers among the earlier siblings of `top` and of its
// two nearest ancestors. Keeps `roots` sorted.
void add_cousin_prose(const DomIndex& index, int32_t top, std::vector<int32_t>& roots);

// The article's head: the nearest <h1> before `top` within six ancestors, when at most 3000
// characters lie between them, anchors it; the prose blocks (60+ characters, link density under
// 0.2) and sentence-long subheadings (50+ characters, no links) between the two join `roots`.
// Furniture, lists, tables, forms, captions and the first text after a photo stay out; the <h1>
// itself too (it is Article::title). Keeps `roots` sorted.
void add_article_head(const DomIndex& index, int32_t top, std::vector<int32_t>& roots);

}  // namespace precis
