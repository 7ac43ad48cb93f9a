#include "eval/rouge/rouge_tokenizer.h"

#include "eval/rouge/porter_stemmer.h"

namespace precis::rouge {

std::string rouge_stem(std::string_view token, const WordNetExceptions& exceptions) {
  if (token.size() <= 3) return std::string(token);
  if (const std::string* base = exceptions.find(token)) return *base;
  return porter_stem(token);
}

uint32_t RougeTokenizer::lookup(std::string_view token) {
  auto it = raw_ids_.find(token);
  if (it != raw_ids_.end()) return it->second;
  uint32_t id = kDropped;
  if (!stop_words_ || !stop_words_->count(std::string(token))) {
    std::string word = exceptions_ ? rouge_stem(token, *exceptions_) : std::string(token);
    auto [w, inserted] = word_ids_.try_emplace(word, static_cast<uint32_t>(words_.size()));
    if (inserted) words_.push_back(word);
    id = w->second;
  }
  raw_ids_.emplace(std::string(token), id);
  return id;
}

void RougeTokenizer::tokenize(std::string_view line, std::vector<uint32_t>* ids) {
  auto is_word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && !is_word_char(line[i])) ++i;
    size_t start = i;
    while (i < line.size() && is_word_char(line[i])) ++i;
    if (i > start) {
      uint32_t id = lookup(line.substr(start, i - start));
      if (id != kDropped) ids->push_back(id);
    }
  }
}

}  // namespace precis::rouge
