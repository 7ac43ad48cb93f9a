#include "read/html/article_head.h"

#include <libxml/tree.h>

#include <algorithm>

#include "read/html/furniture.h"

namespace precis {
namespace {

bool contains(const DomNode& outer, int32_t outer_index, int32_t i) {
  return i >= outer_index && i < outer.end;
}

// A block of running text: long, few links, most of its text its own (not a wrapper of lists).
bool prose_block(const DomNode& n) {
  return !(n.flags & kDomText) && !(n.flags & kDomInvisible) && !is_furniture(n) &&
         n.chars >= 150 && link_density(n) < 0.15 && n.own_chars * 2 >= n.chars &&
         n.tag != HtmlTag::kHeading && n.tag != HtmlTag::kList;
}

}  // namespace

// Leads and standfirsts often sit in a separate row above the article body ("post-top-content"),
// out of reach of sibling merging: adds prose blocks found (through single wrappers) among the
// earlier siblings of `top` and of its two nearest ancestors.
void add_cousin_prose(const DomIndex& index, int32_t top, std::vector<int32_t>& roots) {
  const auto& nodes = index.nodes;
  int32_t branch = top;
  for (int level = 0; level < 3; ++level) {
    int32_t up = nodes[branch].parent;
    if (up < 0 || branch == index.body) break;
    for (int32_t c = up + 1; c < branch; c = nodes[c].end) {
      if (std::find(roots.begin(), roots.end(), c) != roots.end()) continue;
      // Descend through single wrappers to the text block.
      for (int32_t d = c; d < nodes[c].end;) {
        if (prose_block(nodes[d])) {
          roots.push_back(d);
          break;
        }
        if (nodes[d].flags & kDomText || is_furniture(nodes[d])) break;
        // Next: first element child holding most of this node's text.
        int32_t next = -1;
        for (int32_t k = d + 1; k < nodes[d].end; k = nodes[k].end)
          if (nodes[k].chars * 10 >= nodes[d].chars * 9) next = k;
        if (next < 0) break;
        d = next;
      }
    }
    branch = up;
  }
  std::sort(roots.begin(), roots.end());
}

namespace {

bool inside_any(const DomIndex& index, const std::vector<int32_t>& roots, int32_t i) {
  for (int32_t r : roots)
    if (contains(index.nodes[r], r, i)) return true;
  return false;
}

bool is_h1(const DomNode& n) {
  const xmlChar* name = n.node->name;
  return n.tag == HtmlTag::kHeading && name && name[1] == '1';
}

// True when the subtree shows an image and no text (a photo slot).
bool image_only(const DomIndex& index, int32_t i) {
  const auto& nodes = index.nodes;
  if (nodes[i].chars > 0) return false;
  for (int32_t k = i; k < nodes[i].end; ++k)
    if (nodes[k].tag == HtmlTag::kImg || nodes[k].tag == HtmlTag::kNoscript) return true;
  return false;
}

// A caption: the first text after a photo, whatever its class ("img_description"). Walks back
// over empty siblings, and up through ancestors the block opens, to the nearest earlier sibling.
bool follows_image(const DomIndex& index, int32_t i) {
  const auto& nodes = index.nodes;
  for (int level = 0; level < 3 && nodes[i].parent >= 0; ++level, i = nodes[i].parent) {
    int32_t p = nodes[i].parent;
    bool image = false, text = false;
    for (int32_t c = p + 1; c < i; c = nodes[c].end) {
      if (nodes[c].flags & kDomInvisible) continue;
      if (nodes[c].chars > 0) {
        text = true;
        image = false;
      } else if (image_only(index, c)) {
        image = true;
      }
    }
    if (image) return true;
    if (text) return false;
  }
  return false;
}

}  // namespace

// The article's head: a standfirst, deck or lead paragraph between the headline and the body
// container ("<h1>..</h1><p class=lead>..</p><div class=body>.."), often in a header row of its
// own, out of reach of sibling merging. Looks for the nearest <h1> before `top` within a few
// ancestors and adds the prose blocks and sentence-long subheadings between them, leaving out
// furniture (bylines, dates, share bars, captions), lists and link text.
void add_article_head(const DomIndex& index, int32_t top, std::vector<int32_t>& roots) {
  const auto& nodes = index.nodes;
  int32_t h1 = -1;
  int32_t scope = top;
  for (int level = 0; level < 6 && h1 < 0; ++level) {
    scope = nodes[scope].parent;
    if (scope < 0 || scope == index.body || nodes[scope].parent < 0) return;
    for (int32_t i = scope + 1; i < top; ++i)
      if (!(nodes[i].flags & kDomText) && is_h1(nodes[i]) && nodes[i].chars > 0) h1 = i;
  }
  if (h1 < 0 || nodes[h1].end > top) return;
  // A headline far above the body belongs to something else (a site name, a section title).
  uint64_t between = 0;
  for (int32_t i = nodes[h1].end; i < top; ++i)
    if (nodes[i].flags & kDomText) between += nodes[i].chars;
  if (between > 3000) return;
  std::vector<int32_t> found;
  for (int32_t i = nodes[h1].end; i < top; ++i) {
    const DomNode& n = nodes[i];
    if (n.flags & kDomText) continue;
    bool skip_subtree = (n.flags & kDomInvisible) || is_furniture(n) ||
                        n.tag == HtmlTag::kFigcaption || n.tag == HtmlTag::kForm ||
                        n.tag == HtmlTag::kList || n.tag == HtmlTag::kTable ||
                        inside_any(index, roots, i);
    if (!skip_subtree && n.end <= top) {
      bool add = false;
      if (n.tag == HtmlTag::kHeading)
        add = n.chars >= 50 && n.link_chars == 0;
      else if (n.chars >= 60 && link_density(n) < 0.2 && n.own_chars * 2 >= n.chars)
        add = n.tag == HtmlTag::kP || n.own_chars >= 60;
      if (add && !follows_image(index, i)) found.push_back(i);
      skip_subtree = add || n.tag == HtmlTag::kHeading;
    }
    if (skip_subtree && n.end <= top) i = n.end - 1;
  }
  roots.insert(roots.end(), found.begin(), found.end());
  std::sort(roots.begin(), roots.end());
}

}  // namespace precis
