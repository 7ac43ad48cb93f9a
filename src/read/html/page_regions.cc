#include "read/html/page_regions.h"

#include <cstring>

namespace precis {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// True when `word` occurs in token [b, e) as a word part: at the start or after '-' or '_',
// and followed by the end, a separator, a capital or a plural 's' ("comments-area",
// "site-footer", "relatedPosts" match; "wsidebar", "layoutTwoColumnsRightSidebar" do not: a
// camelCase tail usually describes a page layout, not a box).
bool has_word_part(const char* b, const char* e, std::string_view word) {
  size_t len = static_cast<size_t>(e - b);
  for (size_t i = 0; i + word.size() <= len; ++i) {
    size_t k = 0;
    while (k < word.size() && (b[i + k] | 0x20) == word[k]) ++k;
    if (k != word.size()) continue;
    bool start = i == 0 || b[i - 1] == '-' || b[i - 1] == '_';
    size_t after = i + word.size();
    bool end = after == len || !is_lower(b[after]) ||
               (b[after] == 's' && (after + 1 == len || !is_lower(b[after + 1])));
    if (start && end) return true;
  }
  return false;
}

// True when one class token (or the id) names one of the words. Tokens that describe the page
// or post rather than the element ("has-sidebar", "category-popular", "tag-comments") do not.
bool token_has(std::string_view names, std::initializer_list<std::string_view> words) {
  size_t p = 0;
  while (p < names.size()) {
    while (p < names.size() && names[p] == ' ') ++p;
    size_t e = names.find(' ', p);
    if (e == std::string_view::npos) e = names.size();
    std::string_view token = names.substr(p, e - p);
    bool layout = false;
    for (std::string_view pre :
         {"has-", "no-", "with-", "without-", "page-", "single", "is-", "one-", "two-", "category-",
          "tag-", "postid-", "format-", "node-type-", "layout"}) {
      layout = layout || (token.size() > pre.size() && token.substr(0, pre.size()) == pre);
    }
    if (!layout) {
      for (std::string_view w : words) {
        if (has_word_part(token.data(), token.data() + token.size(), w)) return true;
      }
    }
    p = e;
  }
  return false;
}

}  // namespace

bool icontains(const char* hay, std::string_view needle) {
  if (hay == nullptr) return false;
  size_t n = std::strlen(hay);
  if (n < needle.size()) return false;
  for (size_t i = 0; i + needle.size() <= n; ++i) {
    size_t k = 0;
    while (k < needle.size() && (hay[i + k] | 0x20) == needle[k]) ++k;
    if (k == needle.size()) return true;
  }
  return false;
}

bool node_has_tag(const xmlNode* n, const char* tag) {
  return std::strcmp(reinterpret_cast<const char*>(n->name), tag) == 0;
}

const char* node_attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      if (a->children != nullptr && a->children->content != nullptr) {
        return reinterpret_cast<const char*>(a->children->content);
      }
      return "";
    }
  }
  return nullptr;
}

// Regions whose dates and names belong to other content: comments, related/recommended
// articles, sidebars, footers, navigation. `protect` holds the ancestors of the title and the
// article body, which are never boilerplate whatever their class says.
bool is_boilerplate_region(const xmlNode* n, const ClassNames& names,
                           const std::vector<const xmlNode*>& protect, bool in_article) {
  // Inside an article, a footer, aside or sidebar holds the article's own date and author
  // ("Posted on ... by"); related boxes there are still caught by their class.
  if (in_article && (node_has_tag(n, "footer") || node_has_tag(n, "aside") ||
                     names.has_any({"footer", "sidebar"}))) {
    return false;
  }
  bool flagged = node_has_tag(n, "nav") || node_has_tag(n, "aside") || node_has_tag(n, "footer");
  if (!flagged && !names.empty() && !node_has_tag(n, "body") && !node_has_tag(n, "html")) {
    flagged = token_has(names.raw(), {"comment", "related", "sidebar", "footer", "recommend",
                                      "popular", "most-read", "mostread", "navigation", "navbar",
                                      "breadcrumb", "respond", "disqus", "newsletter", "sharing"});
  }
  if (!flagged) return false;
  for (const xmlNode* p : protect) {
    if (p == n) return false;
  }
  return true;
}

// Ancestors of the first non-empty <h1> and of the itemprop=articleBody element.
std::vector<const xmlNode*> protected_ancestors(xmlNode* root, int max_elements) {
  std::vector<const xmlNode*> out;
  const xmlNode* h1 = nullptr;
  const xmlNode* body = nullptr;
  std::vector<xmlNode*> stack = {root};
  for (int seen = 0; !stack.empty() && seen < max_elements && (!h1 || !body); ++seen) {
    xmlNode* n = stack.back();
    stack.pop_back();
    if (!h1 && node_has_tag(n, "h1") && n->children != nullptr) h1 = n;
    const char* ip = node_attr(n, "itemprop");
    if (!body && ip != nullptr && std::strcmp(ip, "articleBody") == 0) body = n;
    // Push children in reverse so they are visited in document order.
    xmlNode* last = n->last;
    for (xmlNode* c = last; c != nullptr; c = c->prev) {
      if (c->type == XML_ELEMENT_NODE) stack.push_back(c);
    }
  }
  for (const xmlNode* n : {h1, body}) {
    for (const xmlNode* a = n; a != nullptr && a->type == XML_ELEMENT_NODE; a = a->parent) {
      out.push_back(a);
    }
  }
  return out;
}

bool is_article_container(const xmlNode* n) {
  if (node_has_tag(n, "article") || node_has_tag(n, "main")) return true;
  const char* itemtype = node_attr(n, "itemtype");
  return icontains(itemtype, "article") || icontains(itemtype, "posting");
}

}  // namespace precis
