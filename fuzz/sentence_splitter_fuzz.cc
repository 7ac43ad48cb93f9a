// libFuzzer target: the text layer on arbitrary bytes: repair_utf8, decode_utf8, the sentence
// splitter (on a sub-range, in several languages), the tokenizer, fold_case and the cleaner.
//
// Input layout: byte 0 picks the language, bytes 1-2 pick [begin, end) as fractions of the
// text; the rest is the text. The splitter and tokenizer get the raw bytes (they must cope
// with invalid UTF-8) and then the repaired text (what the reader gives them).
//
// Checks (abort on violation): repair_utf8 yields valid UTF-8 without NUL, and returns valid
// NUL-free input unchanged; decode_utf8 always advances by 1-4 bytes; sentence spans are
// non-empty, inside [begin, end), increasing and non-overlapping; tokens likewise; the cleaner's
// body spans are inside the text, in order and one caption flag per span.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "clean/article_cleaner.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace {

const char* const kLangs[] = {"en", "de", "fr", "es", "it", "ru", "zh", "ja",
                              "hi", "ar", "pt", "nl", "",   "xx", "EN", "en-US"};

template <typename T>
void check_spans(const std::vector<T>& spans, size_t from, size_t begin, size_t end) {
  size_t prev_end = begin;
  for (size_t k = from; k < spans.size(); ++k) {
    const T& s = spans[k];
    if (s.begin >= s.end || s.begin < prev_end || s.end > end) abort();
    prev_end = s.end;
  }
}

void check_text(std::string_view text, const precis::SentenceSplitter& splitter, size_t begin,
                size_t end) {
  std::vector<precis::Span> spans;
  splitter.split(text, begin, end, &spans);
  check_spans(spans, 0, begin, end);
  // Appending: spans already in the vector are kept, new ones follow.
  size_t before = spans.size();
  splitter.split(text, 0, text.size(), &spans);
  if (spans.size() < before) abort();
  check_spans(spans, before, 0, text.size());

  std::vector<precis::Token> tokens;
  precis::tokenize(text, begin, end, &tokens);
  check_spans(tokens, 0, begin, end);
  std::string folded;
  for (const auto& t : tokens) {
    std::string_view word = text.substr(t.begin, t.end - t.begin);
    precis::fold_case(word, &folded);
    if (precis::is_valid_utf8(word) && !precis::is_valid_utf8(folded)) abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const std::string_view lang = kLangs[data[0] & 15];
  // An exact-size copy, so reading one byte past the text is caught by ASan.
  const std::string raw(reinterpret_cast<const char*>(data) + 3, size - 3);
  const size_t n = raw.size();
  size_t begin = n * data[1] / 256;
  size_t end = begin + (n - begin) * data[2] / 255;

  // UTF-8 helpers.
  bool repaired = false;
  std::string text = precis::repair_utf8(raw, &repaired);
  if (!precis::is_valid_utf8(text) || text.find('\0') != std::string::npos) abort();
  bool clean_input = precis::is_valid_utf8(raw) && raw.find('\0') == std::string::npos;
  if (clean_input && (repaired || text != raw)) abort();
  if (!clean_input && !repaired) abort();
  for (size_t i = 0; i < n;) {
    size_t j = i;
    precis::decode_utf8(raw, j);
    if (j <= i || j > i + 4 || j > n) abort();
    i = j;
  }

  precis::SentenceSplitter splitter(lang);
  check_text(raw, splitter, begin, end);
  size_t rbegin = text.size() * data[1] / 256;
  size_t rend = rbegin + (text.size() - rbegin) * data[2] / 255;
  check_text(text, splitter, rbegin, rend);

  // The cleaner works on repaired text (as the reader delivers it).
  precis::CleanedText cleaned = precis::clean_text(text);
  if (cleaned.caption.size() != cleaned.body.size()) abort();
  check_spans(cleaned.body, 0, 0, text.size());
  std::string body = precis::body_text(text, cleaned);
  if (!precis::is_valid_utf8(body)) abort();
  return 0;
}
