#include "eval/rouge/rouge_lcs.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

using Sentence = std::vector<uint32_t>;

std::vector<uint32_t> flatten(const std::vector<Sentence>& sentences) {
  std::vector<uint32_t> all;
  for (const auto& s : sentences) all.insert(all.end(), s.begin(), s.end());
  return all;
}

// Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
// LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5; the union w1 w2 w3 w5 gives 4 hits.
TEST(UnionLcsTest, PaperExample) {
  std::vector<Sentence> model = {{1, 2, 3, 4, 5}};
  std::vector<Sentence> peer = {{1, 2, 6, 7, 8}, {1, 3, 8, 9, 5}};
  UnionLcs lcs;
  EXPECT_EQ(lcs.hits(model, peer, flatten(model), flatten(peer)), 4u);
}

TEST(UnionLcsTest, HitsAreClippedByUnigramCounts) {
  // The union has w1 twice (two model sentences), but the peer holds w1 once.
  std::vector<Sentence> model = {{1, 2}, {1, 3}};
  std::vector<Sentence> peer = {{1, 2, 3}};
  UnionLcs lcs;
  // Union words w1 w2 w1 w3; w1 counts once (the peer has one): 3 hits.
  EXPECT_EQ(lcs.hits(model, peer, flatten(model), flatten(peer)), 3u);
  // Clipping words: when the peer's clipping list lacks w3, only w1 w2 count.
  EXPECT_EQ(lcs.hits(model, peer, flatten(model), {1, 2}), 2u);
}

TEST(UnionLcsTest, EmptyTexts) {
  UnionLcs lcs;
  EXPECT_EQ(lcs.hits({}, {{1}}, {}, {1}), 0u);
  EXPECT_EQ(lcs.hits({{1}}, {}, {1}, {}), 0u);
  EXPECT_EQ(lcs.hits({{}}, {{}}, {}, {}), 0u);
}

}  // namespace
}  // namespace precis::rouge
