#include "pipeline/article_stream.h"

#include "pipeline/article_preparation.h"
#include "precis/read.h"

namespace precis {

bool read_article_stream(const std::vector<std::string>& inputs, Diagnostics* diags,
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

}  // namespace precis
