// Where an element sits on the page, judged from its tag, class and id: inside the article,
// or inside a region whose dates and names belong to other content (comments, related
// articles, sidebars, footers, navigation). Used by the metadata walk (meta_signals.h).
#pragma once

#include <libxml/tree.h>

#include <initializer_list>
#include <string_view>
#include <vector>

namespace precis {

// True when the element's (lower-case, as libxml2's HTML parser stores it) name is `tag`.
bool node_has_tag(const xmlNode* n, const char* tag);

// Attribute value without copying (libxml2 keeps it as the attribute's text child); nullptr if
// absent. The HTML parser lower-cases attribute names.
const char* node_attr(const xmlNode* n, const char* name);

// Whether `hay` (an attribute value; nullptr is no match) contains the lower-case ASCII
// `needle`, ignoring ASCII case, without allocating.
bool icontains(const char* hay, std::string_view needle);

// The class and id of one element, lower-cased once into a stack buffer ("class tokens id"), so
// the many word tests per element neither allocate nor re-scan attribute lists.
class ClassNames {
 public:
  explicit ClassNames(const xmlNode* n) {
    for (const char* a : {"class", "id"}) {
      const char* v = node_attr(n, a);
      if (v == nullptr) continue;
      if (len_ > 0 && len_ < sizeof buf_) raw_[len_] = buf_[len_] = ' ', ++len_;
      for (; *v != '\0' && len_ < sizeof buf_; ++v) {
        char c = (*v == '\t' || *v == '\n' || *v == '\r') ? ' ' : *v;
        raw_[len_] = c;
        buf_[len_++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
    }
  }
  // Lower-cased, for substring tests.
  std::string_view view() const { return {buf_, len_}; }
  // As written (camelCase humps kept), for word-part tests.
  std::string_view raw() const { return {raw_, len_}; }
  bool empty() const { return len_ == 0; }
  bool has_any(std::initializer_list<std::string_view> words) const {
    for (std::string_view w : words) {
      if (view().find(w) != std::string_view::npos) return true;
    }
    return false;
  }

 private:
  char buf_[256];
  char raw_[256];
  size_t len_ = 0;
};

// Regions whose dates and names belong to other content: comments, related/recommended
// articles, sidebars, footers, navigation. `protect` holds nodes that are never boilerplate
// (see protected_ancestors); `in_article` relaxes the rules for footers, asides and sidebars.
bool is_boilerplate_region(const xmlNode* n, const ClassNames& names,
                           const std::vector<const xmlNode*>& protect, bool in_article);

// Ancestors of the first non-empty <h1> and of the itemprop=articleBody element: the title and
// the body are never inside boilerplate, whatever the classes around them say.
std::vector<const xmlNode*> protected_ancestors(xmlNode* root, int max_elements);

// <article>, <main>, or an element whose itemtype names an article or posting.
bool is_article_container(const xmlNode* n);

}  // namespace precis
