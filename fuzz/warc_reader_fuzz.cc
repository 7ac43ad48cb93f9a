// libFuzzer target: arbitrary bytes (plain, gzip or zstd, detected like a file) through the WARC
// reader, the HTTP decoding and the HTML extractor. Checks the counting invariants of WarcStats.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "read/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto in =
      precis::memory_input(std::string(reinterpret_cast<const char*>(data), size), "fuzz.warc");
  precis::Diagnostics diagnostics;
  size_t delivered = 0;
  precis::HtmlOptions options;
  options.max_bytes = 1 << 20;  // keep single runs fast
  precis::WarcStats stats = precis::read_warc(
      *in, "fuzz.warc", [&](precis::Article&& a) { delivered += !a.origin.empty(); }, diagnostics,
      options);
  if (delivered != stats.articles || stats.responses > stats.records ||
      stats.articles > stats.records) {
    abort();
  }
  return 0;
}
