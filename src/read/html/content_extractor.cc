#include "read/html/content_extractor.h"

#include <libxml/tree.h>

#include <algorithm>
#include <array>

#include "read/html/article_head.h"
#include "read/html/class_hints.h"
#include "read/html/furniture.h"

namespace precis {
namespace {

bool is_element(const DomNode& n) { return !(n.flags & kDomText); }

// Readability's initial score of a container by its tag.
double tag_weight(HtmlTag t) {
  switch (t) {
    case HtmlTag::kDiv:
      return 5;
    case HtmlTag::kArticle:
      return 10;
    case HtmlTag::kMain:
      return 5;
    case HtmlTag::kPre:
    case HtmlTag::kCell:
    case HtmlTag::kBlockquote:
      return 3;
    case HtmlTag::kList:
    case HtmlTag::kListItem:
    case HtmlTag::kForm:
      return -3;
    case HtmlTag::kHeading:
      return -5;
    default:
      return 0;
  }
}

double hint_weight(const DomNode& n) {
  double w = 0;
  if (n.hints & kHintPositive) w += 25;
  if (n.hints & kHintArticleBody) w += 40;
  if (n.flags & kDomItemArticleBody) w += 40;
  // A content name on a near-empty box (a teaser's "article-content") is not the article.
  w *= std::min(1.0, n.chars / 400.0);
  if (n.hints & kHintNegative) w -= 25;
  if ((n.hints & kHintWeakNegative) && !(n.hints & kHintPositive)) w -= 25;
  if (is_furniture_tag(n.tag) || (n.flags & kDomFurnitureRole)) w -= 25;
  return w;
}

// Tags whose own text makes a paragraph for scoring. Headings only label content.
bool scores_as_paragraph(HtmlTag t) {
  switch (t) {
    case HtmlTag::kP:
    case HtmlTag::kDiv:
    case HtmlTag::kPre:
    case HtmlTag::kCell:
    case HtmlTag::kBlockquote:
    case HtmlTag::kBlock:
    case HtmlTag::kArticle:
    case HtmlTag::kMain:
    case HtmlTag::kBody:
    case HtmlTag::kListItem:
    case HtmlTag::kForm:
      return true;
    default:
      return false;
  }
}

// A paragraph-like element (gives its score to its parent rather than keeping it).
bool is_paragraph_tag(HtmlTag t) {
  return t == HtmlTag::kP || t == HtmlTag::kPre || t == HtmlTag::kCell ||
         t == HtmlTag::kBlockquote || t == HtmlTag::kListItem;
}

struct Scorer {
  const DomIndex& index;
  const ContentOptions& options;
  std::vector<double> score;
  std::vector<uint8_t> scored;

  void add(int32_t i, double s) {
    if (!scored[i]) {
      scored[i] = 1;
      score[i] = tag_weight(index.nodes[i].tag) + hint_weight(index.nodes[i]);
    }
    score[i] += s;
  }

  // Scores every paragraph outside furniture; when the page has no paragraph outside furniture
  // (a whole page inside a misnamed box), scores them all.
  void run() {
    if (!run_pass(true)) run_pass(false);
  }

