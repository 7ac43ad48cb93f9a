#include "summarize/concept_selector.h"

#include <glpk.h>

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "summarize/coverage_search.h"

namespace precis {

namespace {

uint64_t bigram_key(uint32_t a, uint32_t b) { return (uint64_t(a) << 32) | b; }

uint32_t automatic_min_df(size_t articles) { return articles >= 8 ? 3 : articles >= 2 ? 2 : 1; }

}  // namespace

ConceptProblem build_concept_problem(const SelectionInput& in, const ConceptOptions& options) {
  const SentenceTable& table = in.table;
  uint32_t min_df = options.min_df ? options.min_df : automatic_min_df(table.articles_with_text);
  // Small clusters (the automatic df 2: 2-7 articles) also keep the bigrams of each article's
  // first sentence: with two articles, "shared by both" alone keeps only what one quotes from
  // the other, while news puts its key facts first.
  const bool lead_concepts = options.min_df == 0 && min_df == 2;
  // Document frequency (and occurrence counts, used when every concept would have df 1).
  std::unordered_map<uint64_t, uint32_t> df, tf;
  std::unordered_map<uint64_t, uint32_t> last_article;
  // Bigrams made only of stopwords ("of the") are not concepts.
  auto skip = [&](uint32_t k) { return table.stops[k] && table.stops[k + 1]; };
  // Articles that use a concept in their opening sentences (news put the key facts first).
  std::unordered_map<uint64_t, double> lead_uses;
  for (const SentenceInfo& s : table.sentences) {
    for (uint32_t k = s.terms_begin; k + 1 < s.terms_end; ++k) {
      if (skip(k)) continue;
      uint64_t key = bigram_key(table.terms[k], table.terms[k + 1]);
      if (s.position < options.lead_sentences) lead_uses[key] += 1;
      ++tf[key];
      auto [it, fresh] = last_article.try_emplace(key, s.article);
      if (fresh || it->second != s.article) {
        it->second = s.article;
        ++df[key];
      }
    }
  }
  std::unordered_set<uint32_t> query(in.query_terms.begin(), in.query_terms.end());
  ConceptProblem p;
  std::unordered_map<uint64_t, uint32_t> index;
  std::vector<uint32_t> cands = candidate_sentences(table, in.budget);
  for (uint32_t s : cands) {
    const SentenceInfo& info = table.sentences[s];
    std::vector<uint32_t> mine;
    for (uint32_t k = info.terms_begin; k + 1 < info.terms_end; ++k) {
      if (skip(k)) continue;
      uint32_t a = table.terms[k], b = table.terms[k + 1];
      uint64_t key = bigram_key(a, b);
      uint32_t d = df[key];
      auto lead = lead_uses.find(key);
      if (d < min_df && !(lead_concepts && lead != lead_uses.end())) continue;
      auto [it, fresh] = index.try_emplace(key, static_cast<uint32_t>(p.weight.size()));
      if (fresh) {
        double w = min_df <= 1 ? tf[key] : d;
        if (lead != lead_uses.end()) {
          w += options.lead_weight * lead->second;
        }
        if (!query.empty() && (query.count(a) || query.count(b))) w *= 1.0 + options.query_boost;
        p.weight.push_back(w);
      }
      mine.push_back(it->second);
    }
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    if (mine.empty()) continue;
    p.sentences.push_back(s);
    p.concepts_of.push_back(std::move(mine));
  }
  return p;
}

// Exact reductions that shrink the ILP without changing its optimum:
// 1. a sentence whose concepts are a subset of a no-longer sentence's is dominated: drop it;
// 2. concepts used by exactly the same candidate sentences act as one: merge their weights;
// 3. a concept found in only one candidate is covered iff that sentence is chosen: its weight
//    moves into the sentence's objective and the concept variable disappears.
ConceptProblem reduce_concept_problem(const ConceptProblem& p, const SelectionInput& in,
                                      std::vector<double>* sentence_bonus) {
  size_t ns = p.sentences.size();
  std::vector<bool> keep(ns, true);
  std::vector<size_t> cost(ns);
  for (size_t j = 0; j < ns; ++j) cost[j] = in.budget.cost(in.table.sentences[p.sentences[j]]);
  // Index: concept -> candidates, to find supersets quickly.
  std::vector<std::vector<uint32_t>> users(p.weight.size());
  for (size_t j = 0; j < ns; ++j) {
    for (uint32_t i : p.concepts_of[j]) users[i].push_back(static_cast<uint32_t>(j));
  }
  for (size_t j = 0; j < ns; ++j) {
    const auto& mine = p.concepts_of[j];
    // Supersets of j must contain j's rarest concept.
    uint32_t rarest = mine[0];
    for (uint32_t i : mine) {
      if (users[i].size() < users[rarest].size()) rarest = i;
    }
    for (uint32_t k : users[rarest]) {
      if (k == j || !keep[k] || cost[k] > cost[j]) continue;
      const auto& theirs = p.concepts_of[k];
      if (theirs.size() < mine.size()) continue;
      if (!std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())) continue;
      // Equal sets and equal costs: keep the earlier one only.
      if (theirs.size() == mine.size() && cost[k] == cost[j] && k > j) continue;
      keep[j] = false;
      break;
    }
  }
  // Group concepts by the set of kept sentences using them.
  std::map<std::vector<uint32_t>, double> groups;
  for (size_t i = 0; i < p.weight.size(); ++i) {
    std::vector<uint32_t> set;
    for (uint32_t j : users[i]) {
      if (keep[j]) set.push_back(j);
    }
    if (!set.empty()) groups[set] += p.weight[i];
  }
  ConceptProblem r;
  std::vector<int64_t> new_index(ns, -1);
  for (size_t j = 0; j < ns; ++j) {
    if (!keep[j]) continue;
    new_index[j] = static_cast<int64_t>(r.sentences.size());
    r.sentences.push_back(p.sentences[j]);
    r.concepts_of.emplace_back();
  }
  sentence_bonus->assign(r.sentences.size(), 0);
  for (const auto& [set, w] : groups) {
    if (set.size() == 1) {
      (*sentence_bonus)[new_index[set[0]]] += w;
      continue;
    }
    uint32_t id = static_cast<uint32_t>(r.weight.size());
    r.weight.push_back(w);
    for (uint32_t j : set) r.concepts_of[new_index[j]].push_back(id);
  }
  return r;
}

