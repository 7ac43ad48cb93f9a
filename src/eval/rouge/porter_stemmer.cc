#include "eval/rouge/porter_stemmer.h"

#include <array>
#include <utility>

namespace precis::rouge {
namespace {

// The two building blocks of Porter's regular expressions. kC = [^aeiou][^aeiouy]*,
// kV = [aeiouy][aeiou]*; kv = exactly one [aeiouy]; kX = exactly one [^aeiouwxy].
enum class Part { kC, kV, kv, kX };

bool in(char ch, std::string_view set) { return set.find(ch) != std::string_view::npos; }

bool first_ok(Part p, char ch) {
  switch (p) {
    case Part::kC:
      return !in(ch, "aeiou");
    case Part::kV:
    case Part::kv:
      return in(ch, "aeiouy");
    case Part::kX:
      return !in(ch, "aeiouwxy");
  }
  return false;
}

// Whether the repeated tail of part p may take ch (single-character parts take nothing).
bool rest_ok(Part p, char ch) {
  switch (p) {
    case Part::kC:
      return !in(ch, "aeiouy");
    case Part::kV:
      return in(ch, "aeiou");
    default:
      return false;
  }
}

// Backtracking match of parts[0..n) against w from position i; the regexes are all anchored at
// the start, `to_end` anchors the end too. Words are short, so exhaustive search is cheap.
bool match_from(std::string_view w, const Part* parts, size_t n, size_t i, bool to_end) {
  if (n == 0) return !to_end || i == w.size();
  if (i >= w.size() || !first_ok(parts[0], w[i])) return false;
  size_t j = i + 1;
  while (true) {
    if (match_from(w, parts + 1, n - 1, j, to_end)) return true;
    if (j < w.size() && rest_ok(parts[0], w[j])) {
      ++j;
    } else {
      return false;
    }
  }
}

// ^(C)?<parts>: tries with and without the optional leading consonant sequence.
template <size_t N>
bool match_optional_c(std::string_view w, const std::array<Part, N>& parts, bool to_end) {
  if (match_from(w, parts.data(), N, 0, to_end)) return true;
  std::array<Part, N + 1> with_c;
  with_c[0] = Part::kC;
  for (size_t k = 0; k < N; ++k) with_c[k + 1] = parts[k];
  return match_from(w, with_c.data(), N + 1, 0, to_end);
}

bool m_gt0(std::string_view s) {
  return match_optional_c(s, std::array{Part::kV, Part::kC}, false);
}
bool m_gt1(std::string_view s) {
  return match_optional_c(s, std::array{Part::kV, Part::kC, Part::kV, Part::kC}, false);
}
bool m_eq1(std::string_view s) {
  return match_optional_c(s, std::array{Part::kV, Part::kC}, true) ||
         match_optional_c(s, std::array{Part::kV, Part::kC, Part::kV}, true);
}
bool has_vowel(std::string_view s) { return match_optional_c(s, std::array{Part::kv}, false); }
bool is_cvc(std::string_view s) {
  constexpr std::array parts{Part::kC, Part::kv, Part::kX};
  return match_from(s, parts.data(), parts.size(), 0, true);
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

// The longest suffix of the table that ends w (what Perl's leftmost alternation finds for
// /(a|b|...)$/), or nullptr.
template <size_t N>
const std::pair<std::string_view, std::string_view>* longest_suffix(
    std::string_view w, const std::array<std::pair<std::string_view, std::string_view>, N>& table) {
  const std::pair<std::string_view, std::string_view>* best = nullptr;
  for (const auto& entry : table) {
    if (ends_with(w, entry.first) && (!best || entry.first.size() > best->first.size())) {
      best = &entry;
    }
  }
  return best;
}

using Rule = std::pair<std::string_view, std::string_view>;
constexpr std::array<Rule, 21> kStep2{
    {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
     {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"}, {"eli", "e"},     {"ousli", "ous"},
     {"ization", "ize"}, {"ation", "ate"},   {"ator", "ate"},  {"alism", "al"},  {"iveness", "ive"},
     {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},  {"iviti", "ive"}, {"biliti", "ble"},
     {"logi", "log"}}};
constexpr std::array<Rule, 7> kStep3{{{"icate", "ic"},
                                      {"ative", ""},
                                      {"alize", "al"},
                                      {"iciti", "ic"},
                                      {"ical", "ic"},
                                      {"ful", ""},
                                      {"ness", ""}}};
// Step 4 as modified in ROUGE-1.5.5 (C.-Y. Lin, 02/14/2004): "ment" and "ent" left the table
// and became two rules applied after it, each on the word as the previous rule left it.
constexpr std::array<Rule, 16> kStep4{{{"al", ""},
                                       {"ance", ""},
                                       {"ence", ""},
                                       {"er", ""},
                                       {"ic", ""},
                                       {"able", ""},
                                       {"ible", ""},
                                       {"ant", ""},
                                       {"ement", ""},
                                       {"ou", ""},
                                       {"ism", ""},
                                       {"ate", ""},
                                       {"iti", ""},
                                       {"ous", ""},
                                       {"ive", ""},
                                       {"ize", ""}}};

std::string_view drop(std::string_view w, size_t n) { return w.substr(0, w.size() - n); }

void step1ab(std::string& w) {
  if (ends_with(w, "sses") || ends_with(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  if (ends_with(w, "eed")) {
    if (m_gt0(drop(w, 3))) w.pop_back();
  } else if (ends_with(w, "ed") || ends_with(w, "ing")) {
    std::string_view stem = drop(w, ends_with(w, "ed") ? 2 : 3);
    if (has_vowel(stem)) {
      w.resize(stem.size());
      size_t n = w.size();
      if (ends_with(w, "at") || ends_with(w, "bl") || ends_with(w, "iz")) {
        w += 'e';
      } else if (n >= 2 && w[n - 1] == w[n - 2] && !in(w[n - 1], "aeiouylsz")) {
        w.pop_back();
      } else if (is_cvc(w)) {
        w += 'e';
      }
    }
  }
}

template <size_t N>
void replace_suffix(std::string& w, const std::array<Rule, N>& table,
                    bool (*condition)(std::string_view)) {
  if (const Rule* rule = longest_suffix(w, table)) {
    std::string_view stem = drop(w, rule->first.size());
    if (condition(stem)) w = std::string(stem) + std::string(rule->second);
  }
}

}  // namespace

std::string porter_stem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  // An initial y is a consonant: upper-case it so that no vowel pattern takes it.
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';

  step1ab(w);
  // Step 1c: y -> i when the stem has a vowel.
  if (!w.empty() && w.back() == 'y' && has_vowel(drop(w, 1))) w.back() = 'i';
  replace_suffix(w, kStep2, m_gt0);
  replace_suffix(w, kStep3, m_gt0);
  // Step 4 (ROUGE-1.5.5's variant, see kStep4).
  if (const Rule* rule = longest_suffix(w, kStep4)) {
    std::string_view stem = drop(w, rule->first.size());
    if (m_gt1(stem)) w.resize(stem.size());
  }
  if (ends_with(w, "ment") && m_gt1(drop(w, 4))) w.resize(w.size() - 4);
  if (ends_with(w, "ent")) {
    if (m_gt1(drop(w, 3))) w.resize(w.size() - 3);
  } else if (ends_with(w, "sion") || ends_with(w, "tion")) {
    if (m_gt1(drop(w, 3))) w.resize(w.size() - 3);
  }
  // Step 5.
  if (!w.empty() && w.back() == 'e') {
    std::string_view stem = drop(w, 1);
    if (m_gt1(stem) || (m_eq1(stem) && !is_cvc(stem))) w.pop_back();
  }
  if (ends_with(w, "ll") && m_gt1(w)) w.pop_back();

  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace precis::rouge
