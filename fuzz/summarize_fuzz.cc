// libFuzzer target: the whole summarizer on a cluster built from fuzz bytes.
//
// Input layout: byte 0 picks the options (method, unit, budget, truncate_last, query); the rest
// is split at 0xFF bytes (never part of UTF-8) into 1-4 articles, each repaired with
// repair_utf8 as the reader does.
//
// Checks (abort on violation): summarize() succeeds whenever some article has non-blank text;
// every cite names an article of the cluster with start <= end <= its text size; words stay
// within the budget (and bytes within the byte budget) when truncate_last is false; sentence
// texts are valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "precis/summarize.h"
#include "text/utf8.h"

namespace {

const char* const kMethods[] = {"concept", "lexrank", "centroid", "lead"};

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const uint8_t opt = data[0];
  precis::SummarizeOptions options;
  options.method = kMethods[opt & 3];
  options.unit =
      (opt & 4) ? precis::SummarizeOptions::Unit::kBytes : precis::SummarizeOptions::Unit::kWords;
  options.truncate_last = (opt & 8) != 0;
  // Budgets 1, 10, 100 (the default) and 665 (DUC's byte budget).
  static const size_t kBudgets[] = {1, 10, 100, 665};
  options.budget = kBudgets[(opt >> 4) & 3];
  if (opt & 64) options.query = "storm rain";
  if (opt & 128) options.default_lang = "de";

  precis::Cluster cluster;
  cluster.id = "fuzz";
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  bool any_text = false;
  while (cluster.articles.size() < 4) {
    size_t cut = cluster.articles.size() == 3 ? std::string_view::npos : rest.find('\xFF');
    precis::Article a;
    a.id = "a" + std::to_string(cluster.articles.size());
    a.text = precis::repair_utf8(rest.substr(0, cut));
    a.time = static_cast<int64_t>(cluster.articles.size()) * 86400;
    any_text |= !blank(a.text);
    cluster.articles.push_back(std::move(a));
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }

  precis::Summary summary;
  precis::Status status = precis::summarize(cluster, options, &summary);
  if (status.ok() != any_text) abort();
  if (!status.ok()) return 0;
  for (const auto& s : summary.sentences) {
    if (s.cites.empty() || s.text.empty()) abort();
    for (const auto& c : s.cites) {
      if (c.article >= cluster.articles.size()) abort();
      if (c.doc != cluster.articles[c.article].id) abort();
      if (c.start > c.end || c.end > cluster.articles[c.article].text.size()) abort();
    }
    if (!precis::is_valid_utf8(s.text)) abort();
  }
  if (!options.truncate_last) {
    if (options.unit == precis::SummarizeOptions::Unit::kWords && summary.words > options.budget) {
      abort();
    }
    if (options.unit == precis::SummarizeOptions::Unit::kBytes && summary.bytes > options.budget) {
      abort();
    }
  }
  return 0;
}
