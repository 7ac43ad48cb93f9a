// summarize(): the shared pipeline of every method: sentence table -> near-duplicates ->
// selection under the budget -> reading order -> cited sentences.
#include "summarize/summarizer.h"

#include <algorithm>
#include <tuple>

#include "precis/summarize.h"
#include "summarize/duplicate_sentences.h"
#include "summarize/selection.h"
#include "summarize/sentence_table.h"
#include "text/text_analyzer.h"
#include "text/utf8.h"

namespace precis {
namespace {

using Selector = std::vector<uint32_t> (*)(const SelectionInput&);

Selector selector_for(const std::string& method) {
  if (method == "concept") return select_concepts;
  if (method == "lexrank") return select_lexrank;
  if (method == "centroid") return select_centroid;
  if (method == "lead") return select_lead;
  return nullptr;
}

std::vector<uint32_t> query_stems(const std::string& query, const std::string& lang,
                                  SentenceTable& table) {
  if (query.empty()) return {};
  TextAnalyzer analyzer(lang);
  std::vector<Term> terms;
  // Interning query stems into the cluster vocabulary: stems the cluster never uses get ids
  // that no sentence has, which is harmless.
  analyzer.analyze(query, 0, query.size(), table.vocab, &terms);
  std::vector<uint32_t> out;
  for (const Term& t : terms) {
    if (!t.stop) out.push_back(t.id);
  }
  return out;
}

// The first `words` words (or `bytes` bytes, at a UTF-8 boundary) of text, ending in "...".
std::string cut_text(const std::string& text, SummarizeOptions::Unit unit, size_t room) {
  size_t end = 0;
  if (unit == SummarizeOptions::Unit::kWords) {
    size_t words = 0;
    bool in = false;
    for (size_t i = 0; i < text.size(); ++i) {
      bool space = text[i] == ' ';
      if (!space && !in && ++words > room) break;
      in = !space;
      end = i + 1;
    }
  } else {
    if (room <= 3) return "";
    end = utf8_prefix_end(text, room - 3);
  }
  std::string out = text.substr(0, end);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? out : out + "...";
}

size_t count_words(const std::string& s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

}  // namespace

const std::vector<std::string>& summarize_methods() {
  static const std::vector<std::string> kMethods{"concept", "lexrank", "centroid", "lead"};
  return kMethods;
}

Status summarize(const Cluster& cluster, const SummarizeOptions& options, Summary* summary) {
  return summarize(cluster, {}, options, summary);
}

Status summarize(const Cluster& cluster, const std::vector<CleanedText>& cleaned,
                 const SummarizeOptions& options, Summary* summary) {
  *summary = Summary{};
  summary->id = cluster.id;
  summary->method = options.method;
  Selector select = selector_for(options.method);
  if (!select) return Status::InvalidInput("unknown method \"" + options.method + "\"");
  if (options.budget == 0) return Status::InvalidInput("the budget must be positive");
  if (options.solver != "search" && options.solver != "glpk") {
    return Status::InvalidInput("unknown solver \"" + options.solver + "\"");
  }
  if (cluster.articles.empty()) return Status::InvalidInput("cluster has no articles");
  SentenceTable table =
      build_sentence_table(cluster, options, TableOptions{},
                           cleaned.size() == cluster.articles.size() ? &cleaned : nullptr);
  summary->warnings = table.warnings;
  if (table.articles_with_text == 0) return Status::InvalidInput("no article has text");
  SentenceSimilarity similarity(table);
  // The concept method chooses among distinct sentences only; the others avoid repeats with
  // their own redundancy check, and duplicates are still cited below.
  if (options.method == "concept") similarity.mark_duplicates();
  std::string lang = !cluster.lang.empty()           ? cluster.lang
                     : !cluster.articles[0].lang.empty() ? cluster.articles[0].lang
                     : !options.default_lang.empty()     ? options.default_lang
                                                         : "en";
  SelectionInput in{table, similarity, Budget{options.unit, options.budget},
                    query_stems(options.query.empty() ? cluster.query : options.query, lang, table),
                    options.solver};
  std::vector<uint32_t> chosen = select(in);

  // Reading order: by article time (input order when unknown), then position.
  auto order_key = [&](uint32_t s) {
    const SentenceInfo& i = table.sentences[s];
    return std::make_tuple(table.article_order[i.article], i.article, i.position);
  };
  std::sort(chosen.begin(), chosen.end(),
            [&](uint32_t a, uint32_t b) { return order_key(a) < order_key(b); });

  size_t used = 0;
  for (uint32_t s : chosen) used += in.budget.cost(table.sentences[s]);
  auto add_sentence = [&](uint32_t s, std::string text) {
    SummarySentence out;
    out.text = std::move(text);
    auto cite = [&](uint32_t id) {
      const SentenceInfo& i = table.sentences[id];
      out.cites.push_back(
          {cluster.articles[i.article].id, i.article, i.position, i.begin, i.end});
    };
    cite(s);
    for (uint32_t other : similarity.supporters(s)) cite(other);
    summary->sentences.push_back(std::move(out));
  };
  for (uint32_t s : chosen) add_sentence(s, sentence_text(cluster, table.sentences[s]));

  // Optional cut last sentence: the best-ranked sentence that did not fit, cut to the room left.
  if (options.truncate_last && used + 1 < in.budget.capacity()) {
    // Candidates cut to fit are ranked without the budget filter.
    SelectionInput unbounded = in;
    unbounded.budget.limit = SIZE_MAX / 4;
    for (uint32_t s : rank_by_centroid(unbounded)) {
      if (std::find(chosen.begin(), chosen.end(), s) != chosen.end()) continue;
      if (repeats_any(in, s, chosen, 0.5)) continue;  // repeats what the summary says
      size_t room = in.budget.capacity() - used - (options.unit == SummarizeOptions::Unit::kBytes);
      std::string cut = cut_text(sentence_text(cluster, table.sentences[s]), options.unit, room);
      if (!cut.empty()) add_sentence(s, std::move(cut));
      break;
    }
  }
  for (const auto& s : summary->sentences) {
    summary->words += count_words(s.text);
    summary->bytes += s.text.size() + (summary->bytes ? 1 : 0);
  }
  return Status::Ok();
}

}  // namespace precis