namespace {

// A tiny preference for earlier sentences breaks ties the same way in both solvers.
double position_tiebreak(const SelectionInput& in, uint32_t sentence, size_t candidates) {
  return -1e-4 * (1.0 + in.table.sentences[sentence].position) / (1.0 + candidates);
}

std::vector<uint32_t> solve_with_search(const ConceptProblem& p, const std::vector<double>& bonus,
                                        const SelectionInput& in, const ConceptOptions& options) {
  CoverageProblem cp;
  cp.element_weight = p.weight;
  cp.capacity = in.budget.capacity();
  for (size_t j = 0; j < p.sentences.size(); ++j) {
    cp.item_weight.push_back(bonus[j] + position_tiebreak(in, p.sentences[j], p.sentences.size()));
    cp.item_cost.push_back(
        static_cast<uint32_t>(in.budget.cost(in.table.sentences[p.sentences[j]])));
    cp.item_elements.push_back(p.concepts_of[j]);
  }
  CoverageSolution sol = solve_max_coverage(cp, options.node_limit);
  std::vector<uint32_t> out;
  for (uint32_t j : sol.items) out.push_back(p.sentences[j]);
  return out;
}

std::vector<uint32_t> solve_with_glpk(const ConceptProblem& p, const std::vector<double>& bonus,
                                      const SelectionInput& in, const ConceptOptions& options) {
  size_t ns = p.sentences.size(), nc = p.weight.size();
  if (ns == 0) return {};
  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  // Columns 1..nc: concepts; nc+1..nc+ns: sentences.
  glp_add_cols(lp, static_cast<int>(nc + ns));
  for (size_t i = 0; i < nc; ++i) {
    glp_set_col_kind(lp, static_cast<int>(i + 1), GLP_BV);
    glp_set_obj_coef(lp, static_cast<int>(i + 1), p.weight[i]);
  }
  for (size_t j = 0; j < ns; ++j) {
    int col = static_cast<int>(nc + j + 1);
    glp_set_col_kind(lp, col, GLP_BV);
    // A tiny preference for earlier sentences breaks ties deterministically.
    glp_set_obj_coef(lp, col, bonus[j] + position_tiebreak(in, p.sentences[j], ns));
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  int row = 0;
  // Budget: sum of sentence lengths <= capacity.
  glp_add_rows(lp, 1);
  ++row;
  glp_set_row_bnds(lp, row, GLP_UP, 0, static_cast<double>(in.budget.capacity()));
  for (size_t j = 0; j < ns; ++j) {
    ia.push_back(row);
    ja.push_back(static_cast<int>(nc + j + 1));
    ar.push_back(static_cast<double>(in.budget.cost(in.table.sentences[p.sentences[j]])));
  }
  // A sentence brings all its concepts: s_j <= c_i.
  std::vector<std::vector<uint32_t>> sentences_of(nc);
  for (size_t j = 0; j < ns; ++j) {
    for (uint32_t i : p.concepts_of[j]) {
      sentences_of[i].push_back(static_cast<uint32_t>(j));
      glp_add_rows(lp, 1);
      ++row;
      glp_set_row_bnds(lp, row, GLP_UP, 0, 0);
      ia.push_back(row), ja.push_back(static_cast<int>(nc + j + 1)), ar.push_back(1);
      ia.push_back(row), ja.push_back(static_cast<int>(i + 1)), ar.push_back(-1);
    }
  }
  // A concept counts only when a chosen sentence has it: sum_j s_j - c_i >= 0.
  for (size_t i = 0; i < nc; ++i) {
    glp_add_rows(lp, 1);
    ++row;
    glp_set_row_bnds(lp, row, GLP_LO, 0, 0);
    for (uint32_t j : sentences_of[i]) {
      ia.push_back(row), ja.push_back(static_cast<int>(nc + j + 1)), ar.push_back(1);
    }
    ia.push_back(row), ja.push_back(static_cast<int>(i + 1)), ar.push_back(-1);
  }
  glp_load_matrix(lp, static_cast<int>(ia.size() - 1), ia.data(), ja.data(), ar.data());
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = options.time_limit_ms;
  int rc = glp_intopt(lp, &parm);
  std::vector<uint32_t> chosen;
  int status = glp_mip_status(lp);
  if (rc == 0 || status == GLP_FEAS || status == GLP_OPT) {
    for (size_t j = 0; j < ns; ++j) {
      if (glp_mip_col_val(lp, static_cast<int>(nc + j + 1)) > 0.5) chosen.push_back(p.sentences[j]);
    }
  }
  glp_delete_prob(lp);
  return chosen;
}

}  // namespace

std::vector<uint32_t> solve_concept_ilp(const ConceptProblem& full, const SelectionInput& in,
                                        const ConceptOptions& options) {
  std::vector<double> bonus;
  ConceptProblem p = reduce_concept_problem(full, in, &bonus);
  if (p.sentences.empty()) return {};
  return options.solver == "glpk" ? solve_with_glpk(p, bonus, in, options)
                                  : solve_with_search(p, bonus, in, options);
}

std::vector<uint32_t> select_concepts(const SelectionInput& in) {
  ConceptOptions options;
  options.solver = in.solver;
  ConceptProblem p = build_concept_problem(in, options);
  std::vector<uint32_t> chosen = solve_concept_ilp(p, in, options);
  // Budget the concepts could not use (few shared concepts, e.g. two-article clusters) is
  // filled with the centroid method's best remaining sentences.
  size_t used = 0;
  for (uint32_t s : chosen) used += in.budget.cost(in.table.sentences[s]);
  if (used < in.budget.capacity()) {
    std::vector<uint32_t> ranked = chosen;
    for (uint32_t s : rank_by_centroid(in)) {
      if (std::find(chosen.begin(), chosen.end(), s) == chosen.end()) ranked.push_back(s);
    }
    chosen = fill_greedy(in, ranked, 0.5);
  }
  return chosen;
}

}  // namespace precis
