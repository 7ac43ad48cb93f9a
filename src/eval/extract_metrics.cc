#include "eval/extract_metrics.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_map>

#include "text/utf8.h"

namespace precis {
namespace {

bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

// Python's str.isspace(): Unicode White_Space plus the separators \x1c-\x1f.
bool is_py_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// Multiset of 4-token shingles (fewer tokens: one shingle of all of them).
std::unordered_map<std::string, int> shingles(std::string_view s) {
  std::vector<std::string_view> t = word_tokens(s);
  std::unordered_map<std::string, int> counts;
  if (t.empty()) return counts;
  size_t n = t.size() >= 4 ? t.size() - 3 : 1;
  for (size_t i = 0; i < n; ++i) {
    std::string key;
    for (size_t k = i; k < std::min(i + 4, t.size()); ++k) {
      key.append(t[k]);
      key.push_back('\x1f');
    }
    ++counts[key];
  }
  return counts;
}

double ratio(double a, double b) { return b == 0 ? 0.0 : a / b; }

}  // namespace

std::vector<std::string_view> word_tokens(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0, start = 0;
  bool in_word = false;
  while (i < s.size()) {
    size_t at = i;
    char32_t c = decode_utf8(s, i);
    bool w = is_word_char(c);
    if (w && !in_word) start = at;
    if (!w && in_word) out.push_back(s.substr(start, at - start));
    in_word = w;
  }
  if (in_word) out.push_back(s.substr(start));
  return out;
}

std::string normalize_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t at = i;
    char32_t c = decode_utf8(s, i);
    if (is_py_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.append(s.substr(at, i - at));
  }
  return out;
}

void BodyScore::add(std::string_view gold, std::string_view predicted) {
  ++pages_;
  auto g = shingles(gold);
  auto p = shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [k, cg] : g) {
    auto it = p.find(k);
    int cp = it == p.end() ? 0 : it->second;
    tp += std::min(cg, cp);
    fn += std::max(0, cg - cp);
  }
  for (const auto& [k, cp] : p) {
    auto it = g.find(k);
    int cg = it == g.end() ? 0 : it->second;
    fp += std::max(0, cp - cg);
  }
  double s = tp + fp + fn;
  if (s > 0) {
    tp /= s;
    fp /= s;
    fn /= s;
  }
  if (tp + fp > 0) {
    ++precision_pages_;
    precision_sum_ += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fp);
  }
  if (tp + fn > 0) {
    ++recall_pages_;
    recall_sum_ += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fn);
  }
  if (word_tokens(gold) == word_tokens(predicted)) ++exact_;
}

double BodyScore::precision() const { return ratio(precision_sum_, precision_pages_); }
double BodyScore::recall() const { return ratio(recall_sum_, recall_pages_); }
double BodyScore::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
double BodyScore::accuracy() const { return ratio(static_cast<double>(exact_), pages_); }

void SnippetScore::add(const std::vector<std::string>& with,
                       const std::vector<std::string>& without,
                       const std::optional<std::string>& predicted) {
  size_t t = 0, f = 0;
  if (predicted) {
    std::string r = normalize_space(*predicted);
    for (const auto& w : with)
      if (r.find(normalize_space(w)) != std::string::npos) ++t;
    for (const auto& w : without)
      if (r.find(normalize_space(w)) != std::string::npos) ++f;
  }
  tp += t;
  fp += f;
  fn += with.size() - t;
  tn += without.size() - f;
}

double SnippetScore::precision() const { return ratio(tp, tp + fp); }
double SnippetScore::recall() const { return ratio(tp, tp + fn); }
double SnippetScore::f1() const { return ratio(2.0 * tp, 2.0 * tp + fp + fn); }
double SnippetScore::accuracy() const { return ratio(tp + tn, tp + tn + fp + fn); }

void DateScore::add(std::string_view gold, std::string_view predicted) {
  if (gold.empty()) return;  // pages without a gold date are not scored
  ++pages;
  if (predicted.empty()) {
    ++fn;
    return;
  }
  if (predicted.substr(0, 10) == gold.substr(0, 10))
    ++tp;
  else
    ++fp;
}

double DateScore::precision() const { return ratio(tp, tp + fp); }
double DateScore::recall() const { return ratio(tp, tp + fn); }
double DateScore::accuracy() const { return ratio(tp, pages); }
double DateScore::f1() const { return ratio(2.0 * tp, 2.0 * tp + fp + fn); }

}  // namespace precis
