// Summary-level union LCS for ROUGE-L (Lin 2004, "ROUGE: A Package for Automatic Evaluation of
// Summaries", section 3.2), as ROUGE-1.5.5 computes it.
//
// For each model (reference) sentence r_i, the positions of r_i on a longest common subsequence
// with each peer sentence are collected, and their union LCS_U(r_i, C) taken. A union position
// holding word w is a hit while w is still unused in both the peer and the model (unigram counts
// of the whole texts); each hit uses one w on both sides. The hit total is therefore, per word,
// min(union occurrences, peer count, model count).
//
// Which LCS is marked matters for the union. ROUGE-1.5.5 fills the classic table (Cormen et al.)
// and prefers "up" (drop the model word) over "left" on ties when tracing back; we do the same.
// Cost: O(|model| x |peer|) time per model, with buffers reused between calls.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::rouge {

class UnionLcs {
 public:
  // model_sentences/peer_sentences: word ids per sentence (ROUGE-L's reading of the texts);
  // model_words/peer_words: all word ids of each text that the hits are clipped by.
  size_t hits(const std::vector<std::vector<uint32_t>>& model_sentences,
              const std::vector<std::vector<uint32_t>>& peer_sentences,
              const std::vector<uint32_t>& model_words, const std::vector<uint32_t>& peer_words);

 private:
  // Marks in in_union_ the positions of `model` on the LCS with `peer`.
  void mark_lcs(const std::vector<uint32_t>& model, const std::vector<uint32_t>& peer);

  std::vector<uint32_t> length_;    // (m+1) x (n+1) LCS lengths, row-major
  std::vector<uint8_t> direction_;  // traceback moves, same layout
  std::vector<uint8_t> in_union_;   // per model position
};

}  // namespace precis::rouge
