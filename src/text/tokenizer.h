// Tokenizer: words, numbers and punctuation of a UTF-8 text, as byte spans, for any language.
//
// A word is a run of letters, marks and digits (Unicode classes L*, M*, N*), with inner
// apostrophes, hyphens and periods kept when letters or digits follow ("don't", "U.S.",
// "3.5", "e-mail"). Everything else that is not white space is one punctuation token per
// code point. Scripts without spaces (Han, Hiragana, Katakana, Thai) yield one token per
// character (a crude but language-neutral fallback). ASCII takes a fast path; nothing allocates
// except the output vector.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin;  // byte offsets into the text given to tokenize()
  uint32_t end;
  TokenKind kind;
  bool capitalized;  // first character is an upper-case letter
};

// Appends the tokens of text[begin, end) to *out. Offsets are relative to `text`.
void tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);
inline void tokenize(std::string_view text, std::vector<Token>* out) {
  tokenize(text, 0, text.size(), out);
}
// The same without the punctuation tokens: the word and number tokens of tokenize(), in order.
void tokenize_words(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// Writes the lower-cased (Unicode simple case folding) form of `word` into *out, with
// apostrophe variants (U+2019) mapped to "'".
void fold_case(std::string_view word, std::string* out);

}  // namespace precis
