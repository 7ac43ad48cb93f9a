// libFuzzer target: extract_html_article on arbitrary bytes must never crash, hang, leak or read
// out of bounds (charset detection, libxml2 parsing, deep trees, content selection, metadata).
//   cmake -S . -B build-fuzz -G Ninja -DPRECIS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
//         -DCMAKE_C_COMPILER=clang && ninja -C build-fuzz html_extract_fuzz
//   ./build-fuzz/html_extract_fuzz -max_total_time=300 -max_len=65536 corpus/
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "read/html/html_article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  precis::HtmlInput input;
  input.origin = "fuzz";
  // The first byte picks a declared charset now and then, to reach the conversion paths.
  if (size > 0 && data[0] % 4 == 1) input.content_type = "text/html; charset=Shift_JIS";
  if (size > 0 && data[0] % 4 == 2) input.charset = "UTF-16LE";
  precis::HtmlOptions options;
  options.max_bytes = 1 << 20;
  precis::Article a = precis::extract_html_article(bytes, input, options);
  // Touch the results so nothing is optimised away.
  volatile size_t sink = a.text.size() + a.title.size() + a.warnings.size();
  (void)sink;
  return 0;
}
