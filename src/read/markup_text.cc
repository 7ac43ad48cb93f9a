#include "read/markup_text.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <climits>

#include "read/html/html_tags.h"

namespace precis {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Appends text runs, collapsing whitespace (including U+00A0 from &nbsp;) to single spaces and
// turning requested breaks into one '\n' between non-empty paragraphs.
class ParagraphBuilder {
 public:
  void text(std::string_view t) {
    for (size_t i = 0; i < t.size(); ++i) {
      char c = t[i];
      if (is_space(c)) {
        pending_space_ = true;
        continue;
      }
      if (c == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0') {
        pending_space_ = true;
        ++i;
        continue;
      }
      if (pending_break_) {
        out_ += '\n';
      } else if (pending_space_ && !out_.empty()) {
        out_ += ' ';
      }
      pending_break_ = pending_space_ = false;
      out_ += c;
    }
  }
  void paragraph_break() {
    if (!out_.empty()) pending_break_ = true;
    pending_space_ = false;
  }
  std::string finish() { return std::move(out_); }

 private:
  std::string out_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

HtmlTag tag_of(const xmlNode* node) {
  char name[32];
  size_t n = 0;
  for (const xmlChar* p = node->name; p && *p; ++p) {
    if (n + 1 == sizeof(name)) return HtmlTag::kOther;
    char c = static_cast<char>(*p);
    name[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return html_tag(std::string_view(name, n));
}

bool breaks_paragraph(HtmlTag tag) { return is_block_tag(tag) || tag == HtmlTag::kBr; }

// Starts visiting `node`; true when its children should be visited next.
bool enter(const xmlNode* node, ParagraphBuilder* b) {
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
    if (node->content) b->text(reinterpret_cast<const char*>(node->content));
    return false;
  }
  if (node->type != XML_ELEMENT_NODE) return false;  // comments, PIs, entity references
  HtmlTag tag = tag_of(node);
  if (tag == HtmlTag::kInvisible) return false;
  if (breaks_paragraph(tag)) b->paragraph_break();
  return node->children != nullptr;
}

void leave(const xmlNode* node, ParagraphBuilder* b) {
  if (node->type == XML_ELEMENT_NODE && breaks_paragraph(tag_of(node))) b->paragraph_break();
}

// Iterative pre-order walk (no recursion: nesting depth is the input's choice).
void walk(const xmlNode* root, ParagraphBuilder* b) {
  const xmlNode* node = root->children;
  while (node) {
    if (enter(node, b)) {
      node = node->children;
      continue;
    }
    while (true) {
      leave(node, b);
      if (node->next) {
        node = node->next;
        break;
      }
      node = node->parent;
      if (node == root || node == nullptr) {
        node = nullptr;
        break;
      }
    }
  }
}

}  // namespace

std::string markup_subtree_text(const xmlNode* node) {
  ParagraphBuilder b;
  if (node) walk(node, &b);
  return b.finish();
}

std::string html_fragment_text(std::string_view html) {
  if (html.empty()) return {};
  int size = static_cast<int>(std::min<size_t>(html.size(), INT_MAX));
  // HUGE: without it libxml2 stops building the tree at depth 256 and silently drops the text
  // below. The HTML parser expands no DTD entities, so HUGE opens no entity-expansion attack,
  // and the walk above is iterative, so any depth is safe.
  htmlDocPtr doc = htmlReadMemory(html.data(), size, nullptr, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
  if (!doc) return plain_text_paragraphs(html);
  std::string text = markup_subtree_text(reinterpret_cast<xmlNode*>(doc));
  xmlFreeDoc(doc);
  return text;
}

std::string plain_text_paragraphs(std::string_view text) {
  ParagraphBuilder b;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    bool blank = true;
    for (char c : line) blank = blank && is_space(c);
    if (blank) {
      b.paragraph_break();
    } else {
      b.text(line);
      b.text(" ");
    }
    pos = nl + 1;
  }
  return b.finish();
}

bool looks_like_markup(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    char next = text[i + 1];
    if (text[i] == '<' && (next == '/' || next == '!' || (next >= 'a' && next <= 'z') ||
                           (next >= 'A' && next <= 'Z'))) {
      return true;
    }
    if (text[i] == '&' && (is_alnum(next) || next == '#')) {
      size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) return true;
    }
  }
  return false;
}

}  // namespace precis
