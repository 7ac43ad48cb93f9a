#include "summarize/concept_selector.h"

#include <glpk.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace precis {

namespace {

uint64_t bigram_key(uint32_t a, uint32_t b) { return (uint64_t(a) << 32) | b; }

uint32_t automatic_min_df(size_t articles) { return articles >= 8 ? 3 : articles >= 3 ? 2 : 1; }

}  // namespace

ConceptProblem build_concept_problem(const SelectionInput& in, const ConceptOptions& options) {
  const SentenceTable& table = in.table;
  uint32_t min_df = options.min_df ? options.min_df : automatic_min_df(table.articles_with_text);
  // Document frequency (and occurrence counts, used when every concept would have df 1).
  std::unordered_map<uint64_t, uint32_t> df, tf;
  std::unordered_map<uint64_t, uint32_t> last_article;
  for (const SentenceInfo& s : table.sentences) {
    for (uint32_t k = s.terms_begin; k + 1 < s.terms_end; ++k) {
      if (table.stops[k] && table.stops[k + 1]) continue;
      uint64_t key = bigram_key(table.terms[k], table.terms[k + 1]);
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
      if (table.stops[k] && table.stops[k + 1]) continue;
      uint32_t a = table.terms[k], b = table.terms[k + 1];
      uint64_t key = bigram_key(a, b);
      uint32_t d = df[key];
      if (d < min_df) continue;
      auto [it, fresh] = index.try_emplace(key, static_cast<uint32_t>(p.weight.size()));
      if (fresh) {
        double w = min_df <= 1 ? tf[key] : d;
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

std::vector<uint32_t> solve_concept_ilp(const ConceptProblem& p, const SelectionInput& in,
                                        const ConceptOptions& options) {
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
    const SentenceInfo& info = in.table.sentences[p.sentences[j]];
    glp_set_obj_coef(lp, col, -1e-4 * (1.0 + info.position) / (1.0 + ns));
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

std::vector<uint32_t> select_concepts(const SelectionInput& in) {
  ConceptOptions options;
  ConceptProblem p = build_concept_problem(in, options);
  std::vector<uint32_t> chosen = solve_concept_ilp(p, in, options);
  if (chosen.empty()) chosen = select_centroid(in);  // no shared concepts: fall back
  return chosen;
}

}  // namespace precis
