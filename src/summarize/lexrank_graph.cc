#include "summarize/lexrank_graph.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace precis {

void SparseVectors::add(const std::vector<std::pair<uint32_t, double>>& v) {
  for (const auto& [t, x] : v) {
    terms.push_back(t);
    weights.push_back(x);
  }
  begin.push_back(static_cast<uint32_t>(terms.size()));
}

namespace {

// Inverted index over the vectors, as CSR: the postings of term t are (vector, weight) in
// increasing vector order, so for vector i the postings after its own entry are exactly the
// partners j > i that share t.
class Postings {
 public:
  Postings(const SparseVectors& vectors, size_t vocab_size)
      : begin_(vocab_size + 1, 0),
        vector_(vectors.terms.size()),
        weight_(vectors.terms.size()),
        cursor_(vocab_size) {
    for (uint32_t t : vectors.terms) ++begin_[t + 1];
    for (size_t t = 0; t < vocab_size; ++t) begin_[t + 1] += begin_[t];
    rewind();
    for (size_t i = 0; i < vectors.size(); ++i) {
      for (uint32_t k = vectors.begin[i]; k < vectors.begin[i + 1]; ++k) {
        uint32_t slot = cursor_[vectors.terms[k]]++;
        vector_[slot] = static_cast<uint32_t>(i);
        weight_[slot] = vectors.weights[k];
      }
    }
    rewind();
  }
  // Calls f(j, weight of t in j) for every vector j > i with term t. Vectors must ask in
  // increasing order, each once per term (a pass); rewind() starts a new pass.
  template <typename F>
  void for_later(uint32_t t, F&& f) {
    for (uint32_t p = ++cursor_[t]; p < begin_[t + 1]; ++p) f(vector_[p], weight_[p]);
  }
  void rewind() { std::copy(begin_.begin(), begin_.end() - 1, cursor_.begin()); }

 private:
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> vector_;
  std::vector<double> weight_;
  std::vector<uint32_t> cursor_;  // per term: the posting of the vector whose turn it is
};

}  // namespace

SimilarityGraph build_similarity_graph(const SparseVectors& vectors, size_t vocab_size,
                                       double min_cosine) {
  const size_t n = vectors.size();
  Postings postings(vectors, vocab_size);
  std::vector<double> norm(n, 0);
  for (size_t i = 0; i < n; ++i) {
    for (uint32_t k = vectors.begin[i]; k < vectors.begin[i + 1]; ++k) {
      norm[i] += vectors.weights[k] * vectors.weights[k];
    }
    norm[i] = std::sqrt(norm[i]);
  }
  // Pass 1 counts the pairs that share a term, a bound on the edges, so the edge array is
  // allocated once: fresh memory costs more here than the arithmetic (page faults), so it is
  // not grown by doubling, and each edge is stored once.
  size_t pairs = 0;
  std::vector<uint32_t> last_seen(n, UINT32_MAX);
  for (uint32_t i = 0; i < n; ++i) {
    for (uint32_t k = vectors.begin[i]; k < vectors.begin[i + 1]; ++k) {
      postings.for_later(vectors.terms[k], [&](uint32_t j, double) {
        pairs += last_seen[j] != i;  // branch-free: whether j is new is hard to predict
        last_seen[j] = i;
      });
    }
  }
  // Pass 2: dot products term at a time, vector i's terms in increasing id order, each adding to
  // the partners that share it, so dot[j] sums exactly the products a merge of the two would.
  SimilarityGraph g;
  g.degree.assign(n, 0);
  g.edges.reserve(pairs);
  g.row_begin.reserve(n + 1);
  std::vector<double> dot(n, 0), cosine(n);
  std::vector<uint32_t> touched(n);
  std::vector<uint64_t> in_row((n + 63) / 64, 0);
  postings.rewind();
  for (uint32_t i = 0; i < n; ++i) {
    size_t met = 0;
    for (uint32_t k = vectors.begin[i]; k < vectors.begin[i + 1]; ++k) {
      double x = vectors.weights[k];
      postings.for_later(vectors.terms[k], [&](uint32_t j, double y) {
        // Appends j when first met, without a branch (always written, counted only if new).
        touched[met] = j;
        met += dot[j] == 0;
        dot[j] += x * y;
      });
    }
    // Degrees add up the weights in the order the pairs are found (as LexRank always did, so
    // they are the same numbers); the row is then stored by increasing neighbour, read off a
    // bitmap of the neighbours (cheaper than sorting them).
    for (size_t m = 0; m < met; ++m) {
      uint32_t j = touched[m];
      double c = norm[i] > 0 && norm[j] > 0 ? dot[j] / (norm[i] * norm[j]) : 0;
      dot[j] = 0;
      if (c <= min_cosine) continue;
      g.degree[i] += c;
      g.degree[j] += c;
      cosine[j] = c;
      in_row[j >> 6] |= uint64_t{1} << (j & 63);
    }
    for (size_t word = (i + 1) >> 6; word < in_row.size(); ++word) {
      for (uint64_t bits = in_row[word]; bits; bits &= bits - 1) {
        uint32_t j = static_cast<uint32_t>(word * 64 + std::countr_zero(bits));
        g.edges.push_back({j, cosine[j]});
      }
      in_row[word] = 0;
    }
    g.row_begin.push_back(g.edges.size());
  }
  return g;
}

