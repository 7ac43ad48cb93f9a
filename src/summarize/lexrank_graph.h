// The sentence graph of LexRank (Erkan & Radev 2004, "LexRank: Graph-based Lexical Centrality
// as Salience in Text Summarization", JAIR 22): nodes are sentences, an edge joins two sentences
// whose tf-idf cosine is above a threshold, weighted by that cosine ("continuous LexRank"); the
// stationary distribution of a damped random walk on it scores each sentence's centrality.
//
// Layout, chosen for a 100-article cluster (~2,400 sentences, ~300,000 edges, ~30 iterations):
// vectors and edges are flat arrays (CSR), no vector per sentence or per node, and each edge is
// stored once.
//
// The scores are bit for bit those of the straightforward power iteration (each node pushes
// d * p[i] * c / degree[i] along each edge, nodes in increasing order): ties between copies of
// one sentence in several articles are decided by rounding, so any other order of the floating-
// point operations would change which copy a summary cites.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace precis {

// Sparse vectors one after another: vector i is terms/weights[begin[i], begin[i + 1]), term ids
// strictly increasing within a vector.
struct SparseVectors {
  std::vector<uint32_t> begin{0};
  std::vector<uint32_t> terms;
  std::vector<double> weights;

  size_t size() const { return begin.size() - 1; }
  // Appends a vector given as (term id, weight) pairs sorted by unique term id.
  void add(const std::vector<std::pair<uint32_t, double>>& v);
};

// Undirected weighted graph, each edge stored once, in the row of its smaller end; a row lists
// its neighbours in increasing order.
struct SimilarityGraph {
  struct Edge {
    uint32_t neighbor;  // the larger end j > i
    double weight;      // the cosine of the two ends
  };
  std::vector<size_t> row_begin{0};  // node i's edges: [row_begin[i], row_begin[i + 1])
  // One array, not one per field. Fresh memory for the edges cost more than the arithmetic
  // (page faults), and glibc keeps one large freed block for the next cluster where it handed
  // two smaller ones back to the system after every cluster.
  std::vector<Edge> edges;
  // Per node: the sum of its edge weights, added up in the order the edges were found.
  std::vector<double> degree;

  size_t nodes() const { return row_begin.size() - 1; }
};

// Edges between every pair of vectors whose cosine is above `min_cosine`. Dot products are
// accumulated term at a time through an inverted index (term id < `vocab_size`), so only pairs
// sharing a term are touched, not all n^2 / 2.
SimilarityGraph build_similarity_graph(const SparseVectors& vectors, size_t vocab_size,
                                       double min_cosine);

struct RandomWalkOptions {
  double damping = 0.85;     // probability of following an edge rather than jumping
  int max_iterations = 100;  // power iteration stops here at the latest
  double tolerance = 1e-7;   // ... or once the L1 change of the scores falls below this
};

// Stationary distribution of the walk that, from node i, follows an edge with probability
// `damping` (to j in proportion to weight(i, j)) and otherwise jumps to node k with probability
// jump[k] (`jump` sums to 1). From a node without edges, the `damping` share goes to every node
// evenly. Power iteration from the uniform distribution.
std::vector<double> random_walk_scores(const SimilarityGraph& graph,
                                       const std::vector<double>& jump,
                                       const RandomWalkOptions& options = {});

}  // namespace precis
