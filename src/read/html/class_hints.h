// Hints from class and id attributes: words that mark page furniture (nav, footer, sidebar,
// comment, related, share, social, ad, promo, cookie, subscribe, newsletter, ...) or content
// (article, content, post, entry, story, body, text). General web conventions only, no
// site-specific names.
//
// Matching is on the lower-cased value. Long words match anywhere ("relatedArticles",
// "post-comments"); short ambiguous words ("ad", "nav", "tags", "meta") match only as whole
// tokens between separators, so "header", "download" or "metadata" do not count as ads or meta.
#pragma once

#include <cstdint>
#include <string_view>

namespace precis {

enum ClassHint : uint8_t {
  kHintNone = 0,
  kHintNegative = 1,      // furniture that never holds the article: comments, share, ads, ...
  kHintWeakNegative = 2,  // often furniture (sidebar, widget, meta, hidden) unless also positive
  kHintPositive = 4,      // article, content, post, entry, story, body, text
  kHintArticleBody = 8,   // "articlebody", "article-body", "entry-content", "post-content", ...
  kHintAuthor = 16,       // "author", "byline": about the writer, not the article
};

// Hint flags for one class or id value (any case).
uint8_t class_hints(std::string_view value);

}  // namespace precis
