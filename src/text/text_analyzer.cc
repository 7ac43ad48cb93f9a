#include "text/text_analyzer.h"

#include "text/language.h"

namespace precis {

TextAnalyzer::TextAnalyzer(std::string_view lang)
    : lang_(lang.empty() ? "en" : normalize_language(lang)), stemmer_(lang_), stops_(stopwords_for(lang_)) {}

std::string_view TextAnalyzer::stem_word(std::string_view word) {
  fold_case(word, &folded_);
  return stemmer_.stem(folded_);
}

void TextAnalyzer::analyze(std::string_view text, size_t begin, size_t end, Vocabulary& vocab,
                           std::vector<Term>* out) {
  tokens_.clear();
  tokenize(text, begin, end, &tokens_);
  for (const Token& t : tokens_) {
    if (t.kind == TokenKind::kPunct) continue;
    fold_case(text.substr(t.begin, t.end - t.begin), &folded_);
    bool stop = t.kind == TokenKind::kNumber || stops_.contains(folded_);
    // Possessive "'s" is dropped before stemming so "Maduro's" and "Maduro" meet.
    std::string_view w = folded_;
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    uint32_t id = vocab.intern(stemmer_.stem(w));
    out->push_back({id, t.begin, t.end, stop, t.capitalized});
  }
}

}  // namespace precis
