// RougeScorer (include/precis/rouge.h): reads each text the two ways ROUGE-1.5.5 does, builds the
// gram bags, and pools hits over the references.
#include <algorithm>
#include <numeric>
#include <unordered_set>

#include "eval/rouge/rouge_bootstrap.h"
#include "eval/rouge/rouge_data_dir.h"
#include "eval/rouge/rouge_lcs.h"
#include "eval/rouge/rouge_ngram.h"
#include "eval/rouge/rouge_rounding.h"
#include "eval/rouge/rouge_tokenizer.h"
#include "eval/rouge/rouge_truncation.h"
#include "eval/rouge/smart_stop_words.h"
#include "eval/rouge/wordnet_exceptions.h"
#include "precis/rouge.h"

namespace precis {
namespace {

// One text as the metrics see it.
struct PreparedText {
  std::vector<uint32_t> words;                   // readText: ROUGE-N/S, ROUGE-L clipping
  std::vector<std::vector<uint32_t>> sentences;  // readText_LCS: ROUGE-L sentences
  std::vector<rouge::GramBag> ngrams;            // ngrams[n-1]
  rouge::GramBag skip_bigrams;
};

// Hits and totals of one metric for one reference.
struct Counts {
  size_t hits = 0;
  size_t model_total = 0;
  size_t peer_total = 0;
};

// F as ROUGE-1.5.5 computes it: from R and P rounded to 5 decimals, then rounded itself.
RougeScore make_score(const Counts& pooled, double alpha) {
  RougeScore s;
  s.recall = pooled.model_total ? rouge::round5(double(pooled.hits) / pooled.model_total) : 0;
  s.precision = pooled.peer_total ? rouge::round5(double(pooled.hits) / pooled.peer_total) : 0;
  double denominator = (1 - alpha) * s.precision + alpha * s.recall;
  s.f = denominator > 0 ? rouge::round5(s.recall * s.precision / denominator) : 0;
  return s;
}

// -f A sums over references; -f B keeps the reference with the highest recall (the first one on
// ties, as ROUGE's strict '>' against an initial -1 does). ROUGE compares the n-gram recalls after
// sprintf("%07.5f") but the ROUGE-L recall unrounded: `round_recall` selects which.
RougeScore pool(const std::vector<Counts>& per_model, const RougeOptions& options,
                bool round_recall) {
  Counts pooled;
  if (options.pooling == RougePooling::kAverage) {
    for (const Counts& c : per_model) {
      pooled.hits += c.hits;
      pooled.model_total += c.model_total;
      pooled.peer_total += c.peer_total;
    }
  } else {
    double best = -1;
    for (const Counts& c : per_model) {
      double recall = c.model_total ? double(c.hits) / c.model_total : 0;
      if (round_recall) recall = rouge::round5(recall);
      if (recall > best) best = recall, pooled = c;
    }
  }
  return make_score(pooled, options.alpha);
}

}  // namespace

struct RougeScorer::Impl {
  RougeOptions options;
  std::vector<std::string> names;
  rouge::WordNetExceptions exceptions;
  std::unordered_set<std::string> stop_words;
  rouge::RougeTokenizer tokenizer{nullptr, nullptr};
  rouge::NGramBagBuilder ngrams{0};
  rouge::UnionLcs lcs;