  bool run_pass(bool exclude_furniture) {
    const auto& nodes = index.nodes;
    score.assign(nodes.size(), 0);
    scored.assign(nodes.size(), 0);
    // Readability removes "unlikely candidates" before scoring; here their text does not vote.
    std::vector<uint8_t> excluded(exclude_furniture ? nodes.size() : 0, 0);
    bool any = false;
    for (size_t i = 0; i < nodes.size(); ++i) {
      const DomNode& n = nodes[i];
      if (exclude_furniture && is_element(n)) {
        excluded[i] = (n.parent >= 0 && excluded[n.parent]) || strong_furniture(n);
      }
      if (!is_element(n) || n.own_chars < options.min_paragraph_chars) continue;
      if (!scores_as_paragraph(n.tag)) continue;
      if (n.own_link_chars * 2 > n.own_chars) continue;
      double s = 1 + n.own_commas + std::min(n.own_chars / 100.0, 3.0);
      // Text inside furniture votes weakly: enough to find an article in a misnamed box, not
      // enough for a long comment thread to outvote the article above it.
      if (exclude_furniture && excluded[i]) s *= options.furniture_vote;
      // A paragraph scores its ancestors; a container with its own loose text scores itself too.
      int32_t a = is_paragraph_tag(n.tag) ? n.parent : static_cast<int32_t>(i);
      for (int level = 0; a >= 0 && level < 5; ++level, a = nodes[a].parent) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        add(a, s / divider);
      }
      any = true;
    }
    // Final scores: scaled by how much of the text is not links.
    for (size_t i = 0; i < nodes.size(); ++i)
      if (scored[i]) score[i] *= 1.0 - link_density(nodes[i]);
    return any;
  }
};

bool contains(const DomNode& outer, int32_t outer_index, int32_t i) {
  return i >= outer_index && i < outer.end;
}

// Number of visible element children.
int element_children(const DomIndex& index, int32_t p) {
  const auto& nodes = index.nodes;
  int count = 0;
  for (int32_t c = p + 1; c < nodes[p].end; c = nodes[c].end) {
    if (is_element(nodes[c]) && !(nodes[c].flags & kDomInvisible))
      ++count;
    else if (!is_element(nodes[c]))
      ++count;  // loose text counts as content too
  }
  return count;
}

// True when both elements carry the same non-empty class attribute (called for a few scored
// candidates per page only, so the copies libxml2 makes do not matter).
bool same_class(const xmlNode* a, const xmlNode* b) {
  xmlChar* ca = xmlGetProp(a, BAD_CAST "class");
  xmlChar* cb = xmlGetProp(b, BAD_CAST "class");
  bool same = ca && cb && xmlStrEqual(ca, cb) && ca[0] != 0;
  xmlFree(ca);
  xmlFree(cb);
  return same;
}

// The common ancestor of `top` and the other scored containers of its tag and class that score
// at least 30% of it, when there are two or more and `top` is named as content; else `top`.
int32_t widen_to_repeated_posts(const DomIndex& index, const Scorer& scorer, int32_t top) {
  const auto& nodes = index.nodes;
  const auto& score = scorer.score;
  if (!(nodes[top].hints & (kHintPositive | kHintArticleBody)) &&
      !(nodes[top].flags & kDomItemArticleBody))
    return top;
  int32_t ancestor = -1;
  int count = 0;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!scorer.scored[i] || static_cast<int32_t>(i) == top || nodes[i].tag != nodes[top].tag)
      continue;
    if (score[i] < 0.3 * score[top] || !same_class(nodes[i].node, nodes[top].node)) continue;
    // Common ancestor of top and this one.
    int32_t a = ancestor >= 0 ? ancestor : nodes[top].parent;
    while (a >= 0 && !contains(nodes[a], a, static_cast<int32_t>(i))) a = nodes[a].parent;
    if (a < 0) return top;
    ancestor = a;
    ++count;
  }
  if (count < 2 || ancestor == index.body || ancestor <= 0) return top;
  if (link_density(nodes[ancestor]) > 0.3) return top;
  return ancestor;
}

