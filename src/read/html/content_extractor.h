// Main-content extraction: which parts of a page are the article.
//
// 1. Score text blocks (elements owning at least `min_paragraph_chars` characters of their own
//    text) by length and commas, and give each score to the block's ancestors with decay (the
//    Arc90/Readability scheme: parent 1, grandparent 1/2, then 1/(3*level)). A container's score
//    is adjusted by tag (div +5, list -3, heading -5), class/id hints (content +25, furniture -25,
//    "article-body"-like names and itemprop=articleBody +40) and multiplied by 1 - link density.
// 2. The best container wins; it is widened to an ancestor when several near-best containers
//    share it, when posts of the same tag and class repeat (a question and its answers), to the
//    element the page names as the article body (entry-content, itemprop=articleBody) above it,
//    or when its parent scores better. Its siblings join when they score at least a fifth of it
//    or look like prose paragraphs; leads and decks before it join too (article_head.h).
// 3. Inside the chosen containers, furniture is pruned: nav/aside/footer, ARIA furniture roles,
//    class/id furniture words (comment, related, share, social, ad, promo, cookie, newsletter,
//    author boxes, ...; a weak word alone does not remove a block of prose), link lists (link
//    density > 0.5), paragraphs that are mostly a link ("Read also: ..") and headings whose whole
//    section was pruned.
// See docs/read-html.md.
#pragma once

#include <cstdint>
#include <vector>

#include "read/html/dom_index.h"

namespace precis {

struct ContentOptions {
  // A block must own this many visible characters to count as a paragraph when scoring.
  uint32_t min_paragraph_chars = 25;
  // Start the text with the page's <h1> that precedes the article (the headline), when the
  // article does not already contain it.
  bool include_heading = false;
  // Leave out <figcaption> (photo captions and credits).
  bool drop_captions = true;
  // Weight of the votes of paragraphs inside furniture (comments, related, share, nav, ...).
  double furniture_vote = 0.25;
  // Containers with more link text than this share are link lists (menus, related links).
  double max_container_link_density = 0.5;
  // Paragraphs with more link text than this share are "read also" teasers.
  double max_paragraph_link_density = 0.6;
};

struct ContentSelection {
  std::vector<int32_t> roots;  // DomIndex nodes holding the article, in document order
  std::vector<uint8_t> skip;   // per DomIndex node: 1 = pruned (with its subtree)
  int32_t top = -1;            // the best-scoring container (-1 when the page has no text)
};

// Chooses the article's containers and the furniture to prune inside them.
ContentSelection select_content(const DomIndex& index, const ContentOptions& options = {});

}  // namespace precis
