// Lead baseline: the opening sentences of the articles, taken in turns (first sentence of each
// article in publication order, then the second ones, ...), as DUC's lead baselines do.
#include <algorithm>
#include <numeric>
#include <tuple>

#include "summarize/selection.h"

namespace precis {

std::vector<uint32_t> select_lead(const SelectionInput& in) {
  std::vector<uint32_t> cands = candidate_sentences(in.table, in.budget);
  // Rank of a sentence among the candidates of its own article.
  std::vector<uint32_t> rank_in_article(in.table.sentences.size(), 0);
  std::vector<uint32_t> seen(in.table.article_order.size(), 0);
  for (uint32_t s : cands) rank_in_article[s] = seen[in.table.sentences[s].article]++;
  std::stable_sort(cands.begin(), cands.end(), [&](uint32_t a, uint32_t b) {
    const auto& x = in.table.sentences[a];
    const auto& y = in.table.sentences[b];
    return std::make_tuple(rank_in_article[a], in.table.article_order[x.article], x.article) <
           std::make_tuple(rank_in_article[b], in.table.article_order[y.article], y.article);
  });
  return fill_greedy(in, cands, 0.7);
}

}  // namespace precis
