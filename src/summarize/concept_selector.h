// Concept-coverage summaries (Gillick & Favre 2009, "A scalable global model for
// summarization"; weights and pruning after Boudin, Mougard & Favre 2015, "Concept-based
// summarization using integer linear programming: from concept pruning to multiple optimal
// solutions").
//
// Concepts are stem bigrams that are not made of two stopwords; a concept's weight is the
// number of articles that use it, and concepts used by fewer than `min_df` articles are
// pruned. The summary maximises the total weight of the concepts it covers, each counted once
// (so redundancy does not pay), under the length budget. Solved exactly as an integer linear
// program with GLPK's branch-and-cut.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "summarize/selection.h"

namespace precis {

struct ConceptOptions {
  // Minimum document frequency of a concept; 0 = automatic: 3 for clusters of 8+ articles,
  // 2 for 2 to 7, 1 for a single article (then weights are occurrence counts).
  uint32_t min_df = 0;
  // A concept gains `lead_weight` for every article that uses it in its first `lead_sentences`
  // sentences (news put the key facts first; position is the strongest single feature of news
  // summarization, e.g. Hong & Nenkova 2014). 0 disables. Chosen on DUC 2003 (dev):
  // docs/summarize.md.
  uint32_t lead_sentences = 1;
  double lead_weight = 1.0;
  // Extra weight factor for concepts that contain a query stem (query-focused summaries).
  double query_boost = 2.0;
  // "search": precis's exact branch and bound (coverage_search.h), the default;
  // "glpk": the same model as an ILP solved by GLPK (slower; kept to cross-check).
  std::string solver = "search";
  // Branch-and-bound nodes before the search stops with the best solution found so far
  // (deterministic, unlike a time limit). Measured on the dev sets: DUC 2003 (100 words) gives
  // identical ROUGE with 2,000 and 50,000 nodes; DUC 2006 (250 words) within 0.1 ROUGE-2,
  // at a tenth of the time.
  uint64_t node_limit = 5000;
  // GLPK time limit per cluster (ms); the best solution found so far is used past it.
  int time_limit_ms = 5000;
};

struct ConceptProblem {
  std::vector<uint32_t> sentences;                  // candidate sentence ids
  std::vector<double> weight;                       // per concept
  std::vector<std::vector<uint32_t>> concepts_of;   // per candidate: concept indices
};

// Builds concepts and weights over the table; only candidates with a concept are kept.
ConceptProblem build_concept_problem(const SelectionInput& in, const ConceptOptions& options);

// Exact reductions (dominated sentences, merged concepts, single-use concepts folded into
// sentence weights); `sentence_bonus` receives the folded weights.
ConceptProblem reduce_concept_problem(const ConceptProblem& problem, const SelectionInput& in,
                                      std::vector<double>* sentence_bonus);

// Exact solution with options.solver; returns chosen sentence ids.
std::vector<uint32_t> solve_concept_ilp(const ConceptProblem& problem, const SelectionInput& in,
                                        const ConceptOptions& options);

}  // namespace precis
