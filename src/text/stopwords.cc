#include "text/stopwords.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_set>

namespace precis {

struct StopwordSource {
  std::string_view lang;
  std::string_view words;
};
extern const StopwordSource kStopwordSources[];
extern const size_t kStopwordSourceCount;

namespace {

class HashStopwordList : public StopwordList {
 public:
  explicit HashStopwordList(std::string_view words) {
    size_t i = 0;
    while (i < words.size()) {
      while (i < words.size() && words[i] == ' ') ++i;
      size_t j = i;
      while (j < words.size() && words[j] != ' ') ++j;
      if (j > i) words_.emplace(words.substr(i, j - i));
      i = j;
    }
  }
  bool contains(std::string_view w) const override { return words_.count(w) > 0; }
  size_t size() const override { return words_.size(); }

 private:
  std::unordered_set<std::string_view> words_;
};

}  // namespace

const StopwordList& stopwords_for(std::string_view lang) {
  // Built once per language on first use, then immutable (safe to share between threads).
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<HashStopwordList>, std::less<>> lists;
  std::lock_guard<std::mutex> lock(mu);
  auto it = lists.find(lang);
  if (it != lists.end()) return *it->second;
  std::string_view words;
  for (size_t i = 0; i < kStopwordSourceCount; ++i) {
    if (kStopwordSources[i].lang == lang) words = kStopwordSources[i].words;
  }
  auto list = std::make_unique<HashStopwordList>(words);
  auto& ref = *list;
  lists.emplace(std::string(lang), std::move(list));
  return ref;
}

}  // namespace precis
