// Parsing HTML with libxml2's error-tolerant HTML parser, into a tree every later step can walk
// without recursion limits.
//
// The parser runs with RECOVER|NOERROR|NOWARNING|NONET|COMPACT and HUGE: without HUGE libxml2
// stops building the tree at depth 256 and silently drops everything below (a page wrapped in
// 300 unclosed <div>s would lose its text). With HUGE the tree may be as deep as the input, so
// after parsing, elements nested deeper than `max_depth` are unwrapped (their children take their
// place), which keeps all text and bounds the depth seen by every later step.
#pragma once

#include <memory>
#include <string>
#include <string_view>

typedef struct _xmlDoc xmlDoc;
typedef struct _xmlNode xmlNode;

namespace precis {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const;
};
using HtmlDocument = std::unique_ptr<xmlDoc, XmlDocDeleter>;

struct HtmlParseOptions {
  // Elements deeper than this are unwrapped after parsing (their text is kept).
  int max_depth = 200;
};

// Parses UTF-8 HTML. Returns null only when libxml2 cannot build any document (empty input).
HtmlDocument parse_html(std::string_view utf8, const std::string& url,
                        const HtmlParseOptions& options = {});

// Unwraps elements below `max_depth` in place; returns how many were unwrapped.
size_t flatten_deep_elements(xmlDoc* doc, int max_depth);

// The <body> element, or the root element when there is no body; null for an empty document.
xmlNode* html_body(xmlDoc* doc);

}  // namespace precis
