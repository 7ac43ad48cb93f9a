#include "read/html/html_parser.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>
#include <cstring>

namespace precis {

void XmlDocDeleter::operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }

HtmlDocument parse_html(std::string_view utf8, const std::string& url,
                        const HtmlParseOptions& options) {
  if (utf8.size() > static_cast<size_t>(INT_MAX)) utf8 = utf8.substr(0, INT_MAX);
  int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
              HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  // libxml2 needs a non-empty buffer to build a document.
  static const char kEmpty[] = "<html></html>";
  const char* data = utf8.empty() ? kEmpty : utf8.data();
  int size = utf8.empty() ? static_cast<int>(sizeof(kEmpty) - 1) : static_cast<int>(utf8.size());
  xmlDoc* doc = htmlReadMemory(data, size, url.empty() ? nullptr : url.c_str(), "UTF-8", flags);
  if (doc) flatten_deep_elements(doc, options.max_depth);
  return HtmlDocument(doc);
}

// Replaces `child` (an element) by its children, in place, and frees it.
static void unwrap(xmlNode* child) {
  xmlNode* parent = child->parent;
  xmlNode* first = child->children;
  xmlNode* last = child->last;
  for (xmlNode* c = first; c; c = c->next) c->parent = parent;
  if (first) {
    first->prev = child->prev;
    last->next = child->next;
    if (child->prev)
      child->prev->next = first;
    else
      parent->children = first;
    if (child->next)
      child->next->prev = last;
    else
      parent->last = last;
  } else {
    if (child->prev)
      child->prev->next = child->next;
    else
      parent->children = child->next;
    if (child->next)
      child->next->prev = child->prev;
    else
      parent->last = child->prev;
  }
  child->children = child->last = nullptr;
  child->next = child->prev = child->parent = nullptr;
  xmlFreeNode(child);
}

size_t flatten_deep_elements(xmlDoc* doc, int max_depth) {
  size_t unwrapped = 0;
  xmlNode* root = xmlDocGetRootElement(doc);
  xmlNode* node = root;
  int depth = 0;
  // Iterative pre-order walk using the tree's own links (no stack, no recursion).
  while (node) {
    if (node->type == XML_ELEMENT_NODE && depth >= max_depth) {
      // Unwrapped children are spliced in where they stood, so continuing from the first of them
      // flattens the whole subtree in one pass, linear in its size.
      for (xmlNode* c = node->children; c;) {
        if (c->type != XML_ELEMENT_NODE) {
          c = c->next;
          continue;
        }
        xmlNode* resume = c->children ? c->children : c->next;
        unwrap(c);
        ++unwrapped;
        c = resume;
      }
    } else if (node->type == XML_ELEMENT_NODE && node->children) {
      node = node->children;
      ++depth;
      continue;
    }
    while (node != root && !node->next) {
      node = node->parent;
      --depth;
    }
    if (node == root) break;
    node = node->next;
  }
  return unwrapped;
}

xmlNode* html_body(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (!root) return nullptr;
  for (xmlNode* c = root->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE &&
        std::strcmp(reinterpret_cast<const char*>(c->name), "body") == 0)
      return c;
  return root;
}

}  // namespace precis
