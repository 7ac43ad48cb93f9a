#include "text/place_names.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <mutex>
#include <string_view>
#include <unordered_set>

namespace precis {
namespace {

// One synset line of a WordNet data file (wndb(5WN)), split into its fields: offset, lex file,
// type, word count (hex), the words and their lex ids, pointer count, the pointers (symbol,
// target offset, part of speech, source/target); the gloss after " | " is dropped.
void split_fields(std::string_view line, std::vector<std::string_view>* out) {
  out->clear();
  const size_t bar = line.find(" | ");
  if (bar != std::string_view::npos) line = line.substr(0, bar);
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    if (j > i) out->push_back(line.substr(i, j - i));
    i = j;
  }
}

bool parse_number(std::string_view s, uint32_t* v, int base = 10) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *v, base);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// A name usable as one word: capitalized, letters only ("Turkey", not "New_York" or
// "Guinea-Bissau").
bool one_word_name(std::string_view lemma) {
  if (lemma.empty() || lemma[0] < 'A' || lemma[0] > 'Z') return false;
  return std::all_of(lemma.begin(), lemma.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

// Calls visit(offset, lemmas, pointers to nouns as (symbol, target)) for each synset line of a
// data file, streaming (data.noun is 15 MB; only what the caller keeps stays in memory). Lines
// that do not parse (the licence header starts with spaces) are skipped.
template <typename Visit>
void for_each_synset(std::istream& in, Visit visit) {
  std::string line;
  std::vector<std::string_view> f, lemmas;
  std::vector<std::pair<std::string_view, uint32_t>> pointers;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    split_fields(line, &f);
    uint32_t offset, words, ptrs;
    if (f.size() < 4 || !parse_number(f[0], &offset) || !parse_number(f[3], &words, 16)) continue;
    const size_t p = 4 + 2 * static_cast<size_t>(words);
    if (f.size() <= p || !parse_number(f[p], &ptrs) || f.size() < p + 1 + 4 * size_t{ptrs}) continue;
    lemmas.clear();
    for (uint32_t w = 0; w < words; ++w) {
      std::string_view lemma = f[4 + 2 * w];
      // Adjectives may carry a syntactic marker: "galore(ip)".
      if (size_t paren = lemma.find('('); paren != std::string_view::npos)
        lemma = lemma.substr(0, paren);
      lemmas.push_back(lemma);
    }
    pointers.clear();
    for (uint32_t k = 0; k < ptrs; ++k) {
      const size_t at = p + 1 + 4 * k;
      uint32_t target;
      if (f[at + 2] == "n" && parse_number(f[at + 1], &target)) pointers.emplace_back(f[at], target);
    }
    visit(offset, lemmas, pointers);
  }
}

// First sense of `lemma` in index.noun: its synset offsets are the line's last synset_cnt fields.
bool first_noun_sense(std::istream& in, std::string_view lemma, uint32_t* offset) {
  in.clear();
  in.seekg(0);
  const std::string key = std::string(lemma) + " n ";
  std::string line;
  std::vector<std::string_view> f;
  while (std::getline(in, line)) {
    if (line.compare(0, key.size(), key) != 0) continue;
    split_fields(line, &f);
    uint32_t senses;
    if (f.size() < 3 || !parse_number(f[2], &senses) || senses == 0 || f.size() < senses)
      return false;
    return parse_number(f[f.size() - senses], offset);
  }
  return false;
}

}  // namespace

