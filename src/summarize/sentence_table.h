// SentenceTable: every sentence of a cluster with its terms, the shared input of all summary
// methods. Built once per cluster: clean each article (body spans only), split sentences,
// analyze terms with the article's language. Term ids are stems interned per cluster.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "clean/article_cleaner.h"
#include "precis/article.h"
#include "precis/summarize.h"
#include "text/vocabulary.h"

namespace precis {

// Position given to photo-caption sentences: after every prose sentence, never a lead.
inline constexpr uint32_t kCaptionPosition = 0xFFFFFFFFu;

struct SentenceInfo {
  uint32_t article;     // index in Cluster::articles
  uint32_t position;    // sentence number within the article's prose (0-based); captions: below
  uint32_t begin, end;  // byte span in the article text
  uint32_t words;       // white-space separated words of the display text
  uint32_t bytes;       // bytes of the display text
  uint32_t terms_begin, terms_end;  // range in SentenceTable::terms / stops
  bool selectable;            // may appear in a summary (long enough, a real sentence, not old)
  int32_t duplicate_of = -1;  // representative sentence when this one repeats another
};

struct SentenceTable {
  std::vector<SentenceInfo> sentences;
  std::vector<uint32_t> terms;  // stem ids of all sentences, concatenated
  std::vector<uint8_t> stops;   // 1 when the term is a stopword or number
  Vocabulary vocab;
  size_t articles_with_text = 0;
  std::vector<int64_t> article_order;  // sort key per article: time, or input order
  std::vector<std::string> warnings;
};

struct TableOptions {
  uint32_t min_words = 8;                    // shorter sentences are context only, never chosen
  uint32_t max_words = 80;                   // longer ones are likely run-ons or lists
  uint32_t max_sentences_per_article = 400;  // bounds time on very long articles
};

// `cleaned`, when given, is clean_text() of every article (same order); else each article is
// cleaned here.
SentenceTable build_sentence_table(const Cluster& cluster, const SummarizeOptions& options,
                                   const TableOptions& table_options = {},
                                   const std::vector<CleanedText>* cleaned = nullptr);

// The display text of a sentence: the span with Markdown emphasis and line breaks flattened.
std::string sentence_text(const Cluster& cluster, const SentenceInfo& s);

}  // namespace precis