  PreparedText prepare(const std::vector<std::string>& lines) {
    PreparedText text;
    for (const std::string& line :
         rouge::truncate_text(lines, options.max_words, options.max_bytes)) {
      tokenizer.tokenize(line, &text.words);
    }
    if (options.lcs) {
      for (const std::string& line :
           rouge::truncate_for_lcs(lines, options.max_words, options.max_bytes)) {
        text.sentences.emplace_back();
        tokenizer.tokenize(line, &text.sentences.back());
      }
    }
    if (options.max_n > 0) text.ngrams = ngrams.build(text.words);
    if (options.skip_bigram) {
      text.skip_bigrams =
          rouge::skip_bigram_bag(text.words, options.skip_distance, options.skip_add_unigrams);
    }
    return text;
  }
};

Status RougeScorer::Create(const RougeOptions& options, std::unique_ptr<RougeScorer>* out) {
  if (options.max_n < 0) return Status::InvalidInput("ROUGE-N order (-n) must be >= 0");
  if (options.alpha < 0 || options.alpha > 1) {
    return Status::InvalidInput("alpha (-p) must be in [0, 1]");
  }
  if (options.confidence <= 0 || options.confidence >= 100) {
    return Status::InvalidInput("confidence (-c) must be in (0, 100)");
  }
  if (options.resamples < 1) return Status::InvalidInput("resamples (-r) must be >= 1");
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::string dir = rouge::resolve_data_dir(options.data_dir) + "/rouge";
  if (options.stem) {
    const std::string& exc_dir = options.exception_table == RougeExceptionTable::kWordNet20
                                     ? dir
                                     : options.system_wordnet_dir;
    if (Status s = impl->exceptions.load(exc_dir); !s.ok()) return s;
  }
  if (options.remove_stopwords) {
    Status s = rouge::load_stop_words(dir + "/smart_common_words.txt", &impl->stop_words);
    if (!s.ok()) return s;
  }
  impl->tokenizer = rouge::RougeTokenizer(options.stem ? &impl->exceptions : nullptr,
                                          options.remove_stopwords ? &impl->stop_words : nullptr);
  impl->ngrams = rouge::NGramBagBuilder(options.max_n);
  for (int n = 1; n <= options.max_n; ++n) impl->names.push_back("ROUGE-" + std::to_string(n));
  if (options.lcs) impl->names.push_back("ROUGE-L");
  if (options.skip_bigram) {
    std::string gap = options.skip_distance < 0 ? "*" : std::to_string(options.skip_distance);
    impl->names.push_back((options.skip_add_unigrams ? "ROUGE-SU" : "ROUGE-S") + gap);
  }
  out->reset(new RougeScorer(std::move(impl)));
  return Status::Ok();
}

RougeScorer::RougeScorer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RougeScorer::~RougeScorer() = default;

const std::vector<std::string>& RougeScorer::metric_names() const { return impl_->names; }
const RougeOptions& RougeScorer::options() const { return impl_->options; }

RougeClusterScores RougeScorer::score(const std::vector<std::string>& peer_lines,
                                      const std::vector<std::vector<std::string>>& model_lines) {
  const RougeOptions& o = impl_->options;
  impl_->ngrams.reset();
  PreparedText peer = impl_->prepare(peer_lines);
  std::vector<PreparedText> models;
  models.reserve(model_lines.size());
  for (const auto& lines : model_lines) models.push_back(impl_->prepare(lines));

  RougeClusterScores out;
  std::vector<Counts> per_model(models.size());
  for (int n = 1; n <= o.max_n; ++n) {
    for (size_t m = 0; m < models.size(); ++m) {
      const rouge::GramBag& model = models[m].ngrams[n - 1];
      const rouge::GramBag& own = peer.ngrams[n - 1];
      per_model[m] = {rouge::gram_hits(model, own), model.size(), own.size()};
    }
    out.metrics.push_back(pool(per_model, o, true));
  }
  if (o.lcs) {
    for (size_t m = 0; m < models.size(); ++m) {
      size_t hits =
          impl_->lcs.hits(models[m].sentences, peer.sentences, models[m].words, peer.words);
      // ROUGE-L's recall denominator is the length of the model as ROUGE-L read it (which differs
      // from the ROUGE-N reading under -b); its precision denominator is the peer's unigram total.
      size_t model_length = 0;
      for (const auto& sentence : models[m].sentences) model_length += sentence.size();
      per_model[m] = {hits, model_length, peer.words.size()};
    }
    out.metrics.push_back(pool(per_model, o, false));
  }
  if (o.skip_bigram) {
    for (size_t m = 0; m < models.size(); ++m) {
      const rouge::GramBag& model = models[m].skip_bigrams;
      per_model[m] = {rouge::gram_hits(model, peer.skip_bigrams), model.size(),
                      peer.skip_bigrams.size()};
    }
    out.metrics.push_back(pool(per_model, o, true));
  }
  return out;
}

std::vector<RougeAverage> rouge_average(const std::vector<std::string>& cluster_ids,
                                        const std::string& peer_id,
                                        const std::vector<RougeClusterScores>& scores,
                                        const RougeOptions& options) {
  const size_t n = std::min(cluster_ids.size(), scores.size());
  // ROUGE resamples from its score list sorted by "<EVAL ID>.<peer ID>" (Perl sort: bytes).
  std::vector<std::string> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = cluster_ids[i] + "." + peer_id;
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return keys[a] < keys[b]; });

  const size_t metrics = n ? scores[0].metrics.size() : 0;
  std::vector<RougeAverage> averages(metrics);
  std::vector<double> values(n);
  for (size_t k = 0; k < metrics; ++k) {
    for (double RougeScore::*field :
         {&RougeScore::recall, &RougeScore::precision, &RougeScore::f}) {
      double sum = 0;
      for (size_t i = 0; i < n; ++i) {
        values[i] = scores[order[i]].metrics[k].*field;
        sum += values[i];
      }
      rouge::BootstrapEstimate e =
          rouge::bootstrap_estimate(values, options.resamples, options.confidence);
      averages[k].average.*field = e.average;
      averages[k].ci_low.*field = e.ci_low;
      averages[k].ci_high.*field = e.ci_high;
      averages[k].mean.*field = n ? sum / static_cast<double>(n) : 0;
    }
  }
  return averages;
}

}  // namespace precis
