// What precis needs to know about each HTML element name: whether it breaks lines (block), is
// never visible text (script, style, form controls...), is a boilerplate container (nav, aside,
// footer), and its role in tables, lists and headings.
#pragma once

#include <cstdint>
#include <string_view>

namespace precis {

enum class HtmlTag : uint8_t {
  kOther,  // unknown or custom element: laid out inline, like browsers do
  kInline,
  kA,
  kBr,
  kImg,
  kDiv,
  kP,
  kHeading,
  kList,      // ul, ol, dl, menu
  kListItem,  // li, dt, dd
  kTable,
  kRow,
  kCell,
  kPre,
  kBlockquote,
  kBlock,  // other block elements (section, figure, address, center, details, ...)
  kArticle,
  kMain,
  kBody,
  kForm,
  kNav,
  kAside,
  kFooter,
  kHeader,
  kHr,
  kFigcaption,  // image captions and credits: pruned from article text
  // Shown without scripts, so it is text like any block: Blogger puts whole posts in it, and
  // libxml2 swallows a whole page into an unclosed one.
  kNoscript,
  kInvisible,  // script, style, noscript, template, svg, head, form controls, media, ...
};

// Tag of a lower-case element name (libxml2's HTML parser lower-cases names).
HtmlTag html_tag(std::string_view name);

// True for tags that end a line of text before and after them.
inline bool is_block_tag(HtmlTag t) {
  return t != HtmlTag::kOther && t != HtmlTag::kInline && t != HtmlTag::kA && t != HtmlTag::kImg &&
         t != HtmlTag::kInvisible && t != HtmlTag::kBr;
}

// nav, aside, footer: page furniture around the content. (<header> is not: inside an article it
// holds the headline and the lead.)
inline bool is_furniture_tag(HtmlTag t) {
  return t == HtmlTag::kNav || t == HtmlTag::kAside || t == HtmlTag::kFooter;
}

}  // namespace precis
