// libFuzzer target: arbitrary bytes as the three WordNet files the place-name lexicon is read
// from (`--wordnet DIR` lets a user point at any directory). The input is split at the first two
// form feeds (0x0C) into index.noun, data.noun and data.adj; parse_wordnet_place_names.
//
// Checks (abort on violation): on success the names are sorted, distinct, non-empty, start with
// A-Z and hold ASCII letters only; on failure an error is given.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "text/place_names.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string parts[3];
  for (int i = 0; i < 3; ++i) {
    size_t ff = i < 2 ? in.find('\f') : std::string_view::npos;
    parts[i] = std::string(in.substr(0, ff));
    in = ff == std::string_view::npos ? std::string_view() : in.substr(ff + 1);
  }
  std::istringstream index(parts[0]), noun(parts[1]), adj(parts[2]);
  std::string error;
  auto names = precis::parse_wordnet_place_names(index, noun, adj, &error);
  if (!names) {
    if (error.empty()) abort();
    return 0;
  }
  for (size_t i = 0; i < names->size(); ++i) {
    const std::string& n = (*names)[i];
    if (n.empty() || n[0] < 'A' || n[0] > 'Z') abort();
    for (char c : n)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) abort();
    if (i > 0 && !((*names)[i - 1] < n)) abort();
  }
  return 0;
}