namespace {

// Four doubles as one value (GCC/Clang vector extension): one AVX instruction in the AVX2 clone
// below, two SSE2 instructions otherwise; each lane is the correctly rounded IEEE result, the
// same as the scalar operation (the AVX2 target does not include FMA, so nothing is fused).
typedef double Doubles4 __attribute__((vector_size(32)));

// One step of the walk: node i sends d * p[i] * c / degree[i] along each of its edges (weight
// c), `dp` holding d * p[i]. next[j] must receive these terms in increasing order of the sender
// i, as in the straightforward loop over senders, so that the sums are the same bit for bit:
// terms from senders below j arrive while their rows are visited (next[j] += ...), and those
// from senders above j are summed at row j itself, where the row lists them in increasing
// order (`in`). The time of LexRank goes here, mostly into the divisions (two per edge), done
// four edges at a time. Compiled for AVX2 and for the baseline, chosen when the program loads.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void push_along_edges(const SimilarityGraph& g, const double* dp, double* next) {
  const size_t n = g.nodes();
  const SimilarityGraph::Edge* edges = g.edges.data();
  const double* degree = g.degree.data();
  for (size_t i = 0; i < n; ++i) {
    const double out = dp[i], deg = degree[i];
    double in = next[i];
    size_t k = g.row_begin[i];
    const size_t end = g.row_begin[i + 1];
    for (; k + 4 <= end; k += 4) {
      const SimilarityGraph::Edge* e = edges + k;
      const uint32_t j0 = e[0].neighbor, j1 = e[1].neighbor, j2 = e[2].neighbor, j3 = e[3].neighbor;
      const Doubles4 c{e[0].weight, e[1].weight, e[2].weight, e[3].weight};
      const Doubles4 sent = out * c / deg;
      const Doubles4 received = Doubles4{dp[j0], dp[j1], dp[j2], dp[j3]} * c /
                                Doubles4{degree[j0], degree[j1], degree[j2], degree[j3]};
      // Lanes by constant index: a loop over them made GCC go through memory.
      next[j0] += sent[0];
      next[j1] += sent[1];
      next[j2] += sent[2];
      next[j3] += sent[3];
      in += received[0];
      in += received[1];
      in += received[2];
      in += received[3];
    }
    for (; k < end; ++k) {
      const uint32_t j = edges[k].neighbor;
      const double c = edges[k].weight;
      next[j] += out * c / deg;
      in += dp[j] * c / degree[j];
    }
    next[i] = in;
  }
}

}  // namespace

std::vector<double> random_walk_scores(const SimilarityGraph& g, const std::vector<double>& jump,
                                       const RandomWalkOptions& options) {
  const size_t n = g.nodes();
  if (n == 0) return {};
  const double d = options.damping;
  std::vector<double> p(n, 1.0 / n), next(n), dp(n);
  for (int iter = 0; iter < options.max_iterations; ++iter) {
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (g.degree[i] == 0) dangling += p[i];
    }
    for (size_t i = 0; i < n; ++i) {
      next[i] = (1 - d) * jump[i] + d * dangling / n;
      dp[i] = d * p[i];
    }
    push_along_edges(g, dp.data(), next.data());
    double delta = 0;
    for (size_t i = 0; i < n; ++i) delta += std::fabs(next[i] - p[i]);
    p.swap(next);
    if (delta < options.tolerance) break;
  }
  return p;
}

}  // namespace precis
