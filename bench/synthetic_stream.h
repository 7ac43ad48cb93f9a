// A synthetic but realistic news stream for benchmarks, made from real article texts at bench
// time (never stored in the repository): thousands of events spread over a year, each drawing its
// sentences from two source articles plus invented names of its own, each article a paraphrase
// (sentences shuffled, about one word in ten dropped). Event sizes follow a Zipf-like law, as
// news does: a few huge stories and a long tail. Deterministic for a given seed.
#pragma once

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace precis::bench {

struct SyntheticArticle {
  std::string id;
  std::string text;
  int64_t time;
  uint32_t event;
};

class SyntheticStream {
 public:
  // `texts`: source articles (their sentences are split on ". " and newlines).
  SyntheticStream(const std::vector<std::string>& texts, size_t articles, size_t events,
                  uint64_t seed = 42)
      : rng_(seed) {
    for (const std::string& t : texts) pools_.push_back(split_sentences(t));
    pools_.erase(
        std::remove_if(pools_.begin(), pools_.end(), [](const auto& p) { return p.size() < 3; }),
        pools_.end());
    // Event sizes ~ 1/rank, scaled to the article count; start times uniform over a year;
    // lifetimes 1-21 days.
    std::vector<double> w(events);
    double total = 0;
    for (size_t i = 0; i < events; ++i) total += w[i] = 1.0 / static_cast<double>(i + 1);
    std::uniform_int_distribution<int64_t> start(0, 365LL * 86400);
    std::uniform_int_distribution<int64_t> life(86400, 21LL * 86400);
    std::uniform_int_distribution<size_t> pick(0, pools_.size() - 1);
    for (size_t i = 0; i < events; ++i) {
      EventPlan e;
      e.size = std::max<size_t>(1, static_cast<size_t>(w[i] / total * articles));
      e.start = kEpoch + start(rng_);
      e.life = life(rng_);
      e.a = pick(rng_);
      e.b = pick(rng_);
      for (int k = 0; k < 3; ++k) e.names.push_back(invented_name(i, k));
      plans_.push_back(e);
    }
    // Article slots (event, time), sorted by time: the arrival order of the stream.
    for (uint32_t i = 0; i < plans_.size(); ++i) {
      std::uniform_int_distribution<int64_t> at(0, plans_[i].life);
      for (size_t k = 0; k < plans_[i].size; ++k) slots_.push_back({plans_[i].start + at(rng_), i});
    }
    std::sort(slots_.begin(), slots_.end());
    if (slots_.size() > articles) slots_.resize(articles);
  }

  size_t size() const { return slots_.size(); }

  // The n-th article of the stream (call with n = 0, 1, 2, ... in order).
  SyntheticArticle article(size_t n) {
    const auto& [time, ev] = slots_[n];
    const EventPlan& e = plans_[ev];
    SyntheticArticle a;
    a.id = "syn" + std::to_string(n);
    a.time = time;
    a.event = ev;
    // 8-16 sentences from the event's two source articles, shuffled, with words dropped, and
    // the event's invented names woven into the first sentences.
    std::uniform_int_distribution<int> count(8, 16);
    int k = count(rng_);
    std::vector<const std::string*> chosen;
    for (int i = 0; i < k; ++i) {
      const auto& pool = pools_[i % 2 ? e.b : e.a];
      std::uniform_int_distribution<size_t> s(0, pool.size() - 1);
      chosen.push_back(&pool[s(rng_)]);
    }
    std::shuffle(chosen.begin(), chosen.end(), rng_);
    std::bernoulli_distribution drop(0.1);
    for (size_t i = 0; i < chosen.size(); ++i) {
      if (i < e.names.size()) a.text += e.names[i] + " said ";
      size_t p = 0;
      const std::string& s = *chosen[i];
      while (p < s.size()) {
        size_t q = s.find(' ', p);
        if (q == std::string::npos) q = s.size();
        if (!drop(rng_)) a.text.append(s, p, q - p).push_back(' ');
        p = q + 1;
      }
      a.text += i % 4 == 3 ? "\n" : "";
    }
    return a;
  }

 private:
  static constexpr int64_t kEpoch = 1546300800;  // 2019-01-01
  struct EventPlan {
    size_t size, a, b;
    int64_t start, life;
    std::vector<std::string> names;
  };

  static std::vector<std::string> split_sentences(const std::string& t) {
    std::vector<std::string> out;
    size_t p = 0;
    while (p < t.size()) {
      size_t q = t.find_first_of(".\n", p);
      if (q == std::string::npos) q = t.size();
      std::string s = t.substr(p, q - p + (q < t.size() && t[q] == '.' ? 1 : 0));
      if (s.size() > 30) out.push_back(s);
      p = q + 1;
    }
    return out;
  }

  // Pronounceable invented proper names, distinct per event ("Varo Teklin").
  static std::string invented_name(size_t event, int k) {
    static const char* syl[] = {"ka",  "lo", "mi", "ren", "tu",  "vas", "no", "dri",
                                "sel", "ob", "fa", "zen", "qui", "har", "pe", "lum"};
    uint64_t x = (event + 1) * 0x9e3779b97f4a7c15ULL + static_cast<uint64_t>(k) * 7919;
    std::string s;
    for (int i = 0; i < 4; ++i) {
      s += syl[x % 16];
      x /= 16;
      if (i == 1) s += ' ';
    }
    s[0] = static_cast<char>(s[0] - 32);
    size_t sp = s.find(' ');
    s[sp + 1] = static_cast<char>(s[sp + 1] - 32);
    return s;
  }

  std::mt19937_64 rng_;
  std::vector<std::vector<std::string>> pools_;
  std::vector<EventPlan> plans_;
  std::vector<std::pair<int64_t, uint32_t>> slots_;
};

}  // namespace precis::bench
