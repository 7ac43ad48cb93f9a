#include "text/sentence_splitter.h"

#include <unicode/uchar.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/language.h"
#include "text/utf8.h"

namespace precis {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\r' || c == 0xA0 || c == 0x3000; }

// End marks that end a sentence with or without a following space (CJK, Devanagari, ...).
bool is_unspaced_terminal(char32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x0964 || c == 0x0965 ||
         c == 0xFF0E;
}
bool is_spaced_terminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x061F || c == 0x06D4 ||
         c == 0x037E || c == 0x0589;
}
bool is_closer(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A || c == 0x300D || c == 0x300F || c == 0xFF09;
}
bool is_opener_punct(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x2039 || c == 0x00BF || c == 0x00A1 || c == 0x300C ||
         c == 0x2014 || c == 0x2013 || c == '-' || c == '*' || c == 0x2022;
}
// Could this character open a new sentence? Anything but a lower-case letter or a
// continuation mark (',', ';', ':').
bool can_open_sentence(char32_t c) {
  if (c < 128) {
    if (c >= 'a' && c <= 'z') return false;
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
    return is_opener_punct(c);
  }
  if (u_islower(c)) return false;
  return u_isalnum(c) || is_opener_punct(c);
}

// ASCII bytes the main loop of split() has nothing to decide on: not white space (is_space),
// not a line break, not an end mark (is_spaced_terminal, is_unspaced_terminal).
// kBlank: ' ', '\t' and '\r', skipped (is_space) without touching last_visible.
enum : uint8_t { kPlain = 1, kBlank = 2 };
struct PlainAsciiTable {
  uint8_t plain[256];
  constexpr PlainAsciiTable() : plain() {
    for (int c = 0; c < 128; ++c) {
      plain[c] =
          c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '.' && c != '!' && c != '?';
    }
    plain[static_cast<unsigned char>(' ')] = plain[static_cast<unsigned char>('\t')] = kBlank;
    plain[static_cast<unsigned char>('\r')] = kBlank;
  }
};
constexpr PlainAsciiTable kPlainAscii;

// The first byte at or after i (below end) that is not plain ASCII (kPlainAscii: a line break,
// an end mark or a non-ASCII byte), else end. Eight bytes at a time: this scan runs over
// every byte of every article, and sentences are long.
size_t skip_plain(std::string_view t, size_t i, size_t end) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  // High bit of each byte of y that is zero (exact: no carries between bytes).
  auto zero_bytes = [](uint64_t y) { return ~(((y & kLow7) + kLow7) | y | kLow7); };
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): four byte compares and the
  // sign bits (non-ASCII bytes) in one mask.
  const __m128i newline = _mm_set1_epi8('\n'), period = _mm_set1_epi8('.');
  const __m128i exclamation = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
  for (; i + 16 <= end; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    __m128i stop =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, newline), _mm_cmpeq_epi8(x, period)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, exclamation), _mm_cmpeq_epi8(x, question)));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop) | _mm_movemask_epi8(x));
    if (mask) return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= end; i += 8) {
      uint64_t x;
      std::memcpy(&x, t.data() + i, 8);
      uint64_t stop = (x & ~kLow7) | zero_bytes(x ^ ('\n' * kOnes)) |
                      zero_bytes(x ^ ('.' * kOnes)) | zero_bytes(x ^ ('!' * kOnes)) |
                      zero_bytes(x ^ ('?' * kOnes));
      if (stop) return i + static_cast<size_t>(std::countr_zero(stop)) / 8;
    }
  }
  while (i < end && kPlainAscii.plain[static_cast<unsigned char>(t[i])]) ++i;
  return i;
}

size_t skip_spaces(std::string_view t, size_t i, size_t end) {
  while (i < end) {
    size_t j = i;
    char32_t c = decode_utf8(t, j);
    if (!is_space(c)) break;
    i = j;
  }
  return i;
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::string_view lang)
    : abbreviations_(abbreviations_for(lang.empty() ? "en" : normalize_language(lang))),
      starters_(stopwords_for(lang.empty() ? "en" : normalize_language(lang))) {}

// Is the word at `pos` a capitalised function word ("The", "He", "But"): a clear sentence start?
bool SentenceSplitter::is_sentence_starter(std::string_view t, size_t pos, size_t end) const {
  size_t j = pos;
  while (j < end && (t[j] == '"' || t[j] == '(' || t[j] == '\'')) ++j;
  if (j >= end || !(t[j] >= 'A' && t[j] <= 'Z')) return false;
  std::string word;
  while (j < end && ((t[j] >= 'a' && t[j] <= 'z') || (t[j] >= 'A' && t[j] <= 'Z') || t[j] == '\'')) {
    word.push_back(static_cast<char>(t[j] >= 'A' && t[j] <= 'Z' ? t[j] + 32 : t[j]));
    ++j;
  }
  // All-capital words ("AP", "US") are names, not function words.
  if (word.size() > 1 && t[pos + 1] >= 'A' && t[pos + 1] <= 'Z') return false;
  return starters_.contains(word);
}

