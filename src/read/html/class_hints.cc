#include "read/html/class_hints.h"

#include <array>
#include <string>

namespace precis {
namespace {

// Furniture that never holds the article text (matched anywhere in the squashed value).
constexpr std::array<std::string_view, 34> kNegativeAnywhere = {
    "comment",     "related",    "share",      "sharing",  "social",   "advert",     "sponsor",
    "promo",       "cookie",     "consent",    "gdpr",     "subscri",  "newsletter", "breadcrumb",
    "footer",      "navbar",     "navigation", "popup",    "modal",    "outbrain",   "taboola",
    "recommend",   "disqus",     "signup",     "login",    "masthead", "trending",   "mostread",
    "mostpopular", "pagination", "toolbar",    "skiplink", "readmore", "copyright",
};
// Boxes about the writer (squashed value): "author-box", "about-the-author", "author_bio".
constexpr std::array<std::string_view, 4> kAuthorBoxAnywhere = {
    "authorbox",
    "authorbio",
    "aboutauthor",
    "abouttheauthor",
};
// Short words that are furniture only as a whole token ("ad" but not "header"); weak evidence.
constexpr std::array<std::string_view, 14> kNegativeTokens = {
    "ad",    "ads", "adv",  "nav", "menu",  "rss",     "print",
    "pager", "sns", "tags", "tag", "reply", "replies", "related",
};
// Often furniture, unless the same value also says content.
constexpr std::array<std::string_view, 10> kWeakAnywhere = {
    "sidebar", "widget",  "hidden", "sronly", "visuallyhidden",
    "banner",  "caption", "byline", "author", "credit",
};
constexpr std::array<std::string_view, 8> kWeakTokens = {
    "meta", "aside", "side", "extra", "hide", "header", "info", "date",
};
constexpr std::array<std::string_view, 11> kPositiveAnywhere = {
    "article", "content", "entry", "post",   "story", "body",
    "text",    "main",    "blog",  "hentry", "prose",
};
// The article body itself (squashed: separators removed).
constexpr std::array<std::string_view, 17> kArticleBodyAnywhere = {
    "articlebody", "articletext",  "articlecontent", "entrycontent", "postcontent",  "postbody",
    "storybody",   "storycontent", "storytext",      "bodytext",     "contentbody",  "newsbody",
    "newstext",    "textbody",     "postentry",      "entrybody",    "articleinner",
};

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

template <size_t N>
bool contains_any(std::string_view s, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words)
    if (s.find(w) != std::string_view::npos) return true;
  return false;
}

// A word at the start of a token, or anywhere in it for words of 6+ letters ("relatedposts",
// "postcomments") — shorter words inside tokens give false hits ("kataloginhalt" is not "login").
template <size_t N>
bool word_in_token(std::string_view token, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    size_t pos = token.find(w);
    if (pos == 0 || (pos != std::string_view::npos && w.size() >= 6)) return true;
  }
  return false;
}

template <size_t N>
bool token_in(std::string_view token, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words)
    if (token == w) return true;
  return false;
}

}  // namespace

namespace {

// Hints of one class name (or id).
uint8_t name_hints(std::string_view name) {
  char lowered[128];
  char squashed[128];
  size_t nl = 0, ns = 0;
  for (char c : name.substr(0, sizeof(lowered))) {
    char l = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    lowered[nl++] = l;
    if (is_alnum(l)) squashed[ns++] = l;
  }
  std::string_view low(lowered, nl), sq(squashed, ns);
  // State modifiers describe the page, not the box: "has-recommendations", "no-sidebar".
  for (std::string_view prefix : {"has-", "has_", "with-", "no-", "without-", "show-", "hide-"})
    if (low.substr(0, prefix.size()) == prefix) return kHintNone;
  // Ids made from heading text ("sharing-with-a-single-developer") say nothing about the box.
  size_t separators = 0;
  for (char c : low) separators += c == '-' || c == '_';
  if (separators >= 4) return kHintNone;
  bool negative = false;
  bool weak = false;
  // Whole tokens, split on anything that is not a letter or digit. Short words are weaker
  // evidence: WordPress marks every post "tag-<name>".
  size_t i = 0;
  while (i < low.size()) {
    while (i < low.size() && !is_alnum(low[i])) ++i;
    size_t start = i;
    while (i < low.size() && is_alnum(low[i])) ++i;
    std::string_view token = low.substr(start, i - start);
    if (token.empty()) continue;
    if (token_in(token, kNegativeTokens) || token_in(token, kWeakTokens)) weak = true;
    if (word_in_token(token, kNegativeAnywhere)) negative = true;
    // Page builders prefix every block "<builder>-widget" ("elementor-widget-container" wraps
    // the article text); a sidebar widget's class starts with the word ("widget_text").
    if (word_in_token(token, kWeakAnywhere) && !(token == "widget" && start > 0)) weak = true;
  }
  uint8_t hints = kHintNone;
  if (contains_any(sq, kAuthorBoxAnywhere)) negative = true;
  if (negative) hints |= kHintNegative;
  if (weak) hints |= kHintWeakNegative;
  if (sq.find("author") != std::string_view::npos || sq.find("byline") != std::string_view::npos)
    hints |= kHintAuthor;
  if (contains_any(sq, kPositiveAnywhere)) hints |= kHintPositive;
  if (contains_any(sq, kArticleBodyAnywhere)) hints |= kHintArticleBody;
  return hints;
}

}  // namespace

uint8_t class_hints(std::string_view value) {
  // Long values are utility-class soups; their start says enough.
  value = value.substr(0, 300);
  uint8_t hints = kHintNone;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t' || value[i] == '\n')) ++i;
    size_t start = i;
    while (i < value.size() && value[i] != ' ' && value[i] != '\t' && value[i] != '\n') ++i;
    if (i > start) hints |= name_hints(value.substr(start, i - start));
  }
  return hints;
}

}  // namespace precis
