// UTF-8 helpers: validation, repair, and decoding one code point at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace precis {

// True when `s` is valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view s);

// Returns `s` with every invalid byte sequence replaced by U+FFFD (one replacement per maximal
// invalid subpart, as the Unicode standard recommends) and NUL bytes dropped. Valid input comes
// back unchanged, so byte offsets into valid text stay valid. Sets *repaired when it changed.
std::string repair_utf8(std::string_view s, bool* repaired = nullptr);

// Decodes the code point at s[i], advancing i. Invalid bytes decode as U+FFFD, one byte each.
// ASCII, the common case, is decoded inline.
char32_t decode_utf8_multibyte(std::string_view s, size_t& i);
inline char32_t decode_utf8(std::string_view s, size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  return decode_utf8_multibyte(s, i);
}

// Appends the UTF-8 encoding of c to out.
void append_utf8(char32_t c, std::string& out);

// Length of the longest prefix of `text` of at most `limit` bytes that does not split a UTF-8
// sequence.
size_t utf8_prefix_end(std::string_view text, size_t limit);

// Length of a prefix of at most `limit` bytes that splits no word: it ends before the last space
// or line break of the second half of the limit; when there is none there (one giant token), at
// a character boundary (utf8_prefix_end). The whole text when it fits.
size_t word_prefix_end(std::string_view text, size_t limit);

}  // namespace precis
