// libFuzzer target: arbitrary bytes (plain, gzip or zstd, detected like a file) through the JSONL
// path the reader uses: InputStream -> LineReader -> JsonlRecordParser.
//
// Checks (abort on violation):
//  - lines never contain '\n', line numbers count up by one, bytes_read never exceeds what the
//    decompressor can deliver (bounded below so a gzip bomb cannot exhaust memory);
//  - a line the parser rejects is either blank or reported as an error (no record is lost
//    silently), and a line it accepts yields a record with an id and an origin;
//  - every accepted article's text, title and id are valid UTF-8 (offsets into Article::text are
//    byte offsets into UTF-8 text downstream).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include "precis/diagnostics.h"
#include "read/input_stream.h"
#include "read/jsonl_record.h"
#include "read/line_reader.h"
#include "text/utf8.h"

namespace {

// Decompressed bytes read per input at most: plenty for coverage, and a bound on memory when
// the input is a small gzip or zstd frame that expands hugely.
constexpr size_t kMaxBytes = 8u << 20;

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

void check_article(const precis::Article& a) {
  if (a.id.empty() || a.origin.empty()) abort();
  if (!precis::is_valid_utf8(a.text) || !precis::is_valid_utf8(a.title) ||
      !precis::is_valid_utf8(a.id)) {
    abort();
  }
  if (a.time && a.published.empty()) abort();  // a time always comes from a date string
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto in =
      precis::memory_input(std::string(reinterpret_cast<const char*>(data), size), "fuzz.jsonl");
  precis::LineReader lines(in.get());
  precis::JsonlRecordParser parser;
  precis::Diagnostics diagnostics;
  std::string_view line;
  size_t expected_line = 0;
  while (lines.bytes_read() <= kMaxBytes && lines.next(&line)) {
    ++expected_line;
    if (lines.line_number() != expected_line) abort();
    if (line.find('\n') != std::string_view::npos) abort();
    std::string where = "fuzz.jsonl:" + std::to_string(lines.line_number());
    size_t errors_before = diagnostics.errors();
    std::variant<precis::Article, precis::Cluster> record;
    bool ok = parser.parse(line, where, diagnostics, &record);
    if (!ok) {
      // Rejected: blank lines silently, anything else with an error naming the line.
      if (!blank(line) && diagnostics.errors() == errors_before) abort();
      continue;
    }
    if (blank(line)) abort();
    if (auto* a = std::get_if<precis::Article>(&record)) {
      check_article(*a);
    } else {
      const auto& c = std::get<precis::Cluster>(record);
      if (c.id.empty() || c.origin != where) abort();
      for (const auto& a : c.articles) check_article(a);
    }
  }
  for (const auto& d : diagnostics.kept()) {
    if (d.where.rfind("fuzz.jsonl:", 0) != 0 || d.what.empty()) abort();
  }
  return 0;
}
