// Scores for content and metadata extraction, re-implemented exactly as the published benchmarks
// define them (see /work/shared/data/html/METRICS.md for the full definitions):
//   - BodyScore: Scrapinghub article-extraction-benchmark, 4-token shingle P/R/F1 (macro over
//     pages, F1 from the two means) and exact token-sequence accuracy;
//   - SnippetScore: trafilatura benchmark, `with` snippets that must and `without` snippets that
//     must not appear in the whitespace-normalised output (micro counts);
//   - DateScore: htmldate benchmark, exact day.
// Each is an accumulator: add() one page, then read the corpus scores.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

// Python 3's re.findall(r'\w+', s): maximal runs of letters (L*), numbers (Nd, Nl, No) and '_'.
// Combining marks are not word characters, as in Python.
std::vector<std::string_view> word_tokens(std::string_view s);

// Python's re.sub(r'\s+', ' ', s).strip() with Unicode whitespace.
std::string normalize_space(std::string_view s);

class BodyScore {
 public:
  // gold or prediction may be empty ("" for a missing field).
  void add(std::string_view gold, std::string_view predicted);
  double precision() const;
  double recall() const;
  double f1() const;
  double accuracy() const;
  size_t pages() const { return pages_; }

 private:
  double precision_sum_ = 0, recall_sum_ = 0;
  size_t precision_pages_ = 0, recall_pages_ = 0, exact_ = 0, pages_ = 0;
};

class SnippetScore {
 public:
  // `predicted` absent = extraction failed (no snippet matches).
  void add(const std::vector<std::string>& with, const std::vector<std::string>& without,
           const std::optional<std::string>& predicted);
  double precision() const;
  double recall() const;
  double f1() const;
  double accuracy() const;
  size_t tp = 0, fp = 0, fn = 0, tn = 0;
};

class DateScore {
 public:
  // gold: "YYYY-MM-DD..." (only its day is compared); predicted "" = none found.
  void add(std::string_view gold, std::string_view predicted);
  double precision() const;
  double recall() const;
  double accuracy() const;
  double f1() const;
  size_t tp = 0, fp = 0, fn = 0, pages = 0;
};

}  // namespace precis