int32_t choose_top(const DomIndex& index, const Scorer& scorer, int32_t* best_raw) {
  const auto& nodes = index.nodes;
  const auto& score = scorer.score;
  std::array<int32_t, 5> best;
  best.fill(-1);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!scorer.scored[i]) continue;
    for (size_t k = 0; k < best.size(); ++k) {
      if (best[k] < 0 || score[i] > score[best[k]]) {
        for (size_t m = best.size() - 1; m > k; --m) best[m] = best[m - 1];
        best[k] = static_cast<int32_t>(i);
        break;
      }
    }
  }
  int32_t top = best[0];
  *best_raw = top;
  if (top < 0) return index.body;
  double top_score = score[top];
  // Several near-best containers under one ancestor: the ancestor is the article.
  std::vector<int32_t> alternatives;
  for (size_t k = 1; k < best.size(); ++k)
    if (best[k] >= 0 && score[best[k]] >= 0.75 * top_score) alternatives.push_back(best[k]);
  if (alternatives.size() >= 3) {
    for (int32_t p = nodes[top].parent; p >= 0 && p != index.body; p = nodes[p].parent) {
      int within = 0;
      for (int32_t a : alternatives) within += contains(nodes[p], p, a);
      if (within >= 3) {
        top = p;
        break;
      }
    }
  }
  // Posts of one kind repeated on the page (a question and its answers, the entries of a
  // live blog), each a container of the same tag and class: their common ancestor holds them all.
  top = widen_to_repeated_posts(index, scorer, top);
  // Climb while the parent scores better (the article is split into scored parts).
  double last = score[top];
  double threshold = last / 3;
  for (int32_t p = nodes[top].parent; p >= 0 && p != nodes[index.body].parent;
       p = nodes[p].parent) {
    if (!scorer.scored[p]) continue;
    if (score[p] < threshold) break;
    if (score[p] > last) {
      top = p;
      break;
    }
    last = score[p];
  }
  // Page builders nest each text block in many wrappers, so the article-body element named by
  // the page ("entry-content", itemprop=articleBody) can sit too far above the paragraphs to be
  // scored: when it holds the best container and is not a link list, it is the article.
  for (int32_t p = nodes[top].parent; p >= 0 && p != index.body; p = nodes[p].parent) {
    bool named =
        (nodes[p].hints & kHintArticleBody) ||
        ((nodes[p].flags & kDomItemArticleBody) && xmlHasProp(nodes[p].node, BAD_CAST "itemprop"));
    if (!named) continue;
    if (link_density(nodes[p]) < 0.25) top = p;
    break;
  }
  // A lone child says nothing its parent does not.
  while (top != index.body && nodes[top].parent >= 0 &&
         element_children(index, nodes[top].parent) == 1)
    top = nodes[top].parent;
  return top;
}

// Prose paragraph that may sit beside the chosen container.
bool looks_like_prose(const DomNode& n) {
  if (n.tag != HtmlTag::kP && !(n.flags & kDomText)) return false;
  double ld = link_density(n);
  if (n.chars > 80) return ld < 0.25;
  return n.chars > 0 && ld == 0 && n.commas > 0;
}

std::vector<int32_t> choose_roots(const DomIndex& index, const Scorer& scorer, int32_t top) {
  const auto& nodes = index.nodes;
  int32_t parent = nodes[top].parent;
  if (parent < 0 || top == index.body) return {top};
  double threshold = std::max(10.0, scorer.score[top] * 0.2);
  std::vector<int32_t> roots;
  for (int32_t c = parent + 1; c < nodes[parent].end; c = nodes[c].end) {
    const DomNode& n = nodes[c];
    if (c == top) {
      roots.push_back(c);
      continue;
    }
    if (n.flags & kDomInvisible) continue;
    if (is_element(n) && is_furniture(n)) continue;
    if ((scorer.scored[c] && scorer.score[c] >= threshold) || looks_like_prose(n))
      roots.push_back(c);
  }
  add_cousin_prose(index, top, roots);
  add_article_head(index, top, roots);
  return roots;
}

