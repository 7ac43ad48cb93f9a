#include "eval/rouge/rouge_truncation.h"

#include <string_view>

namespace precis::rouge {
namespace {

// Perl's \s on a byte string (no Unicode rules): ASCII whitespace only.
bool perl_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string lower_ascii(const std::string& line) {
  std::string out = line;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The fields of Perl's split(/\s+/, line): a leading empty field when the line starts with
// whitespace, trailing empty fields removed.
std::vector<std::string_view> perl_split(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i <= line.size()) {
    size_t start = i;
    while (i < line.size() && !perl_space(line[i])) ++i;
    fields.push_back(line.substr(start, i - start));
    if (i == line.size()) break;
    while (i < line.size() && perl_space(line[i])) ++i;
    if (i == line.size()) break;
  }
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  return fields;
}

// The first `keep` fields joined by single spaces (Perl join(" ", @words[0..keep-1])).
std::string first_words(std::string_view line, size_t keep) {
  std::vector<std::string_view> fields = perl_split(line);
  std::string out;
  for (size_t k = 0; k < keep && k < fields.size(); ++k) {
    if (k > 0) out += ' ';
    out += fields[k];
  }
  return out;
}

std::vector<std::string> truncate(const std::vector<std::string>& lines, int max_words,
                                  int max_bytes, bool count_bytes) {
  std::vector<std::string> kept;
  size_t count = 0;
  for (const std::string& raw : lines) {
    if (raw.empty()) continue;
    std::string line = lower_ascii(raw);
    if (max_words > 0) {
      size_t limit = static_cast<size_t>(max_words);
      size_t words = perl_split(line).size();
      if (count + words < limit) {
        count += words;
        kept.push_back(std::move(line));
        continue;
      }
      kept.push_back(first_words(line, limit - count));
      break;
    }
    if (max_bytes > 0) {
      size_t limit = static_cast<size_t>(max_bytes);
      if (count + line.size() < limit) {
        if (count_bytes) count += line.size();
        kept.push_back(std::move(line));
        continue;
      }
      kept.push_back(line.substr(0, limit - count));
      break;
    }
    kept.push_back(std::move(line));
  }
  return kept;
}

}  // namespace

std::vector<std::string> truncate_text(const std::vector<std::string>& lines, int max_words,
                                       int max_bytes) {
  return truncate(lines, max_words, max_bytes, /*count_bytes=*/true);
}

std::vector<std::string> truncate_for_lcs(const std::vector<std::string>& lines, int max_words,
                                          int max_bytes) {
  return truncate(lines, max_words, max_bytes, /*count_bytes=*/false);
}

}  // namespace precis::rouge
