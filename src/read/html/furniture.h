// Page furniture judged from one element alone: furniture tags (nav, aside, footer), ARIA
// furniture roles and class/id hints (class_hints.h). Shared by content selection
// (content_extractor.h) and the article-head search (article_head.h).
#pragma once

#include "read/html/class_hints.h"
#include "read/html/dom_index.h"

namespace precis {

// Class/id hints that mark furniture: strong words always, weak ones unless the same value also
// names content.
inline bool furniture_hint(const DomNode& n) {
  if (n.hints & (kHintArticleBody)) return false;
  if (n.flags & kDomItemArticleBody) return false;
  if (n.hints & kHintNegative) return true;
  return (n.hints & kHintWeakNegative) && !(n.hints & kHintPositive);
}

inline bool is_furniture(const DomNode& n) {
  return is_furniture_tag(n.tag) || (n.flags & kDomFurnitureRole) || furniture_hint(n);
}

// Furniture whose text never votes for the article container: comments, related links, share
// bars (strong class words), nav/aside/footer/header and ARIA furniture roles.
inline bool strong_furniture(const DomNode& n) {
  if ((n.hints & kHintArticleBody) || (n.flags & kDomItemArticleBody)) return false;
  // Classes on <html> and <body> describe the page state ("cookies-not-set"), not furniture.
  if (n.tag == HtmlTag::kBody || n.depth == 0) return false;
  return (n.hints & kHintNegative) || is_furniture_tag(n.tag) || (n.flags & kDomFurnitureRole);
}

}  // namespace precis
