#include "summarize/sentence_table.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#include <memory>

#include "clean/article_cleaner.h"
#include "text/connectives.h"
#include "text/language.h"
#include "text/sentence_splitter.h"
#include "text/text_analyzer.h"
#include "text/utf8.h"

namespace precis {
namespace {

// Bit 8k set when byte k of the 8 little-endian bytes in x is one of ' ', '\n', '\t', '\r'
// (exact per-byte zero tests, no carries between bytes).
uint64_t space_bytes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  auto zero_bytes = [](uint64_t y) { return ~(((y & kLow7) + kLow7) | y | kLow7); };
  uint64_t high = zero_bytes(x ^ (' ' * kOnes)) | zero_bytes(x ^ ('\n' * kOnes)) |
                  zero_bytes(x ^ ('\t' * kOnes)) | zero_bytes(x ^ ('\r' * kOnes));
  return high >> 7;
}

// White-space separated words: a word starts at every non-space byte after a space (or at the
// start). Eight bytes at a time; it runs over every sentence of every article.
uint32_t count_words(std::string_view s) {
  uint32_t n = 0;
  uint64_t after_space = 1;  // bit 0: the byte before the current one is a space
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where SSE2 is there (every x86-64): word starts are non-space bytes
  // after a space byte, summed by _mm_sad_epu8.
  const __m128i blank = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n');
  const __m128i tab = _mm_set1_epi8('\t'), cr = _mm_set1_epi8('\r'), ones = _mm_set1_epi8(1);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i spaces =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, blank), _mm_cmpeq_epi8(x, newline)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, tab), _mm_cmpeq_epi8(x, cr)));
    // Byte k of `before`: byte k - 1 is a space (byte 0: the last byte of the previous block).
    __m128i before =
        _mm_or_si128(_mm_slli_si128(spaces, 1), _mm_cvtsi32_si128(after_space ? 0xFF : 0));
    __m128i starts = _mm_and_si128(_mm_andnot_si128(spaces, before), ones);
    __m128i sums = _mm_sad_epu8(starts, _mm_setzero_si128());
    n += static_cast<uint32_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
    after_space = (static_cast<unsigned>(_mm_movemask_epi8(spaces)) >> 15) & 1;
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      // Bytes below 0x10 are rare in text ('\n' aside): without them only ' ' is a space.
      constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
      uint64_t y = x ^ (' ' * kOnes);
      uint64_t below_16 = ~((x & kLow7) + (0x70 * kOnes)) & ~x & ~kLow7;
      uint64_t spaces = below_16 ? space_bytes(x) : (~(((y & kLow7) + kLow7) | y | kLow7)) >> 7;
      uint64_t before = (spaces << 8) | after_space;
      // Count the bytes (0 or 1 each) by summing them into the top byte: no popcnt needed.
      n += static_cast<uint32_t>(((~spaces & before & kOnes) * kOnes) >> 56);
      after_space = spaces >> 56;
    }
  }
  for (; i < s.size(); ++i) {
    char c = s[i];
    uint64_t space = (c == ' ') | (c == '\n') | (c == '\t') | (c == '\r');
    n += static_cast<uint32_t>(after_space & (space ^ 1));
    after_space = space;
  }
  return n;
}

// A sentence that opens a quotation it does not close, or closes one it did not open, is a
// piece of a quotation spanning several sentences and reads wrongly alone. Only the edges are
// judged: quote marks inside a sentence are too often unpaired by typing or extraction noise.
bool partial_quotation(std::string_view s) {
  // memchr for the few quote marks (curly quotes behind their lead byte 0xE2), instead of a
  // three-byte compare at every byte (that was a tenth of the whole summarize time).
  size_t straight = 0, open = 0, close = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '"', end - q))); ++q) {
    ++straight;
  }
  for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\xE2', end - q))); ++q) {
    if (end - q >= 3 && q[1] == '\x80') {
      if (q[2] == '\x9C') ++open;   // U+201C
      if (q[2] == '\x9D') ++close;  // U+201D
    }
  }
  bool starts = s[0] == '"' || s.compare(0, 3, "\xE2\x80\x9C") == 0;
  bool ends = s.back() == '"' || (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\x9D") == 0);
  bool unbalanced = straight % 2 != 0 || open != close;
  return unbalanced && (starts || ends);
}

// A sentence worth choosing ends like one (or with a closing quote), does not open in the
// middle of another (lower-case start, a continuation mark), and is not a piece of a longer
// quotation.
bool looks_like_sentence(std::string_view s) {
  if (s.empty() || partial_quotation(s)) return false;
  unsigned char first = static_cast<unsigned char>(s[0]);
  if (first >= 'a' && first <= 'z') return false;
  if (first == ',' || first == ';' || first == ':' || first == ')') return false;
  unsigned char last = static_cast<unsigned char>(s.back());
  if (last == '.' || last == '!' || last == '"' || last == ')' || last == '\'') return true;
  if (last >= 0x80) return true;  // closing quote, CJK or Devanagari full stop, ...
  return false;
}