// Marks furniture inside the chosen containers.
void prune(const DomIndex& index, const ContentOptions& options, int32_t best_raw, bool lenient,
           ContentSelection& sel) {
  const auto& nodes = index.nodes;
  sel.skip.assign(nodes.size(), 0);
  // The best-scoring container and its ancestors are never pruned: a misleading class name
  // ("ajax-load-more-wrap" around the article) must not throw the article away.
  std::vector<uint8_t> keep(nodes.size(), 0);
  for (int32_t a = best_raw; a >= 0; a = nodes[a].parent) keep[a] = 1;
  for (int32_t root : sel.roots) {
    for (int32_t i = root + 1; i < nodes[root].end; ++i) {
      const DomNode& n = nodes[i];
      if (!is_element(n) || keep[i]) continue;
      bool drop = false;
      if (n.flags & kDomInvisible) {
        drop = true;
      } else if (is_furniture(n)) {
        // Weak evidence (a short class word, a furniture tag) does not outweigh holding most of
        // the text: "elementor-widget-container" often wraps the whole article.
        bool strong = !lenient && (n.hints & kHintNegative) && !(n.hints & kHintArticleBody);
        // A class word alone ("card-header", "meta") does not outweigh prose: a lead or a
        // headline block long enough and without links is kept.
        bool weak_only = !strong && !is_furniture_tag(n.tag) && !(n.flags & kDomFurnitureRole) &&
                         !(n.hints & kHintAuthor);
        bool prose = n.chars >= 150 && link_density(n) < 0.1;
        drop = strong || (n.chars * 2 < nodes[root].chars && !(weak_only && prose));
      } else if (n.tag == HtmlTag::kFigcaption && options.drop_captions) {
        drop = true;
      } else if (n.tag == HtmlTag::kForm) {
        drop = n.chars * 2 < nodes[root].chars;
      } else if (n.tag == HtmlTag::kList || n.tag == HtmlTag::kDiv || n.tag == HtmlTag::kBlock ||
                 n.tag == HtmlTag::kTable || n.tag == HtmlTag::kOther) {
        drop = n.commas < 10 && link_density(n) > options.max_container_link_density;
      } else if (n.tag == HtmlTag::kP || n.tag == HtmlTag::kListItem) {
        drop = link_density(n) > options.max_paragraph_link_density;
      }
      if (drop) {
        for (int32_t k = i; k < n.end; ++k) sel.skip[k] = 1;
        i = n.end - 1;
      }
    }
  }
}

// A heading whose section was pruned is the label of removed furniture ("Read more", "Related
// stories" above a link list): it goes too. A section runs to the next heading among siblings.
void prune_orphan_headings(const DomIndex& index, ContentSelection& sel) {
  const auto& nodes = index.nodes;
  for (int32_t root : sel.roots) {
    for (int32_t i = root + 1; i < nodes[root].end; ++i) {
      const DomNode& h = nodes[i];
      if (sel.skip[i]) {
        i = h.end - 1;
        continue;
      }
      if (h.tag != HtmlTag::kHeading || h.parent < 0) continue;
      bool kept = false, pruned = false;
      for (int32_t c = h.end; c < nodes[h.parent].end && !kept; c = nodes[c].end) {
        if (nodes[c].tag == HtmlTag::kHeading && !(nodes[c].flags & kDomText)) break;
        if (nodes[c].chars == 0) continue;
        if (sel.skip[c])
          pruned = true;
        else
          kept = true;
      }
      if (pruned && !kept)
        for (int32_t k = i; k < h.end; ++k) sel.skip[k] = 1;
      i = h.end - 1;
    }
  }
}

}  // namespace

ContentSelection select_content(const DomIndex& index, const ContentOptions& options) {
  ContentSelection sel;
  if (index.nodes.empty()) return sel;
  Scorer scorer{index, options, {}, {}};
  scorer.run();
  int32_t best_raw = -1;
  sel.top = choose_top(index, scorer, &best_raw);
  sel.roots = choose_roots(index, scorer, sel.top);
  prune(index, options, best_raw, false, sel);
  // Pruning that leaves a quarter of the chosen text threw the article out with a misnamed box
  // ("sect_commentlinks" around a news story): prune again trusting only weak evidence.
  uint64_t total = 0, kept = 0;
  for (int32_t r : sel.roots) total += index.nodes[r].chars;
  for (int32_t r : sel.roots)
    for (int32_t i = r; i < index.nodes[r].end; ++i)
      if ((index.nodes[i].flags & kDomText) && !sel.skip[i]) kept += index.nodes[i].chars;
  if (total > 500 && kept * 4 < total) prune(index, options, best_raw, true, sel);
  prune_orphan_headings(index, sel);
  return sel;
}

}  // namespace precis
