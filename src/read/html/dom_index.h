// DomIndex: a flat, pre-order table of the elements and text nodes of a parsed page, with the
// counts content extraction needs (visible characters, characters inside links, commas), built
// in one iterative walk. Subtrees are index ranges [i, end), so "skip this subtree" is a jump and
// no step needs recursion, however deep the page.
#pragma once

#include <cstdint>
#include <vector>

#include "read/html/html_tags.h"

typedef struct _xmlNode xmlNode;

namespace precis {

enum DomFlag : uint8_t {
  kDomText = 1,             // a text node (else an element)
  kDomInvisible = 2,        // never shown: script, style, form controls, hidden=, display:none
  kDomItemArticleBody = 4,  // itemprop="articleBody" (schema.org) or role="article"/"main"
  kDomFurnitureRole = 8,    // role="navigation", "complementary", "contentinfo", "banner", ...
  kDomInLink = 16,          // text inside an <a>
};

struct DomNode {
  xmlNode* node = nullptr;
  int32_t parent = -1;
  int32_t end = 0;    // one past the last node of the subtree
  int32_t block = 0;  // nearest block-level ancestor-or-self (for text: of its parent)
  HtmlTag tag = HtmlTag::kOther;
  uint8_t flags = 0;        // DomFlag
  uint8_t hints = 0;        // ClassHint of class and id
  uint8_t depth = 0;        // capped at 255
  uint32_t chars = 0;       // visible non-space characters (code points) in the subtree
  uint32_t link_chars = 0;  // of which inside links
  uint32_t own_chars = 0;   // characters of text whose nearest block ancestor is this node
  uint32_t own_link_chars = 0;
  uint32_t commas = 0;  // commas in the subtree (',', '，', '、', '،')
  uint32_t own_commas = 0;
  uint32_t paragraphs = 0;  // <p> elements (and text blocks) in the subtree
};

struct DomIndex {
  std::vector<DomNode> nodes;  // nodes[0] is the root element when not empty
  // Index of the <body> element (0 when the page has none).
  int32_t body = 0;
};

// Builds the index of the subtree rooted at `root` (usually the <html> element).
DomIndex build_dom_index(xmlNode* root);

// Link density of a subtree: characters inside links / all characters (0 when empty).
inline double link_density(const DomNode& n) {
  return n.chars == 0 ? 0.0 : static_cast<double>(n.link_chars) / n.chars;
}

}  // namespace precis