// A "sentence" longer than this (a list, a table, a text without end marks: 20 MB of words
// on one line) is never chosen (TableOptions::max_words); only its opening is analysed for the
// cluster's term counts, cut between words, so one such span costs no more than a long paragraph.
constexpr size_t kMaxAnalysedSentenceBytes = 8192;

}  // namespace

std::string sentence_text(const Cluster& cluster, const SentenceInfo& s) {
  std::string_view span(cluster.articles[s.article].text);
  span = span.substr(s.begin, s.end - s.begin);
  std::string out;
  out.reserve(span.size());
  bool space = false;
  for (char c : span) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  // Markdown emphasis around the whole sentence.
  while (out.size() >= 2 && (out.front() == '*' || out.front() == '_') &&
         out.back() == out.front()) {
    out = out.substr(1, out.size() - 2);
  }
  return out;
}

SentenceTable build_sentence_table(const Cluster& cluster, const SummarizeOptions& options,
                                   const TableOptions& topt,
                                   const std::vector<CleanedText>* precleaned) {
  SentenceTable table;
  // Analyzers keep a per-language cache of analysed words, so they live as long as the thread
  // (summarize() is called for cluster after cluster on the same worker threads).
  thread_local std::map<std::string, std::unique_ptr<TextAnalyzer>> analyzers;
  thread_local std::map<std::string, std::unique_ptr<SentenceSplitter>> splitters;
  std::vector<Span> spans;
  std::vector<Term> terms;
  table.article_order.resize(cluster.articles.size());
  // A cluster's distinct stems number about one per 20 bytes of news text: room for one per 16
  // spares the vocabulary its regrowth (capped, for very large clusters).
  size_t text_bytes = 0;
  for (const Article& a : cluster.articles) text_bytes += a.text.size();
  table.vocab.reserve(std::min<size_t>(text_bytes / 16, 1 << 16));
  for (size_t a = 0; a < cluster.articles.size(); ++a) {
    const Article& article = cluster.articles[a];
    table.article_order[a] = article.time ? *article.time : INT64_MIN + static_cast<int64_t>(a);
    if (article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      table.warnings.push_back("article " + std::to_string(a) + " (" + article.id +
                               ") has no text");
      continue;
    }
    ++table.articles_with_text;
    std::string lang = !article.lang.empty()           ? article.lang
                       : !cluster.lang.empty()         ? cluster.lang
                       : !options.default_lang.empty() ? options.default_lang
                                                       : "en";
    auto& analyzer = analyzers[lang];
    if (!analyzer) analyzer = std::make_unique<TextAnalyzer>(lang);
    auto& splitter = splitters[lang];
    if (!splitter) splitter = std::make_unique<SentenceSplitter>(lang);
    bool too_old = options.since && article.time && *article.time <= *options.since;
    const std::string lang_code = normalize_language(lang);
    CleanedText own;
    if (!precleaned) own = clean_text(article.text);
    const CleanedText& cleaned = precleaned ? (*precleaned)[a] : own;
    spans.clear();
    std::vector<bool> in_caption;
    for (size_t b = 0; b < cleaned.body.size(); ++b) {
      splitter->split(article.text, cleaned.body[b].begin, cleaned.body[b].end, &spans);
      in_caption.resize(spans.size(), cleaned.caption[b]);
    }
    uint32_t position = 0;
    for (size_t k = 0; k < spans.size(); ++k) {
      const Span& sp = spans[k];
      if (position >= topt.max_sentences_per_article) break;
      SentenceInfo s{};
      s.article = static_cast<uint32_t>(a);
      // Captions describe pictures placed before or inside the story: they take no place in the
      // story's order, so its first prose sentence is its lead even below four captions.
      s.position = in_caption[k] ? kCaptionPosition : position++;
      s.begin = sp.begin;
      s.end = sp.end;
      std::string_view text(article.text.data() + sp.begin, sp.end - sp.begin);
      s.words = count_words(text);
      s.bytes = static_cast<uint32_t>(text.size());
      s.terms_begin = static_cast<uint32_t>(table.terms.size());
      terms.clear();
      analyzer->analyze(article.text, sp.begin,
                        sp.begin + word_prefix_end(text, kMaxAnalysedSentenceBytes), table.vocab,
                        &terms);
      size_t content = 0;
      for (const Term& t : terms) {
        table.terms.push_back(t.id);
        table.stops.push_back(t.stop ? 1 : 0);
        content += !t.stop;
      }
      s.terms_end = static_cast<uint32_t>(table.terms.size());
      s.selectable = !too_old && !in_caption[k] && s.words >= topt.min_words &&
                     s.words <= topt.max_words && content >= 2 && looks_like_sentence(text) &&
                     !opens_with_connective(text, lang_code);
      table.sentences.push_back(s);
    }
  }
  return table;
}

}  // namespace precis
