#include "summarize/lexrank_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace precis {
namespace {

using Vector = std::vector<std::pair<uint32_t, double>>;

// Random sparse vectors over a small vocabulary, so that many pairs share terms; some copies of
// earlier vectors (the ties LexRank meets when articles repeat a sentence) and some empty ones.
std::vector<Vector> random_vectors(std::mt19937& rng, size_t n, uint32_t vocab) {
  std::uniform_int_distribution<int> len(0, 9), weight(1, 40);
  std::uniform_int_distribution<uint32_t> term(0, vocab - 1);
  std::vector<Vector> out;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && rng() % 5 == 0) {
      out.push_back(out[rng() % i]);
      continue;
    }
    std::map<uint32_t, double> v;
    for (int k = len(rng); k > 0; --k) v[term(rng)] += weight(rng) / 7.0;
    out.push_back(Vector(v.begin(), v.end()));
  }
  return out;
}

SparseVectors pack(const std::vector<Vector>& vs) {
  SparseVectors out;
  for (const Vector& v : vs) out.add(v);
  return out;
}

// The straightforward graph: every pair, cosine by merging the two vectors, edges in the order
// pairs are met, degrees summed in that order.
struct PlainGraph {
  std::vector<std::vector<std::pair<uint32_t, double>>> adjacent;
  std::vector<double> degree;
};

PlainGraph plain_graph(const std::vector<Vector>& vs, double min_cosine) {
  size_t n = vs.size();
  PlainGraph g{std::vector<std::vector<std::pair<uint32_t, double>>>(n), std::vector<double>(n, 0)};
  auto norm = [](const Vector& v) {
    double s = 0;
    for (auto& [t, x] : v) s += x * x;
    return std::sqrt(s);
  };
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double dot = 0;
      bool shared = false;
      for (size_t a = 0, b = 0; a < vs[i].size() && b < vs[j].size();) {
        if (vs[i][a].first < vs[j][b].first) {
          ++a;
        } else if (vs[j][b].first < vs[i][a].first) {
          ++b;
        } else {
          dot += vs[i][a++].second * vs[j][b++].second;
          shared = true;
        }
      }
      if (!shared) continue;
      double c = dot / (norm(vs[i]) * norm(vs[j]));
      if (c <= min_cosine) continue;
      g.adjacent[i].push_back({static_cast<uint32_t>(j), c});
      g.adjacent[j].push_back({static_cast<uint32_t>(i), c});
    }
  }
  return g;
}

// The straightforward power iteration: every node pushes d * p[i] * c / degree[i] along each
// of its edges, nodes in increasing order.
std::vector<double> plain_walk(const PlainGraph& g, const std::vector<double>& degree,
                               const std::vector<double>& jump) {
  size_t n = jump.size();
  const double d = 0.85;
  std::vector<double> p(n, 1.0 / n), next(n);
  for (int iter = 0; iter < 100; ++iter) {
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (degree[i] == 0) dangling += p[i];
    }
    for (size_t i = 0; i < n; ++i) next[i] = (1 - d) * jump[i] + d * dangling / n;
    for (size_t i = 0; i < n; ++i) {
      for (auto& [j, c] : g.adjacent[i]) next[j] += d * p[i] * c / degree[i];
    }
    double delta = 0;
    for (size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - p[i]);
    p.swap(next);
    if (delta < 1e-7) break;
  }
  return p;
}

TEST(LexRankGraph, SameEdgesAsComparingEveryPair) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 50; ++trial) {
    auto vs = random_vectors(rng, 1 + rng() % 60, 25);
    SimilarityGraph g = build_similarity_graph(pack(vs), 25, 0.1);
    PlainGraph p = plain_graph(vs, 0.1);
    ASSERT_EQ(g.nodes(), vs.size());
    for (size_t i = 0; i < vs.size(); ++i) {
      std::vector<std::pair<uint32_t, double>> larger;
      for (auto& e : p.adjacent[i]) {
        if (e.first > i) larger.push_back(e);
      }
      std::vector<std::pair<uint32_t, double>> got;
      for (size_t k = g.row_begin[i]; k < g.row_begin[i + 1]; ++k) {
        got.push_back({g.edges[k].neighbor, g.edges[k].weight});
      }
      std::sort(larger.begin(), larger.end());
      EXPECT_EQ(got, larger) << "trial " << trial << " node " << i;  // exact weights, sorted row
    }
  }
}

