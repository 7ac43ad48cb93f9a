#include "summarize/selection.h"


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

bool repeats_any(const SelectionInput& in, uint32_t s, const std::vector<uint32_t>& chosen,
                 double max_overlap) {
  for (uint32_t c : chosen) {
    if (in.similarity.set_cosine(s, c) > max_overlap) return true;
  }
  return false;
}

std::vector<uint32_t> fill_greedy(const SelectionInput& in, const std::vector<uint32_t>& ranked,
                                  double max_overlap) {
  std::vector<uint32_t> chosen;
  size_t used = 0;
  for (uint32_t s : ranked) {
    size_t cost = in.budget.cost(in.table.sentences[s]);
    if (used + cost > in.budget.capacity() || repeats_any(in, s, chosen, max_overlap)) continue;
    chosen.push_back(s);
    used += cost;
  }
  return chosen;
}

}  // namespace precis
