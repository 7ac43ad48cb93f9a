// libFuzzer target: arbitrary bytes as an RSS/Atom feed, and through the feed sniffer.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "read/feed_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  precis::looks_like_feed(xml);
  precis::Diagnostics diagnostics;
  size_t delivered = 0;
  size_t n = precis::read_feed(
      xml, "fuzz.xml", [&](precis::Article&& a) { delivered += !a.origin.empty(); }, diagnostics);
  if (n != delivered) abort();
  return 0;
}
