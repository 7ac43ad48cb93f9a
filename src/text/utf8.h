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

}  // namespace precis
