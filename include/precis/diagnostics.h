// precis/diagnostics.h: where stages report problems with individual records.
//
// Contract: one bad record never stops a stream. A reader or stage that finds a problem reports
// it here, naming where (file, line or record) and what is wrong, and goes on with the next
// record. The caller decides how to show the reports and what exit status they imply.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace precis {

struct Diagnostic {
  enum class Severity { kWarning, kError };
  Severity severity = Severity::kError;
  std::string where;  // "file.jsonl:12", "page.html", "crawl.warc.gz record 7"
  std::string what;   // "invalid JSON: missing closing brace"
};

// Thread-safe sink. Counts warnings and errors; optionally forwards each report to a callback
// (the CLI prints them on stderr). Without a callback, reports are kept in memory (tests).
class Diagnostics {
 public:
  using Callback = std::function<void(const Diagnostic&)>;
  Diagnostics() = default;
  explicit Diagnostics(Callback cb) : callback_(std::move(cb)) {}

  void warn(std::string where, std::string what) {
    report({Diagnostic::Severity::kWarning, std::move(where), std::move(what)});
  }
  void error(std::string where, std::string what) {
    report({Diagnostic::Severity::kError, std::move(where), std::move(what)});
  }
  void report(Diagnostic d) {
    (d.severity == Diagnostic::Severity::kError ? errors_ : warnings_)++;
    std::lock_guard<std::mutex> lock(mu_);
    if (callback_) {
      callback_(d);
    } else {
      kept_.push_back(std::move(d));
    }
  }
  size_t errors() const { return errors_; }
  size_t warnings() const { return warnings_; }
  // Reports kept when no callback was given.
  std::vector<Diagnostic> kept() const {
    std::lock_guard<std::mutex> lock(mu_);
    return kept_;
  }

 private:
  Callback callback_;
  mutable std::mutex mu_;
  std::vector<Diagnostic> kept_;
  std::atomic<size_t> errors_{0}, warnings_{0};
};

}  // namespace precis
