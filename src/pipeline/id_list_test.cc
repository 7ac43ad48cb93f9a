#include "pipeline/id_list.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(IdList, KeepsIdsInOrderWithEmptyAndLongOnes) {
  IdList ids;
  EXPECT_TRUE(ids.empty());
  const std::string long_id(100, 'x');
  ids.push_back("a");
  ids.push_back("");
  ids.push_back(long_id);
  ids.push_back(std::string_view("n\0l", 3));  // bytes as given, NUL included
  ASSERT_EQ(ids.size(), 4u);
  EXPECT_EQ(ids[0], "a");
  EXPECT_EQ(ids[1], "");
  EXPECT_EQ(ids[2], long_id);
  EXPECT_EQ(ids[3], std::string_view("n\0l", 3));
  EXPECT_EQ(ids, (IdList{"a", "", long_id, std::string_view("n\0l", 3)}));
  EXPECT_FALSE(ids == (IdList{"a", "", long_id}));
  EXPECT_FALSE((IdList{"ab", "c"}) == (IdList{"a", "bc"}));  // same bytes, other ids
}

}  // namespace
}  // namespace precis
