#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <variant>

#include "precis/read.h"
#include "read/feed_reader.h"
#include "read/html/html_article.h"
#include "read/input_format.h"
#include "read/input_stream.h"
#include "read/jsonl_record.h"
#include "read/line_reader.h"
#include "read/warc_reader.h"
#include "text/utf8.h"

namespace precis {
namespace fs = std::filesystem;

namespace {

// Reads the first bytes for format detection, keeping them for the reader that follows.
class PeekedStream : public InputStream {
 public:
  PeekedStream(std::unique_ptr<InputStream> in, size_t n) : in_(std::move(in)) {
    head_.resize(n);
    size_t got = 0;
    while (got < n) {
      size_t r = in_->read(head_.data() + got, n - got);
      if (r == 0) break;
      got += r;
    }
    head_.resize(got);
  }
  std::string_view head() const { return head_; }
  size_t read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      size_t k = std::min(n, head_.size() - pos_);
      memcpy(buf, head_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    return in_->read(buf, n);
  }
  const Status& error() const override { return in_->error(); }
  const char* compression() const override { return in_->compression(); }

 private:
  std::unique_ptr<InputStream> in_;
  std::string head_;
  size_t pos_ = 0;
};

// Files that document a directory rather than report news: README.md beside the articles of a
// cluster, a LICENSE, a changelog. Skipped when a directory is walked (reported, never silently);
// naming such a file on the command line still reads it.
bool is_directory_documentation(const fs::path& path) {
  std::string name = path.filename().string();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const char* prefix : {"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "AUTHORS"}) {
    size_t n = std::strlen(prefix);
    if (name.compare(0, n, prefix) == 0 && (name.size() == n || name[n] == '.')) return true;
  }
  return false;
}

std::string file_stem(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (const char* z : {".gz", ".zst"}) {
    std::string_view s(z);
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), z) == 0)
      name.resize(name.size() - s.size());
  }
  size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

bool Reader::read(const std::vector<std::string>& inputs, const ReadSink& sink) {
  bool all_ok = true;
  for (const auto& input : inputs) all_ok &= read_one(input, sink);
  return all_ok;
}

bool Reader::read_one(const std::string& input, const ReadSink& sink) {
  std::error_code ec;
  if (input != "-" && fs::is_directory(input, ec)) {
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(
             input, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec) || !is_readable_extension(it->path().string())) continue;
      if (is_directory_documentation(it->path())) {
        diagnostics_->warn(it->path().string(),
                           "skipped: documentation of the directory, not an article (name the "
                           "file itself to read it)");
        continue;
      }
      files.push_back(it->path().string());
    }
    if (ec) diagnostics_->error(input, "cannot walk directory: " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) diagnostics_->warn(input, "directory holds no readable files");
    for (const auto& f : files) read_file(f, input, sink);
    return !ec;
  }
  if (input != "-" && !fs::exists(input, ec)) {
    diagnostics_->error(input, "no such file or directory");
    return false;
  }
  read_file(input, input, sink);
  return true;
}

void Reader::read_file(const std::string& path, const std::string& input, const ReadSink& sink) {
  Status st;
  auto raw = open_input(path, &st);
  if (!raw) {
    diagnostics_->error(path, st.message());
    return;
  }
  std::string name = path == "-" ? "<stdin>" : path;
  PeekedStream in(std::move(raw), 8192);
  InputFormat format = detect_input_format(options_.format, path, in.head());
  auto deliver = [&](Article&& a) {
    if (options_.lang != "auto" && !options_.lang.empty()) a.lang = options_.lang;
    if (a.text.size() > options_.max_article_bytes) {
      diagnostics_->warn(a.origin.empty() ? name : a.origin,
                         "article text of " + std::to_string(a.text.size()) + " bytes cut to " +
                             std::to_string(options_.max_article_bytes));
      a.text.resize(options_.max_article_bytes);
      a.text = repair_utf8(a.text);
    }
    sink.on_article(std::move(a), input);
  };
  switch (format) {
    case InputFormat::kJsonl: {
      LineReader lines(&in);
      JsonlRecordParser parser;
      std::string_view line;
      std::variant<Article, Cluster> record;
      while (lines.next(&line)) {
        std::string where = name + ":" + std::to_string(lines.line_number());
        if (!parser.parse(line, where, *diagnostics_, &record)) continue;
        if (auto* c = std::get_if<Cluster>(&record)) {
          if (options_.lang != "auto" && !options_.lang.empty()) c->lang = options_.lang;
          if (sink.on_cluster) {
            sink.on_cluster(std::move(*c));
          } else {
            for (auto& a : c->articles) {
              if (a.lang.empty()) a.lang = c->lang;
              deliver(std::move(a));
            }
          }
        } else {
          deliver(std::move(std::get<Article>(record)));
        }
      }
      break;
    }
    case InputFormat::kWarc: {
      read_warc(in, name, deliver, *diagnostics_);
      break;
    }
    default: {
      std::string bytes;
      if (!read_all(in, &bytes, options_.max_article_bytes * 2)) {
        diagnostics_->warn(name, "file larger than " +
                                     std::to_string(options_.max_article_bytes * 2) +
                                     " bytes: only the beginning is read");
      }
      if (format == InputFormat::kFeed) {
        read_feed(bytes, name, deliver, *diagnostics_);
      } else if (format == InputFormat::kHtml) {
        HtmlInput hin;
        hin.origin = name;
        Article a = extract_html_article(bytes, hin);
        if (a.id.empty()) a.id = a.url.empty() ? file_stem(path) : a.url;
        a.origin = name;
        for (const auto& w : a.warnings) diagnostics_->warn(name, w);
        deliver(std::move(a));
      } else {
        Article a;
        bool repaired = false;
        a.text = repair_utf8(bytes, &repaired);
        if (repaired) diagnostics_->warn(name, "invalid UTF-8 bytes replaced with U+FFFD");
        if (a.text.substr(0, 3) == "\xEF\xBB\xBF") a.text.erase(0, 3);
        a.id = file_stem(path);
        a.origin = name;
        if (!options_.lang.empty() && options_.lang != "auto") a.lang = options_.lang;
        deliver(std::move(a));
      }
    }
  }
  // read_warc reports a broken stream itself, with the record it happened after.
  if (format != InputFormat::kWarc && !in.error().ok()) {
    diagnostics_->error(name, in.error().message());
  }
}

}  // namespace precis