// A '.' at `period` followed by white space and then text at `next`: does the sentence end?
bool SentenceSplitter::ends_sentence_at_period(std::string_view t, size_t period,
                                                size_t next) const {
  // The word before the period: back to the previous white space, stepping over whole code
  // points so that non-ASCII spaces (U+3000) end the word as ASCII ones do. Abbreviations and
  // initials are short, so the walk also stops after kMaxWordBytes: a longer "word" is not one
  // of them. (Before, the walk went byte by byte and did not see U+3000, so text like
  // "Ab.\u3000Ab.\u3000..." sent every period back to the start of the text: quadratic time,
  // found by fuzz/sentence_splitter_fuzz.)
  constexpr size_t kMaxWordBytes = 64;
  size_t ws = period;
  while (ws > 0 && period - ws < kMaxWordBytes) {
    size_t p = ws - 1;
    while (p > 0 && ws - p < 4 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) --p;
    size_t q = p;
    char32_t c = decode_utf8(t, q);
    if (q != ws) p = ws - 1, c = 0xFFFD;  // not a whole code point: step one byte
    if (is_space(c) || c == '\n' || c == '(' || c == '"') break;
    ws = p;
  }
  std::string_view word = t.substr(ws, period - ws);
  size_t next_end = t.size();
  size_t k = next;
  char32_t n = decode_utf8(t, k);
  if (!can_open_sentence(n)) return false;
  if (word.empty() || word.size() >= kMaxWordBytes) return true;
  if (period + 1 < t.size() && t[period + 1] == '.') return true;  // "..." then an opening
  char lower_bytes[kMaxWordBytes];  // word.size() < kMaxWordBytes here
  for (size_t k = 0; k < word.size(); ++k) {
    char ch = word[k];
    lower_bytes[k] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
  }
  std::string_view lower(lower_bytes, word.size());
  AbbreviationKind kind = abbreviations_.kind(lower);
  if (kind == AbbreviationKind::kTitle) return false;
  // A single capital letter is an initial ("J. Smith", "George W. Bush").
  size_t w = 0;
  char32_t first = decode_utf8(word, w);
  if (w == word.size() && u_isupper(first)) return is_sentence_starter(t, next, next_end);
  // Letters joined by periods ("U.S", "a.m") behave like abbreviations.
  bool dotted = lower.find('.') != std::string_view::npos &&
                lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz.") == std::string_view::npos;
  if (kind == AbbreviationKind::kOther || dotted) return is_sentence_starter(t, next, next_end);
  return true;
}

void SentenceSplitter::split(std::string_view text, size_t begin, size_t end,
                             std::vector<Span>* out) const {
  std::string_view t = text.substr(0, end);
  auto emit = [&](size_t s, size_t e) {
    // Trim white space on both ends; drop empty spans.
    s = skip_spaces(t, s, e);
    while (s < e && (t[s] == '\n')) s = skip_spaces(t, s + 1, e);
    while (true) {
      char last = e > s ? t[e - 1] : 'x';
      if (last == ' ' || last == '\t' || last == '\r' || last == '\n') {
        --e;
      } else if (e >= s + 2 && t.substr(e - 2, 2) == "\xC2\xA0") {  // U+00A0
        e -= 2;
      } else if (e >= s + 3 && t.substr(e - 3, 3) == "\xE3\x80\x80") {  // U+3000
        e -= 3;
      } else {
        break;
      }
    }
    if (e > s) out->push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
  };
  size_t start = begin;
  size_t i = begin;
  char32_t last_visible = 0;  // last non-space character, to judge line wraps
  while (i < end) {
    // Fast path: ASCII bytes that are no white space, line break or end mark only move
    // last_visible along (they are nearly all of the text).
    // Spaces and tabs between them are skipped without touching last_visible, as below.
    if (kPlainAscii.plain[static_cast<unsigned char>(t[i])]) {
      size_t run = i;
      i = skip_plain(t, i, end);
      // last_visible: the run's last byte that is not blank, if any.
      size_t j = i;
      while (j > run && kPlainAscii.plain[static_cast<unsigned char>(t[j - 1])] == kBlank) --j;
      if (j > run) last_visible = static_cast<unsigned char>(t[j - 1]);
      continue;
    }
    size_t here = i;
    char32_t c = decode_utf8(t, i);
    if (c == '\n') {
      size_t j = skip_spaces(t, i, end);
      bool blank = j < end && t[j] == '\n';
      bool wrapped = false;
      if (!blank && j < end && last_visible != 0 && !is_spaced_terminal(last_visible) &&
          !is_unspaced_terminal(last_visible) && !is_closer(last_visible) &&
          last_visible != ':') {
        size_t k = j;
        char32_t n = decode_utf8(t, k);
        wrapped = u_islower(n);  // a wrapped line continues with a lower-case word
      }
      if (!wrapped) {
        emit(start, here);
        start = i;
        last_visible = 0;
      }
      continue;
    }
    if (is_space(c)) continue;
    last_visible = c;
    bool spaced = is_spaced_terminal(c);
    if (!spaced && !is_unspaced_terminal(c)) continue;
    // Take the whole run of end marks and closing quotes/brackets ("?!", '."', ".)").
    size_t k = i;
    while (k < end) {
      size_t m = k;
      char32_t d = decode_utf8(t, m);
      if (is_spaced_terminal(d) || is_unspaced_terminal(d) || is_closer(d)) {
        k = m;
        last_visible = d;
      } else {
        break;
      }
    }
    if (!spaced) {
      emit(start, k);
      start = k;
      i = k;
      last_visible = 0;
      continue;
    }
    if (k >= end) break;
    size_t after = k;
    char32_t d = decode_utf8(t, after);
    if (d == '\n') {
      i = k;  // the line break decides
      continue;
    }
    if (!is_space(d)) {
      i = k;
      continue;
    }
    size_t next = skip_spaces(t, k, end);
    if (next >= end || t[next] == '\n') {
      i = k;
      continue;
    }
    bool boundary = c == '.' ? ends_sentence_at_period(t, here, next)
                             : can_open_sentence([&] {
                                 size_t m = next;
                                 return decode_utf8(t, m);
                               }());
    if (boundary) {
      emit(start, k);
      start = next;
      last_visible = 0;
    }
    i = next;
  }
  emit(start, end);
}

}  // namespace precis
