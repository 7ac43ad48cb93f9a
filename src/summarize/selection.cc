#include "summarize/selection.h"

#include <cmath>

namespace precis {

std::vector<uint32_t> candidate_sentences(const SentenceTable& table, const Budget& budget) {
  std::vector<uint32_t> out;
  for (uint32_t s = 0; s < table.sentences.size(); ++s) {
    const SentenceInfo& i = table.sentences[s];
    if (i.selectable && i.duplicate_of < 0 && budget.cost(i) <= budget.capacity()) {
      out.push_back(s);
    }
  }
  return out;
}

std::vector<uint32_t> fill_greedy(const SelectionInput& in, const std::vector<uint32_t>& ranked,
                                  double max_overlap) {
  std::vector<uint32_t> chosen;
  size_t used = 0;
  for (uint32_t s : ranked) {
    size_t cost = in.budget.cost(in.table.sentences[s]);
    if (used + cost > in.budget.capacity()) continue;
    const auto& a = in.similarity.content(s);
    bool redundant = false;
    for (uint32_t c : chosen) {
      const auto& b = in.similarity.content(c);
      size_t i = 0, j = 0, inter = 0;
      while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else ++inter, ++i, ++j;
      }
      double cosine = a.empty() || b.empty() ? 0 : inter / std::sqrt(double(a.size()) * b.size());
      if (cosine > max_overlap) {
        redundant = true;
        break;
      }
    }
    if (redundant) continue;
    chosen.push_back(s);
    used += cost;
  }
  return chosen;
}

}  // namespace precis
