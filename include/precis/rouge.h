// precis/rouge.h: ROUGE scores that agree with the official ROUGE-1.5.5.pl (Lin 2004).
//
// Contract: RougeScorer reproduces the numbers ROUGE-1.5.5 prints for the same options, including
// its quirks (word/byte truncation applied to references too, the byte-limit quirk of ROUGE-L,
// the last-unigram quirk of ROUGE-SU, R and P rounded to 5 decimals before F is computed), and
// rouge_average() reproduces its bootstrap "Average_X" values and confidence intervals (Perl's
// drand48, srand(b) for sample b). Texts are bytes, as in ROUGE-1.5.5: ASCII lower-casing, every
// non-ASCII byte separates words, and max_bytes counts bytes. docs/rouge.md has the details and
// how the agreement was verified.
//
// A text (peer = system summary, model = reference) is given as its sentences, one string each
// (ROUGE's SPL format: one line per sentence). Sentence boundaries matter for ROUGE-L and for
// where -l/-b cut. Empty strings are skipped, as ROUGE skips empty lines.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "precis/status.h"

namespace precis {

// How the scores against several references of one cluster are combined (ROUGE -f).
enum class RougePooling {
  kAverage,  // -f A: hits and counts summed over the references (ROUGE-1.5.5 default).
  kBest,     // -f B: the single reference with the highest recall.
};

// Which morphological exception table -m uses before Porter stemming.
enum class RougeExceptionTable {
  // WordNet 2.0 lists bundled in data/rouge/ (what ROUGE-1.5.5's WordNet-2.0.exc.db holds):
  // gives the official numbers.
  kWordNet20,
  // Debian's wordnet-base (WordNet 3.0, /usr/share/wordnet/*.exc). NOT the table ROUGE-1.5.5
  // uses (10 more entries, e.g. "ashes" -> ash), so -m scores are not guaranteed to be official.
  kWordNet30System,
};

// Options, named after the ROUGE-1.5.5 flags they mirror. Defaults are ROUGE-1.5.5's defaults
// where it has one, except max_n (ROUGE needs -n; 2 is the common choice).
struct RougeOptions {
  int max_n = 2;                  // -n: ROUGE-1 .. ROUGE-max_n. 0 = no ROUGE-N.
  bool lcs = true;                // ROUGE-L (ROUGE-1.5.5 computes it unless -x).
  bool stem = false;              // -m: WordNet exception table, then Porter (1980).
  bool remove_stopwords = false;  // -s: drop words of the SMART list before stemming.
  int max_words = 0;              // -l: keep the first max_words words (0 = no limit).
  int max_bytes = 0;              // -b: keep the first max_bytes bytes (0 = no limit; -l wins).
  RougePooling pooling = RougePooling::kAverage;  // -f
  double alpha = 0.5;                             // -p: F = 1 / (alpha / P + (1 - alpha) / R).
  bool skip_bigram = false;                       // -2 given: compute ROUGE-S (skip bigrams).
  int skip_distance = 4;           // -2 N: at most N words between the pair; -1 = no limit.
  bool skip_add_unigrams = false;  // -u: add unigrams to ROUGE-S (makes ROUGE-SU).
  int resamples = 1000;            // -r: bootstrap samples for the averages.
  double confidence = 95;          // -c: confidence level of the interval, in percent.
  // Directory holding rouge/{adj,adv,noun,verb}.exc and rouge/smart_common_words.txt. Empty =
  // the PRECIS_DATA_DIR environment variable, else the data/ of the source tree (compile time).
  std::string data_dir;
  RougeExceptionTable exception_table = RougeExceptionTable::kWordNet20;
  // Directory of the system WordNet 3.0 lists, for RougeExceptionTable::kWordNet30System.
  std::string system_wordnet_dir = "/usr/share/wordnet";
};

// Recall, precision and F of one metric, each rounded to 5 decimals as ROUGE prints them
// (F is computed from the rounded R and P, as ROUGE-1.5.5 does).
struct RougeScore {
  double recall = 0;
  double precision = 0;
  double f = 0;
};

// The scores of one system summary for one cluster: one entry per metric, in the order of
// RougeScorer::metric_names().
struct RougeClusterScores {
  std::vector<RougeScore> metrics;
};

// What ROUGE-1.5.5 prints as "Average_X: a (95%-conf.int. lo - hi)" for one metric, and the plain
// mean over clusters.
struct RougeAverage {
  RougeScore average;  // Mean of the bootstrap sample means (what ROUGE prints), 5 decimals.
  RougeScore ci_low;   // Confidence interval bounds from the sorted sample means, 5 decimals.
  RougeScore ci_high;
  RougeScore mean;  // Plain mean of the per-cluster scores (not rounded).
};

class RougeScorer {
 public:
  // Loads the word lists the options need (-m, -s). Fails with a Status naming the missing file.
  static Status Create(const RougeOptions& options, std::unique_ptr<RougeScorer>* out);
  ~RougeScorer();

  // "ROUGE-1" .. "ROUGE-N", "ROUGE-L", then "ROUGE-S4" / "ROUGE-SU4" ("ROUGE-S*" / "ROUGE-SU*"
  // without a distance limit), as ROUGE-1.5.5 names them.
  const std::vector<std::string>& metric_names() const;
  const RougeOptions& options() const;

  // Scores one peer against the references of its cluster. With no references, all scores are 0.
  // Not thread-safe (keeps a stemming cache); use one scorer per thread.
  RougeClusterScores score(const std::vector<std::string>& peer,
                           const std::vector<std::vector<std::string>>& models);

 private:
  struct Impl;
  explicit RougeScorer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The averages of one system over clusters, as ROUGE-1.5.5 computes them: scores[i] belongs to
// cluster_ids[i] (the EVAL ID); peer_id is the system's ID, part of the key ROUGE sorts by
// ("<EVAL ID>.<peer ID>", byte order) before resampling. Returns one entry per metric.
std::vector<RougeAverage> rouge_average(const std::vector<std::string>& cluster_ids,
                                        const std::string& peer_id,
                                        const std::vector<RougeClusterScores>& scores,
                                        const RougeOptions& options);

}  // namespace precis
