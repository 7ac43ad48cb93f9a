#include "cluster/event_title.h"

#include <cctype>
#include <string>
#include <vector>

#include "text/abbreviations.h"
#include "text/utf8.h"

namespace precis {
namespace {

constexpr size_t kMaxLineBytes = 2000;

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

// A line reads as prose when most of its words have a lower-case letter: this skips markup
// ("&QL;"), capitals-only headings ("NATIONAL FORECAST") and lines of numbers.
bool is_prose(const std::vector<std::string_view>& words) {
  if (words.size() < 4) return false;
  size_t lower = 0;
  for (std::string_view w : words) {
    for (char c : w) {
      if (std::islower(static_cast<unsigned char>(c))) {
        ++lower;
        break;
      }
    }
  }
  return lower * 3 >= words.size() * 2;
}

// Drops a dateline: everything up to " -- " or " _ " when it comes early in the sentence.
std::string_view strip_dateline(std::string_view s) {
  for (std::string_view mark : {" -- ", " _ ", " - "}) {
    size_t p = s.find(mark);
    if (p != std::string_view::npos && p < 60) return s.substr(p + mark.size());
  }
  return s;
}

// True when the word ending at `end` (just before a period) is an abbreviation ("Dr", "Gen",
// "U.S", "Inc") or an initial ("J"): its period does not end a sentence.
bool abbreviation_before(std::string_view line, size_t end) {
  size_t begin = end;
  while (begin > 0 && !std::isspace(static_cast<unsigned char>(line[begin - 1]))) --begin;
  std::string word;
  for (size_t i = begin; i < end; ++i)
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(line[i])));
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;
  return abbreviations_for("en").kind(word) != AbbreviationKind::kNone;
}

// The first sentence of a line: up to ". " followed by a capital, unless the period ends an
// abbreviation ("said Dr. Barnett Slepian"). A crude splitter is enough for a label of 12 words.
std::string_view first_sentence(std::string_view line) {
  for (size_t p = line.find(". "); p != std::string_view::npos; p = line.find(". ", p + 2)) {
    if (p + 2 < line.size() && std::isupper(static_cast<unsigned char>(line[p + 2])) && p > 20 &&
        !abbreviation_before(line, p))
      return line.substr(0, p + 1);
  }
  return line;
}

std::string shorten(const std::vector<std::string_view>& words, size_t max_words) {
  std::string out;
  for (size_t i = 0; i < words.size() && i < max_words; ++i) {
    if (i) out += ' ';
    out += words[i];
  }
  if (words.size() > max_words) out += " ...";
  return out;
}

}  // namespace

std::string lead_label(std::string_view title, std::string_view text, size_t max_words) {
  auto tw = words_of(title);
  if (!tw.empty()) return shorten(tw, max_words);
  size_t pos = 0;
  size_t scanned = 0;
  // Look at the first lines only: a label that needs more is not worth the time.
  while (pos < text.size() && scanned < 20) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? text.size() - pos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++scanned;
    // A label is a dozen words: the opening of a line is enough, and a line of 20 MB without a
    // sentence end is not split into millions of words.
    line = line.substr(0, word_prefix_end(line, kMaxLineBytes));
    auto words = words_of(first_sentence(strip_dateline(line)));
    if (is_prose(words)) return shorten(words, max_words);
  }
  return shorten(words_of(text.substr(0, 400)), max_words);
}

}  // namespace precis
