#include "text/text_analyzer.h"

#include "text/language.h"

namespace precis {

TextAnalyzer::TextAnalyzer(std::string_view lang)
    : lang_(lang.empty() ? "en" : normalize_language(lang)), stemmer_(lang_), stops_(stopwords_for(lang_)) {}

std::string_view TextAnalyzer::stem_word(std::string_view word) {
  fold_case(word, &folded_);
  return stemmer_.stem(folded_);
}

TextAnalyzer::CachedWord& TextAnalyzer::add_word(std::string_view word, bool number) {
  if (cache_.size() >= kMaxCachedWords) cache_.clear();
  fold_case(word, &folded_);
  CachedWord w;
  w.stop = number || stops_.contains(folded_);
  // Possessive "'s" is dropped before stemming so "Maduro's" and "Maduro" meet.
  std::string_view base = folded_;
  if (base.size() > 2 && base.substr(base.size() - 2) == "'s") base.remove_suffix(2);
  w.stem = std::string(stemmer_.stem(base));
  w.stem_hash = Vocabulary::key_hash(w.stem);
  w.vocab_generation = 0;
  w.id = 0;
  return *cache_.insert(word, std::move(w)).first;
}

void TextAnalyzer::analyze(std::string_view text, size_t begin, size_t end, Vocabulary& vocab,
                           std::vector<Term>* out) {
  tokens_.clear();
  tokenize_words(text, begin, end, &tokens_);
  uint64_t generation = vocab.generation();
  for (const Token& t : tokens_) {
    if (t.kind == TokenKind::kPunct) continue;
    CachedWord& w = lookup(std::string_view(text.data() + t.begin, t.end - t.begin),
                           t.kind == TokenKind::kNumber);
    if (w.vocab_generation != generation) {
      w.id = vocab.intern(w.stem, w.stem_hash);
      w.vocab_generation = generation;
    }
    out->push_back({w.id, t.begin, t.end, w.stop, t.capitalized});
  }
}

}  // namespace precis
