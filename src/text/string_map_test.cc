#include "text/string_map.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace precis {
namespace {

// Keys of every length up to 40 bytes, and for each a twin differing in one byte (first,
// middle or last): the inline hash and compare take different paths by length.
std::vector<std::string> keys() {
  std::vector<std::string> out;
  for (size_t n = 0; n <= 40; ++n) {
    std::string k;
    for (size_t i = 0; i < n; ++i) k.push_back(static_cast<char>('a' + (i * 7 + n) % 26));
    out.push_back(k);
    for (size_t at : {size_t{0}, n / 2, n ? n - 1 : 0}) {
      if (n == 0) break;
      std::string twin = k;
      twin[at] = static_cast<char>(twin[at] ^ 0x20);
      out.push_back(twin);
    }
  }
  return out;
}

TEST(StringMap, FindsWhatWasInsertedAndNothingElse) {
  std::vector<std::string> all = keys();
  for (bool reserve : {false, true}) {
    StringMap<uint32_t> map;
    if (reserve) map.reserve(1000);
    std::vector<bool> inserted(all.size());
    for (size_t i = 0; i < all.size(); i += 2) {
      auto [value, fresh] = map.insert(all[i], static_cast<uint32_t>(i));
      // A twin may equal an earlier key (a twin of the empty key is none).
      inserted[i] = fresh;
      if (fresh) EXPECT_EQ(*value, i);
    }
    for (size_t i = 0; i < all.size(); ++i) {
      const uint32_t* v = map.find(all[i]);
      bool expected = false;
      for (size_t j = 0; j < all.size(); j += 2) expected |= inserted[j] && all[j] == all[i];
      EXPECT_EQ(v != nullptr, expected) << "'" << all[i] << "'";
      if (v) EXPECT_EQ(all[*v], all[i]);
    }
    // Hashing once and inserting with the hash is the same as inserting.
    std::string extra = "precomputed";
    EXPECT_TRUE(map.insert_hashed(extra, StringMap<uint32_t>::hash(extra), 7).second);
    ASSERT_NE(map.find(extra), nullptr);
    EXPECT_EQ(*map.find(extra), 7u);
    map.clear();
    EXPECT_EQ(map.size(), 0u);
    EXPECT_EQ(map.find(all[1]), nullptr);
  }
}

}  // namespace
}  // namespace precis