TEST(LexRankGraph, DegreesSummedInTheOrderPairsAreFound) {
  // LexRank has always found the partners j > i of sentence i through an inverted index: i's
  // terms in increasing id order, each term's sentences in increasing order, a partner counted
  // when first met; the degrees add the cosines in that order. They must stay those numbers
  // exactly (the walk divides by them, and ties between copies depend on the last bit).
  std::mt19937 rng(11);
  for (int trial = 0; trial < 50; ++trial) {
    auto vs = random_vectors(rng, 1 + rng() % 60, 25);
    size_t n = vs.size();
    SimilarityGraph g = build_similarity_graph(pack(vs), 25, 0.01);
    PlainGraph p = plain_graph(vs, 0.01);
    std::vector<double> degree(n, 0);
    for (size_t i = 0; i < n; ++i) {
      std::vector<uint32_t> met;
      for (auto& [t, x] : vs[i]) {
        for (size_t j = i + 1; j < n; ++j) {
          bool has = false;
          for (auto& [u, y] : vs[j]) has = has || u == t;
          if (has && std::find(met.begin(), met.end(), j) == met.end()) met.push_back(j);
        }
      }
      for (uint32_t j : met) {
        for (auto& [k, c] : p.adjacent[i]) {
          if (k != j) continue;
          degree[i] += c;
          degree[j] += c;
        }
      }
    }
    for (size_t i = 0; i < n; ++i) EXPECT_EQ(g.degree[i], degree[i]) << "trial " << trial;
  }
}

TEST(LexRankGraph, WalkMatchesThePlainPowerIterationBitForBit) {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 40; ++trial) {
    auto vs = random_vectors(rng, 1 + rng() % 120, 30);
    SimilarityGraph g = build_similarity_graph(pack(vs), 30, 0.01);
    // LexRank's adjacency as the earlier code built it: rows in the order pairs were found,
    // with the degrees of the graph (checked above to be those sums).
    PlainGraph p;
    p.adjacent.resize(vs.size());
    for (size_t i = 0; i < vs.size(); ++i) {
      for (size_t k = g.row_begin[i]; k < g.row_begin[i + 1]; ++k) {
        p.adjacent[i].push_back({g.edges[k].neighbor, g.edges[k].weight});
        p.adjacent[g.edges[k].neighbor].push_back({static_cast<uint32_t>(i), g.edges[k].weight});
      }
    }
    std::vector<double> jump(vs.size());
    double sum = 0;
    for (double& j : jump) sum += j = 1 + rng() % 3;
    for (double& j : jump) j /= sum;
    std::vector<double> want = plain_walk(p, g.degree, jump);
    std::vector<double> got = random_walk_scores(g, jump);
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i], want[i]) << "trial " << trial << " node " << i;  // not NEAR: exact
    }
  }
}

TEST(LexRankGraph, CopiesOfASentenceScoreAlikeAndAboveLoners) {
  // Sentences 0, 1 and 3 say the same; 2 shares one word with them; 4 shares nothing.
  std::vector<Vector> vs = {{{1, 1.0}, {2, 2.0}, {5, 1.0}},
                            {{1, 1.0}, {2, 2.0}, {5, 1.0}},
                            {{2, 0.5}, {7, 3.0}},
                            {{1, 1.0}, {2, 2.0}, {5, 1.0}},
                            {{9, 1.0}}};
  SimilarityGraph g = build_similarity_graph(pack(vs), 10, 0.01);
  std::vector<double> jump(5, 0.2);
  std::vector<double> p = random_walk_scores(g, jump);
  EXPECT_EQ(g.row_begin[5] - g.row_begin[0], 6u);  // the triangle 0-1-3 and 2 with each of them
  EXPECT_EQ(g.degree[4], 0);
  EXPECT_NEAR(p[0], p[1], 1e-12);
  EXPECT_NEAR(p[0], p[3], 1e-12);
  EXPECT_GT(p[0], p[2]);
  EXPECT_GT(p[2], p[4]);
  double total = 0;
  for (double x : p) total += x;
  EXPECT_NEAR(total, 1.0, 1e-9);  // a distribution, dangling mass included
}

TEST(LexRankGraph, QueryJumpPullsScoreTowardsItsSentences) {
  // A chain 0-1-2-3: with a uniform jump the ends are alike; a jump that prefers 3 lifts it.
  std::vector<Vector> vs = {
      {{0, 1.0}, {1, 1.0}}, {{1, 1.0}, {2, 1.0}}, {{2, 1.0}, {3, 1.0}}, {{3, 1.0}, {4, 1.0}}};
  SimilarityGraph g = build_similarity_graph(pack(vs), 5, 0.01);
  std::vector<double> uniform = random_walk_scores(g, {0.25, 0.25, 0.25, 0.25});
  EXPECT_NEAR(uniform[0], uniform[3], 1e-12);
  std::vector<double> biased = random_walk_scores(g, {0.1, 0.1, 0.1, 0.7});
  EXPECT_GT(biased[3], biased[0] + 0.1);
}

TEST(LexRankGraph, EmptyAndEdgelessInputs) {
  SimilarityGraph none = build_similarity_graph(SparseVectors{}, 0, 0.01);
  EXPECT_EQ(none.nodes(), 0u);
  EXPECT_TRUE(random_walk_scores(none, {}).empty());
  // Two sentences without content words: no edges, all mass dangling, scores from the jump.
  SimilarityGraph empty = build_similarity_graph(pack({{}, {}}), 3, 0.01);
  EXPECT_EQ(empty.nodes(), 2u);
  EXPECT_TRUE(empty.edges.empty());
  std::vector<double> p = random_walk_scores(empty, {0.5, 0.5});
  EXPECT_NEAR(p[0], 0.5, 1e-12);
  EXPECT_NEAR(p[1], 0.5, 1e-12);
}

}  // namespace
}  // namespace precis
