#include "text/utf8.h"

namespace precis {
namespace {

// Length of the valid sequence starting at s[i], or 0 when it is invalid (RFC 3629 table).
size_t valid_sequence_length(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t left = s.size() - i;
  unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  auto cont = [&](size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (left < 2) return 0;
    unsigned char b1 = p[1];
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return 0;  // surrogates
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (left < 2) return 0;
    unsigned char b1 = p[1];
    if (b0 == 0xF0 && b1 < 0x90) return 0;
    if (b0 == 0xF4 && b1 > 0x8F) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

// Length of the maximal invalid subpart at s[i] (at least 1).
size_t invalid_subpart_length(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t left = s.size() - i;
  unsigned char b0 = p[0];
  size_t need = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : 1;
  size_t k = 1;
  while (k < need && k < left && (p[k] & 0xC0) == 0x80) {
    if (k == 1) {
      if (b0 == 0xE0 && p[1] < 0xA0) break;
      if (b0 == 0xED && p[1] > 0x9F) break;
      if (b0 == 0xF0 && p[1] < 0x90) break;
      if (b0 == 0xF4 && p[1] > 0x8F) break;
    }
    ++k;
  }
  return k;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path: 8 ASCII bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    size_t n = valid_sequence_length(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string repair_utf8(std::string_view s, bool* repaired) {
  bool has_nul = s.find('\0') != std::string_view::npos;
  if (!has_nul && is_valid_utf8(s)) {
    if (repaired) *repaired = false;
    return std::string(s);
  }
  if (repaired) *repaired = true;
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '\0') {
      ++i;
      continue;
    }
    size_t n = valid_sequence_length(s, i);
    if (n > 0) {
      out.append(s.data() + i, n);
      i += n;
    } else {
      out.append("\xEF\xBF\xBD");
      i += invalid_subpart_length(s, i);
    }
  }
  return out;
}

char32_t decode_utf8_multibyte(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  unsigned char b0 = p[0];
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  size_t n = valid_sequence_length(s, i);
  if (n == 0) {
    ++i;
    return 0xFFFD;
  }
  char32_t c;
  if (n == 2) {
    c = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
  } else if (n == 3) {
    c = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  } else {
    c = ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
  i += n;
  return c;
}

void append_utf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t utf8_prefix_end(std::string_view text, size_t limit) {
  if (text.size() <= limit) return text.size();
  size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

size_t word_prefix_end(std::string_view text, size_t limit) {
  if (text.size() <= limit) return text.size();
  for (size_t end = limit; end > limit / 2; --end) {
    if (text[end] == ' ' || text[end] == '\n') return end;
  }
  return utf8_prefix_end(text, limit);
}

}  // namespace precis
