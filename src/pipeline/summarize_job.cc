#include "pipeline/summarize_job.h"

#include <atomic>
#include <thread>

#include "pipeline/article_preparation.h"

namespace precis {
namespace {

class BatchRunner {
 public:
  BatchRunner(const SummarizeJobOptions& options, Diagnostics& diag, FILE* out,
              SummarizeJobStats& stats)
      : options_(options), diag_(diag), out_(out), stats_(stats) {
    threads_ = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  }
  void add(Cluster&& c) {
    for (const auto& a : c.articles) stats_.input_bytes += a.text.size();
    pending_.push_back(std::move(c));
    if (pending_.size() >= options_.batch) flush();
  }
  void flush() {
    std::vector<std::string> results(pending_.size());
    std::vector<Status> status(pending_.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next++) < pending_.size();) {
        Summary s;
        status[i] = summarize(pending_[i], options_.summarize, &s);
        if (!status[i].ok()) continue;
        results[i] = options_.format == SummaryFormat::kJson
                         ? summary_to_json(s) + "\n"
                         : summary_to_text(s, pending_[i],
                                           options_.format == SummaryFormat::kMarkdown) + "\n";
        for (const auto& w : s.warnings) diag_.warn(where(pending_[i]), w);
      }
    };
    size_t n = std::min<size_t>(threads_, pending_.size());
    std::vector<std::thread> pool;
    for (size_t t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (size_t i = 0; i < pending_.size(); ++i) {
      if (!status[i].ok()) {
        diag_.error(where(pending_[i]), "cluster " + pending_[i].id + ": " + status[i].message());
        ++stats_.failed;
        continue;
      }
      fputs(results[i].c_str(), out_);
      ++stats_.clusters;
    }
    fflush(out_);
    pending_.clear();
  }

 private:
  static std::string where(const Cluster& c) { return c.origin.empty() ? c.id : c.origin; }
  const SummarizeJobOptions& options_;
  Diagnostics& diag_;
  FILE* out_;
  SummarizeJobStats& stats_;
  unsigned threads_;
  std::vector<Cluster> pending_;
};

}  // namespace

SummarizeJobStats run_summarize_job(const std::vector<std::string>& inputs,
                                    const SummarizeJobOptions& options, Diagnostics& diagnostics,
                                    FILE* out) {
  SummarizeJobStats stats;
  BatchRunner runner(options, diagnostics, out, stats);
  Reader reader(options.read, &diagnostics);
  for (const std::string& input : inputs) {
    // Articles that do not come in JSONL clusters form one cluster per INPUT.
    Cluster loose;
    ReadSink sink;
    sink.on_cluster = [&](Cluster&& c) {
      for (auto& a : c.articles) {
        if (a.lang.empty()) a.lang = c.lang;
        prepare_article(a, false);
      }
      if (c.articles.empty()) {
        diagnostics.error(c.origin, "cluster " + c.id + " has no usable articles");
        ++stats.failed;
        return;
      }
      runner.add(std::move(c));
    };
    sink.on_article = [&](Article&& a, const std::string&) {
      // The text stays as read, so citations are offsets into the input itself.
      prepare_article(a, false);
      loose.articles.push_back(std::move(a));
    };
    reader.read_one(input, sink);
    if (!loose.articles.empty()) {
      std::string name = input == "-" ? "stdin" : input;
      while (name.size() > 1 && name.back() == '/') name.pop_back();
      loose.id = name.substr(name.find_last_of('/') == std::string::npos ? 0 : name.find_last_of('/') + 1);
      loose.origin = input;
      runner.add(std::move(loose));
    }
  }
  runner.flush();
  return stats;
}

}  // namespace precis
