// Near-duplicate sentences across (and within) articles.
//
// Two sentences are duplicates when the Jaccard similarity of their content-stem sets is at
// least `duplicate_jaccard`: the same sentence republished, lightly edited. The earliest copy
// (article time, then input order, then position) represents the group; the others get
// SentenceInfo::duplicate_of and are never selected. Candidates come from an inverted index on
// each sentence's rarest terms (prefix filtering, Chaudhuri et al. 2006; Bayardo et al. 2007),
// so the cost grows with the number of similar pairs, not with the square of the sentences.
#pragma once

#include <span>
#include <vector>

#include "summarize/sentence_table.h"

namespace precis {

struct DuplicateOptions {
  double duplicate_jaccard = 0.6;
  // A sentence of another article supports a chosen one when it contains at least this share
  // of the chosen sentence's content stems (it says the same thing, perhaps with more), or
  // when at least `part_containment` of its own content stems (and `min_part_terms` or more)
  // are in the chosen sentence (it says part of it: the statement a story quotes).
  double support_containment = 0.7;
  double part_containment = 0.85;
  size_t min_part_terms = 5;
};

class SentenceSimilarity {
 public:
  SentenceSimilarity(SentenceTable& table, const DuplicateOptions& options = {});
  // Marks duplicates in the table (SentenceInfo::duplicate_of). Builds the inverted index on
  // first use; methods that control redundancy themselves skip it.
  void mark_duplicates();
  // For sentence s: the best supporting sentence of every other article, ordered by article
  // order key; includes its duplicates.
  std::vector<uint32_t> supporters(uint32_t s) const;
  // Content-stem set of a sentence (sorted unique ids).
  std::span<const uint32_t> content(uint32_t s) const {
    return {content_terms_.data() + content_begin_[s], content_begin_[s + 1] - content_begin_[s]};
  }
  // Cosine of the content-stem sets of two sentences (binary weights); 0 when one is empty.
  double set_cosine(uint32_t a, uint32_t b) const;

 private:
  void build_index();
  std::vector<uint32_t> candidates(uint32_t s, size_t prefix) const;
  static size_t intersection(std::span<const uint32_t> a, std::span<const uint32_t> b);
  SentenceTable& table_;
  DuplicateOptions options_;
  // Content-stem sets of all sentences, one after another (sentence s: content_begin_[s] to
  // content_begin_[s + 1]): one array instead of a vector per sentence.
  std::vector<uint32_t> content_terms_;
  std::vector<uint32_t> content_begin_;
  std::vector<std::vector<uint32_t>> postings_;  // per term id: sentences containing it
  std::vector<std::vector<uint32_t>> rare_;      // per sentence: content terms, rarest first
};

}  // namespace precis
