#include "read/html/main_text.h"

#include <libxml/tree.h>

#include "read/html/dom_index.h"

namespace precis {
namespace {

size_t count_words(std::string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// True when a line ends like a sentence (., !, ?, closing quotes, CJK full stop, ...).
bool ends_sentence(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty()) return false;
  for (std::string_view end : {".", "!", "?", "\"", "'", ")", ";", "\u201d", "\u00bb", "\u3002",
                               "\uff01", "\uff1f", "\u2019", "\u2026"})
    if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
  return false;
}

}  // namespace

void trim_trailing_furniture(std::string& text, size_t max_words, size_t max_lines) {
  for (size_t n = 0; n < max_lines; ++n) {
    size_t start = text.rfind('\n');
    if (start == std::string::npos) return;  // never remove the only line
    std::string_view last(text.data() + start + 1, text.size() - start - 1);
    if (count_words(last) >= max_words || ends_sentence(last)) return;
    text.resize(start);
  }
}

std::string extract_main_text(xmlDoc* doc, const ContentOptions& content,
                              const TextRenderOptions& render) {
  if (!doc) return "";
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc));
  if (index.nodes.empty()) return "";
  ContentSelection sel = select_content(index, content);
  std::string text = render_text(index, sel.roots, sel.skip, render);
  trim_trailing_furniture(text);
  if (content.include_heading && sel.top >= 0) {
    // The page's <h1> closest before the article, when the article does not contain it.
    int32_t h1 = -1;
    for (int32_t i = 0; i < sel.roots.front() && i < static_cast<int32_t>(index.nodes.size());
         ++i) {
      const DomNode& n = index.nodes[i];
      if (!(n.flags & kDomText) && n.node->name && n.node->name[0] == 'h' &&
          n.node->name[1] == '1' && n.node->name[2] == 0 && n.chars > 0)
        h1 = i;
    }
    if (h1 >= 0) {
      std::string heading = render_text(index, {h1}, {}, render);
      if (!heading.empty() && text.find(heading) == std::string::npos)
        text = heading + (text.empty() ? "" : "\n") + text;
    }
  }
  return text;
}

}  // namespace precis
