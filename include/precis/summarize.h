// precis/summarize.h: cited multi-document extractive summaries of a cluster of articles.
//
// summarize() picks whole sentences from the articles of one cluster under a word or byte
// budget. Every chosen sentence cites the article it was taken from first, then every other
// article that says the same thing (near-duplicate sentences), with byte offsets into
// Article::text. Thread-safe: call it from several threads on different clusters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/status.h"

namespace precis {

struct SummarizeOptions {
  enum class Unit { kWords, kBytes };
  // The budget, DUC style: whole sentences whose total stays within it.
  Unit unit = Unit::kWords;
  size_t budget = 100;
  // When true, a last sentence that does not fit is cut at the budget and ends in "..."
  // (DUC's truncating convention; the cut sentence still cites its sources). Default false:
  // whole sentences only, never more than the budget.
  bool truncate_last = false;
  // "concept" (default: bigram concept coverage, exact ILP; Gillick & Favre 2009),
  // "lexrank" (Erkan & Radev 2004), "centroid" (Radev et al. 2004), "lead".
  std::string method = "concept";
  // Solver of the concept method: "search" (precis's exact branch and bound, default) or
  // "glpk" (the same model as an integer linear program, solved by GLPK).
  std::string solver = "search";
  // Query-focused summaries: sentences about these words are preferred. "" = the cluster's
  // own query (Cluster::query), if any; else a generic summary.
  std::string query;
  // "What's new since": only sentences from articles published after this time (seconds since
  // epoch) may be chosen; older articles still count as context (what is already known).
  std::optional<int64_t> since;
  // Language used when an article has none ("" = detect per article, then "en").
  std::string default_lang;
};

struct Citation {
  std::string doc;        // Article::id
  size_t article = 0;     // index of the article in the cluster
  uint32_t sentence = 0;  // sentence number within the article (0-based)
  uint32_t start = 0;     // byte span of the sentence in Article::text
  uint32_t end = 0;
};

struct SummarySentence {
  std::string text;              // the sentence as it appears in its first source
  std::vector<Citation> cites;   // first source, then other articles saying the same
};

struct Summary {
  std::string id;      // Cluster::id
  std::string method;  // method used
  size_t words = 0;    // words in the summary (white-space separated)
  size_t bytes = 0;    // bytes of the sentences joined by single spaces
  std::vector<SummarySentence> sentences;  // in reading order
  std::vector<std::string> warnings;       // e.g. "article 3 has no text"
};

// Summarizes one cluster. Fails (InvalidInput) only when options are invalid or the cluster has
// no usable text; individual bad articles become warnings.
Status summarize(const Cluster& cluster, const SummarizeOptions& options, Summary* summary);

// The method names summarize() accepts.
const std::vector<std::string>& summarize_methods();

}  // namespace precis
