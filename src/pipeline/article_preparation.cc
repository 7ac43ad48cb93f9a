#include "pipeline/article_preparation.h"

#include "clean/article_cleaner.h"
#include "pipeline/language_guess.h"
#include "precis/read.h"
#include "text/language.h"

namespace precis {

namespace {

// Fills the empty metadata of `a` from its cleaned text and sets its language.
void apply_cleaning(Article& a, const CleanedText& c) {
  if (a.title.empty()) a.title = c.title;
  if (a.published.empty() && !c.published.empty()) {
    a.published = c.published;
    a.published_source = "text";
    int64_t t;
    if (parse_iso_time(a.published, &t)) a.time = t;
  }
  if (a.byline.empty()) a.byline = c.byline;
  // The language drives stemming, stopwords and sentence rules: the input's, else CLD2's guess
  // on the body, else unknown (later stages then use the cluster's or English).
  if (!a.lang.empty()) {
    a.lang = normalize_language(a.lang);
  } else {
    std::string_view head = c.body.empty() ? std::string_view(a.text)
                                           : std::string_view(a.text).substr(c.body[0].begin);
    a.lang = guess_language(head, a.url);
  }
  if (a.dateline.empty()) a.dateline = c.dateline;
}

}  // namespace

void prepare_article(Article& a, bool rewrite_text) {
  CleanedText c = clean_text(a.text);
  apply_cleaning(a, c);
  if (rewrite_text) {
    for (auto& credit : c.credits) a.credits.push_back(std::move(credit));
    a.text = body_text(a.text, c);
  }
}

bool keeps_input_text(const Article& a) {
  size_t colon = a.origin.rfind(':');
  return colon != std::string::npos && colon + 1 < a.origin.size() &&
         a.origin.find_first_not_of("0123456789", colon + 1) == std::string::npos;
}

void prepare_article(Article& a, CleanedText* cleaned) {
  *cleaned = clean_text(a.text);
  apply_cleaning(a, *cleaned);
}

}  // namespace precis
