#include "read/html/dom_index.h"

#include <libxml/tree.h>

#include <string_view>
#include <utility>

#include "read/html/class_hints.h"

namespace precis {
namespace {

std::string_view attr_value(const xmlAttr* a) {
  if (!a->children || !a->children->content) return {};
  return reinterpret_cast<const char*>(a->children->content);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
    if (c != b[i]) return false;
  }
  return true;
}

// True when an inline style hides the element (display:none, visibility:hidden).
bool style_hides(std::string_view style) {
  char buf[256];
  size_t n = 0;
  for (char c : style.substr(0, 1024)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (n == sizeof(buf)) break;
    buf[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  std::string_view s(buf, n);
  return s.find("display:none") != std::string_view::npos ||
         s.find("visibility:hidden") != std::string_view::npos;
}

// Reads the attributes that matter for extraction into `n`.
void read_attributes(const xmlNode* e, DomNode& n) {
  for (const xmlAttr* a = e->properties; a; a = a->next) {
    std::string_view name = reinterpret_cast<const char*>(a->name);
    if (name == "class" || name == "id") {
      n.hints |= class_hints(attr_value(a));
    } else if (name == "hidden") {
      n.flags |= kDomInvisible;
    } else if (name == "aria-hidden") {
      if (iequals(attr_value(a), "true")) n.flags |= kDomInvisible;
    } else if (name == "style") {
      if (style_hides(attr_value(a))) n.flags |= kDomInvisible;
    } else if (name == "itemprop") {
      std::string_view v = attr_value(a);
      if (iequals(v, "articlebody") || iequals(v, "text") || iequals(v, "reviewbody"))
        n.flags |= kDomItemArticleBody;
    } else if (name == "role") {
      std::string_view v = attr_value(a);
      if (iequals(v, "navigation") || iequals(v, "complementary") || iequals(v, "contentinfo") ||
          iequals(v, "banner") || iequals(v, "menu") || iequals(v, "menubar") ||
          iequals(v, "search") || iequals(v, "dialog") || iequals(v, "alert"))
        n.flags |= kDomFurnitureRole;
      else if (iequals(v, "article") || iequals(v, "main"))
        n.flags |= kDomItemArticleBody;
    }
  }
}

// Counts visible characters (code points that are not whitespace) and commas of a text.
void count_text(const unsigned char* p, uint32_t* chars, uint32_t* commas) {
  uint32_t c = 0, k = 0;
  for (; *p; ++p) {
    unsigned char b = *p;
    if (b <= ' ') continue;
    if (b < 0x80) {
      ++c;
      if (b == ',') ++k;
      continue;
    }
    if ((b & 0xC0) == 0x80) continue;  // continuation byte
    // NBSP (C2 A0) is whitespace too.
    if (b == 0xC2 && p[1] == 0xA0) continue;
    ++c;
    if ((b == 0xEF && p[1] == 0xBC && p[2] == 0x8C) ||
        (b == 0xE3 && p[1] == 0x80 && p[2] == 0x81) || (b == 0xD8 && p[1] == 0x8C))
      ++k;
  }
  *chars = c;
  *commas = k;
}

// libxml2 keeps the content of some <noscript> elements as raw text: markup, not prose.
bool markup_as_text(const xmlNode* text, const DomNode& parent) {
  if (parent.tag != HtmlTag::kNoscript) return false;
  const unsigned char* p = text->content;
  while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') ++p;
  return *p == '<';
}

}  // namespace

DomIndex build_dom_index(xmlNode* root) {
  DomIndex index;
  if (!root) return index;
  auto& nodes = index.nodes;
  nodes.reserve(1024);
  // Open elements: (xml node, table index). Iterative walk over the tree's own links.
  std::vector<std::pair<xmlNode*, int32_t>> open;
  int32_t link_depth = 0;
  xmlNode* cur = root;
  while (cur) {
    bool descend = false;
    int32_t parent = open.empty() ? -1 : open.back().second;
    int32_t idx = static_cast<int32_t>(nodes.size());
    if (cur->type == XML_ELEMENT_NODE) {
      DomNode n;
      n.node = cur;
      n.parent = parent;
      n.end = idx + 1;
      n.depth = static_cast<uint8_t>(std::min<size_t>(open.size(), 255));
      n.tag = html_tag(reinterpret_cast<const char*>(cur->name));
      if (n.tag == HtmlTag::kInvisible) n.flags |= kDomInvisible;
      if (n.tag == HtmlTag::kBody && index.body == 0) index.body = idx;
      read_attributes(cur, n);
      n.block = is_block_tag(n.tag) || parent < 0 ? idx : nodes[parent].block;
      if (link_depth > 0) n.flags |= kDomInLink;
      descend = !(n.flags & kDomInvisible) && cur->children;
      nodes.push_back(n);
    } else if ((cur->type == XML_TEXT_NODE || cur->type == XML_CDATA_SECTION_NODE) &&
               cur->content && parent >= 0 && !markup_as_text(cur, nodes[parent])) {
      DomNode n;
      n.node = cur;
      n.parent = parent;
      n.end = idx + 1;
      n.flags = kDomText;
      n.block = nodes[parent].block;
      count_text(cur->content, &n.chars, &n.commas);
      if (n.chars > 0) {
        if (link_depth > 0) {
          n.flags |= kDomInLink;
          n.link_chars = n.chars;
        }
        nodes[n.block].own_chars += n.chars;
        nodes[n.block].own_link_chars += n.link_chars;
        nodes[n.block].own_commas += n.commas;
        nodes.push_back(n);
      }
    }
    if (descend) {
      if (nodes[idx].tag == HtmlTag::kA) ++link_depth;
      open.emplace_back(cur, idx);
      cur = cur->children;
      continue;
    }
    while (!cur->next || cur == root) {
      if (open.empty()) {
        cur = nullptr;
        break;
      }
      auto [node, i] = open.back();
      open.pop_back();
      nodes[i].end = static_cast<int32_t>(nodes.size());
      if (nodes[i].tag == HtmlTag::kA) --link_depth;
      cur = node;
      if (cur == root) {
        cur = nullptr;
        break;
      }
    }
    if (cur) cur = cur->next;
  }
  // Subtree sums, children before parents (reverse pre-order).
  for (size_t i = nodes.size(); i-- > 1;) {
    DomNode& n = nodes[i];
    if (!(n.flags & kDomText) && n.tag == HtmlTag::kP && n.chars > 0) ++n.paragraphs;
    if (n.parent < 0 || (n.flags & kDomInvisible)) continue;
    DomNode& p = nodes[n.parent];
    p.chars += n.chars;
    p.link_chars += n.link_chars;
    p.commas += n.commas;
    p.paragraphs += n.paragraphs;
  }
  return index;
}

}  // namespace precis
