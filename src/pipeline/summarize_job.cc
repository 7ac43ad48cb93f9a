#include "pipeline/summarize_job.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "pipeline/article_preparation.h"
#include "summarize/summarizer.h"

namespace precis {
namespace {

// Summarizes batches of clusters on a pool of worker threads that live as long as the job: the
// per-thread caches of the text model (analysed words) then serve every batch.
class BatchRunner {
 public:
  BatchRunner(const SummarizeJobOptions& options, Diagnostics& diag, FILE* out,
              SummarizeJobStats& stats)
      : options_(options), diag_(diag), out_(out), stats_(stats) {
    threads_ = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    for (unsigned t = 1; t < threads_; ++t) pool_.emplace_back([this] { worker(); });
  }
  ~BatchRunner() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& t : pool_) t.join();
  }
  void add(Cluster&& c) {
    for (const auto& a : c.articles) stats_.input_bytes += a.text.size();
    pending_.push_back(std::move(c));
    if (pending_.size() >= options_.batch) flush();
  }
  void flush() {
    results_.assign(pending_.size(), std::string());
    status_.assign(pending_.size(), Status());
    {
      std::lock_guard<std::mutex> lock(mu_);
      next_ = 0;
      busy_ = pool_.size();
      ++batch_;
    }
    wake_.notify_all();
    work();  // the calling thread works too
    {
      std::unique_lock<std::mutex> lock(mu_);
      done_.wait(lock, [this] { return busy_ == 0; });
    }
    for (size_t i = 0; i < pending_.size(); ++i) {
      if (!status_[i].ok()) {
        diag_.error(where(pending_[i]), "cluster " + pending_[i].id + ": " + status_[i].message());
        ++stats_.failed;
        continue;
      }
      fputs(results_[i].c_str(), out_);
      ++stats_.clusters;
    }
    fflush(out_);
    pending_.clear();
  }

 private:
  // Takes clusters of the current batch until none is left.
  void work() {
    for (size_t i; (i = next_++) < pending_.size();) {
      // Articles are prepared here, on the workers, not on the reading thread: cleaning and
      // language identification are a large share of the work (and the cleaning is handed on,
      // so the summarizer does not clean every article again).
      std::vector<CleanedText> cleaned(pending_[i].articles.size());
      for (size_t k = 0; k < cleaned.size(); ++k) {
        prepare_article(pending_[i].articles[k], &cleaned[k]);
      }
      Summary s;
      status_[i] = summarize(pending_[i], cleaned, options_.summarize, &s);
      if (!status_[i].ok()) continue;
      results_[i] = options_.format == SummaryFormat::kJson
                        ? summary_to_json(s) + "\n"
                        : summary_to_text(s, pending_[i],
                                          options_.format == SummaryFormat::kMarkdown) + "\n";
      for (const auto& w : s.warnings) diag_.warn(where(pending_[i]), w);
    }
  }
  void worker() {
    size_t seen = 0;
    while (true) {
      {
        std::unique_lock<std::mutex> lock(mu_);
        wake_.wait(lock, [&] { return stop_ || batch_ != seen; });
        if (stop_) return;
        seen = batch_;
      }
      work();
      std::lock_guard<std::mutex> lock(mu_);
      if (--busy_ == 0) done_.notify_one();
    }
  }
  static std::string where(const Cluster& c) { return c.origin.empty() ? c.id : c.origin; }
  const SummarizeJobOptions& options_;
  Diagnostics& diag_;
  FILE* out_;
  SummarizeJobStats& stats_;
  unsigned threads_;
  std::vector<Cluster> pending_;
  std::vector<std::string> results_;
  std::vector<Status> status_;
  std::vector<std::thread> pool_;
  std::mutex mu_;
  std::condition_variable wake_, done_;
  std::atomic<size_t> next_{0};
  size_t busy_ = 0, batch_ = 0;
  bool stop_ = false;
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
      for (Article& a : c.articles) {
        if (a.lang.empty()) a.lang = c.lang;
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