std::shared_ptr<const std::vector<std::string>> parse_wordnet_place_names(std::istream& index_noun,
                                                                          std::istream& data_noun,
                                                                          std::istream& data_adj,
                                                                          std::string* error) {
  uint32_t location, person;
  for (auto [lemma, offset] : {std::pair{"location", &location}, std::pair{"person", &person}}) {
    if (!first_noun_sense(index_noun, lemma, offset)) {
      *error = std::string("index.noun has no noun \"") + lemma + "\"";
      return nullptr;
    }
  }
  // What is kept of the nouns: hyponym edges (parent, child), and each named instance's class
  // (@i targets) and one-word names.
  struct Instance {
    uint32_t offset;
    std::vector<uint32_t> classes;
    std::vector<std::string> names;
  };
  std::vector<std::pair<uint32_t, uint32_t>> hyponyms;
  std::vector<Instance> instances;
  for_each_synset(data_noun, [&](uint32_t offset, const auto& lemmas, const auto& pointers) {
    Instance inst{offset, {}, {}};
    for (const auto& [symbol, target] : pointers) {
      if (symbol == "~") hyponyms.emplace_back(offset, target);
      if (symbol == "@i") inst.classes.push_back(target);
    }
    if (inst.classes.empty()) return;
    for (std::string_view lemma : lemmas)
      if (one_word_name(lemma)) inst.names.emplace_back(lemma);
    if (!inst.names.empty()) instances.push_back(std::move(inst));
  });
  // Every kind of location, and of person: the hyponym closures of location.n.01 and person.n.01.
  std::sort(hyponyms.begin(), hyponyms.end());
  auto kinds_of = [&](uint32_t root) {
    std::unordered_set<uint32_t> kinds{root};
    std::vector<uint32_t> todo{root};
    while (!todo.empty()) {
      const uint32_t parent = todo.back();
      todo.pop_back();
      auto it = std::lower_bound(hyponyms.begin(), hyponyms.end(), std::make_pair(parent, 0u));
      for (; it != hyponyms.end() && it->first == parent; ++it)
        if (kinds.insert(it->second).second) todo.push_back(it->second);
    }
    return kinds;
  };
  const std::unordered_set<uint32_t> locations = kinds_of(location), persons = kinds_of(person);
  auto instance_of = [](const Instance& inst, const std::unordered_set<uint32_t>& kinds) {
    return std::any_of(inst.classes.begin(), inst.classes.end(),
                       [&](uint32_t c) { return kinds.count(c) > 0; });
  };
  std::unordered_set<uint32_t> places;
  std::unordered_set<std::string> person_names;
  for (const Instance& inst : instances) {
    if (instance_of(inst, locations)) places.insert(inst.offset);
    if (instance_of(inst, persons)) person_names.insert(inst.names.begin(), inst.names.end());
  }
  std::vector<std::string> names;
  for (const Instance& inst : instances)
    if (places.count(inst.offset))
      for (const std::string& name : inst.names)
        if (!person_names.count(name)) names.push_back(name);
  for_each_synset(data_adj, [&](uint32_t, const auto& lemmas, const auto& pointers) {
    const bool of_place = std::any_of(pointers.begin(), pointers.end(), [&](const auto& p) {
      return p.first == "\\" && places.count(p.second);
    });
    if (!of_place) return;
    for (std::string_view lemma : lemmas)
      if (one_word_name(lemma)) names.emplace_back(lemma);
  });
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  if (names.empty()) {
    *error = "no place names found in the WordNet data files";
    return nullptr;
  }
  return std::make_shared<const std::vector<std::string>>(std::move(names));
}

namespace {

std::shared_ptr<const std::vector<std::string>> load(const std::string& dir, std::string* error) {
  std::ifstream index(dir + "/index.noun", std::ios::binary), noun(dir + "/data.noun", std::ios::binary),
      adj(dir + "/data.adj", std::ios::binary);
  for (auto [name, in] : {std::pair{"index.noun", &index}, std::pair{"data.noun", &noun},
                          std::pair{"data.adj", &adj}}) {
    if (!*in) {
      *error = "cannot read " + dir + "/" + name + " (WordNet; Debian package wordnet-base)";
      return nullptr;
    }
  }
  auto names = parse_wordnet_place_names(index, noun, adj, error);
  if (!names) *error = dir + ": " + *error;
  return names;
}

}  // namespace

std::shared_ptr<const std::vector<std::string>> wordnet_place_names(const std::string& wordnet_dir,
                                                                    std::string* error) {
  static std::mutex mutex;
  static std::map<std::string, std::pair<std::shared_ptr<const std::vector<std::string>>,
                                         std::string>>
      cache;  // by directory: the names, or the error
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(wordnet_dir);
  if (it == cache.end()) {
    std::string e;
    auto names = load(wordnet_dir, &e);
    it = cache.emplace(wordnet_dir, std::make_pair(std::move(names), std::move(e))).first;
  }
  if (!it->second.first && error) *error = it->second.second;
  return it->second.first;
}

}  // namespace precis
