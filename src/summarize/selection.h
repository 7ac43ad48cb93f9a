// What every summary method shares: the budget, the candidate sentences, and the signature of
// a selector. A selector returns sentence indices whose total length fits the budget, best
// first; ordering for reading is done afterwards (summary_order.h).
#pragma once

#include <cstdint>
#include <vector>

#include "precis/summarize.h"
#include "summarize/duplicate_sentences.h"
#include "summarize/sentence_table.h"

namespace precis {

struct Budget {
  SummarizeOptions::Unit unit = SummarizeOptions::Unit::kWords;
  size_t limit = 100;
  // Length a sentence adds to a summary: its words, or its bytes plus a joining space.
  size_t cost(const SentenceInfo& s) const {
    return unit == SummarizeOptions::Unit::kWords ? s.words : s.bytes + 1;
  }
  size_t capacity() const { return unit == SummarizeOptions::Unit::kWords ? limit : limit + 1; }
};

// Sentences a method may choose: selectable, not a duplicate of another, and shorter than the
// whole budget.
std::vector<uint32_t> candidate_sentences(const SentenceTable& table, const Budget& budget);

// Inputs shared by all selectors.
struct SelectionInput {
  const SentenceTable& table;
  const SentenceSimilarity& similarity;
  Budget budget;
  std::vector<uint32_t> query_terms;  // stem ids of the query (empty for generic summaries)
  std::string solver = "search";      // concept method's solver
};

std::vector<uint32_t> select_lead(const SelectionInput& in);
std::vector<uint32_t> select_centroid(const SelectionInput& in);
// Every candidate, best first by the centroid score (no redundancy filter, no budget).
std::vector<uint32_t> rank_by_centroid(const SelectionInput& in);
std::vector<uint32_t> select_lexrank(const SelectionInput& in);
std::vector<uint32_t> select_concepts(const SelectionInput& in);

// True when sentence s repeats one of `chosen`: the cosine of their content-stem sets is above
// `max_overlap`.
bool repeats_any(const SelectionInput& in, uint32_t s, const std::vector<uint32_t>& chosen,
                 double max_overlap);

// Greedy fill in ranked order: takes each sentence that fits and does not repeat one already
// taken (repeats_any).
std::vector<uint32_t> fill_greedy(const SelectionInput& in, const std::vector<uint32_t>& ranked,
                                  double max_overlap);

}  // namespace precis
