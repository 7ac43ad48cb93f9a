#include "pipeline/article_stream.h"

#include <algorithm>
#include <numeric>

#include "pipeline/article_preparation.h"
#include "precis/read.h"

namespace precis {
namespace {

bool read_in_input_order(const std::vector<std::string>& inputs, Diagnostics* diags,
                         const std::function<void(Article&&)>& on_article) {
  ReadOptions options;
  Reader reader(options, diags);
  ReadSink sink;
  sink.on_article = [&](Article&& a, const std::string&) {
    if (!a.published.empty() && !a.time) {
      diags->warn(a.origin.empty() ? a.id : a.origin,
                  "unusable date \"" + a.published.substr(0, 40) +
                      "\" (not ISO 8601 or year outside 1800-2200); placed by arrival order");
    }
    // Same preparation as `precis summarize`: JSONL text is kept as given (citable offsets).
    prepare_article(a, !keeps_input_text(a));
    on_article(std::move(a));
  };
  return reader.read(inputs, sink);
}

}  // namespace

bool read_article_stream(const std::vector<std::string>& inputs, Diagnostics* diags,
                         bool time_order,
                         const std::function<void(Article&&, size_t input_index)>& on_article) {
  if (!time_order) {
    size_t index = 0;
    return read_in_input_order(inputs, diags,
                               [&](Article&& a) { on_article(std::move(a), index++); });
  }
  std::vector<Article> articles;
  const bool opened =
      read_in_input_order(inputs, diags, [&](Article&& a) { articles.push_back(std::move(a)); });
  // Sort key: the article's time, or the time of the last timed article before it in the input
  // (INT64_MIN before the first), so untimed articles travel with their neighbours.
  std::vector<int64_t> key(articles.size());
  int64_t last = INT64_MIN;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].time) last = *articles[i].time;
    key[i] = last;
  }
  std::vector<size_t> order(articles.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
  for (size_t i : order) on_article(std::move(articles[i]), i);
  return opened;
}

}  // namespace precis
