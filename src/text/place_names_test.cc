#include "text/place_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace precis {
namespace {

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::binary_search(names.begin(), names.end(), name);
}

// A WordNet in miniature, in the wndb(5WN) format: location > region > country, with instances
// Turkey, Ankara (of city < region; also, here, an archipelago, which is no person: kept),
// Washington (a city, and a person: left out), New_York (two words: left out), and a person
// Ataturk; the adjective Turkish points at Turkey, Ottoman at a person.
class PlaceNamesFixture : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("precis_wn_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    write("index.noun",
          "  1 This software and database is being provided\n"
          "location n 2 1 ~ 2 1 00000100 00000999\n"
          "object n 1 0 1 0 00000600\n"
          "person n 1 0 1 0 00000500\n");
    write("data.noun",
          "  1 This software and database is being provided\n"
          "00000100 03 n 01 location 0 001 ~ 00000200 n 0000 | a point or extent in space\n"
          "00000200 15 n 01 region 0 002 @ 00000100 n 0000 ~ 00000300 n 0000 | an area\n"
          "00000300 15 n 02 country 0 city 0 001 @ 00000200 n 0000 | a nation\n"
          "00000400 15 n 01 Turkey 0 001 @i 00000300 n 0000 | a republic\n"
          "00000401 15 n 01 Ankara 0 001 @i 00000300 n 0000 | capital of Turkey\n"
          "00000402 15 n 02 Washington 0 Washington_D.C. 0 001 @i 00000300 n 0000 | a capital\n"
          "00000403 15 n 01 New_York 0 001 @i 00000300 n 0000 | a city\n"
          "00000500 03 n 01 person 0 000 | a human being\n"
          "00000501 18 n 02 Washington 0 George_Washington 0 001 @i 00000500 n 0000 | a general\n"
          "00000502 18 n 01 Ataturk 0 001 @i 00000500 n 0000 | a statesman\n"
          "00000600 03 n 01 object 0 001 ~ 00000601 n 0000 | a thing\n"
          "00000601 17 n 01 archipelago 0 001 @ 00000600 n 0000 | islands\n"
          "00000602 17 n 01 Ankara 0 001 @i 00000601 n 0000 | not a real archipelago\n"
          "00000999 15 n 01 location 1 000 | a second sense\n");
    write("data.adj",
          "  1 This software and database is being provided\n"
          "00000700 01 a 01 Turkish 0 001 \\ 00000400 n 0101 | of Turkey\n"
          "00000701 01 a 01 Ottoman(a) 0 001 \\ 00000502 n 0101 | of the empire\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(PlaceNamesFixture, InstancesOfLocationKindsAndTheirAdjectives) {
  std::string error;
  auto names = wordnet_place_names(dir_.string(), &error);
  ASSERT_TRUE(names) << error;
  EXPECT_EQ(*names, (std::vector<std::string>{"Ankara", "Turkey", "Turkish"}));
}

TEST_F(PlaceNamesFixture, MissingFileIsAnErrorNamingIt) {
  std::filesystem::remove(dir_ / "data.adj");
  std::string error;
  EXPECT_FALSE(wordnet_place_names(dir_.string(), &error));
  EXPECT_NE(error.find("data.adj"), std::string::npos) << error;
  EXPECT_FALSE(wordnet_place_names((dir_ / "nowhere").string(), &error));
  EXPECT_NE(error.find("nowhere/index.noun"), std::string::npos) << error;
}

TEST(PlaceNames, SystemWordNet) {
  if (!std::filesystem::exists("/usr/share/wordnet/data.noun"))
    GTEST_SKIP() << "/usr/share/wordnet not installed (Debian package wordnet-base)";
  std::string error;
  auto names = wordnet_place_names("/usr/share/wordnet", &error);
  ASSERT_TRUE(names) << error;
  EXPECT_TRUE(std::is_sorted(names->begin(), names->end()));
  for (const char* place : {"Turkey", "Ankara", "Turkish", "Brazil", "Syria", "Syrian", "Gaza",
                            "Jerusalem", "Kosovo", "Philippines", "Manila", "Rome"})
    EXPECT_TRUE(has(*names, place)) << place;
  // Persons too, or not places at all.
  for (const char* other : {"Washington", "Clinton", "Senate", "Congress", "Ocalan", "Leonid"})
    EXPECT_FALSE(has(*names, other)) << other;
  EXPECT_GT(names->size(), 2000u);
  // Shared: the second call returns the same list.
  EXPECT_EQ(wordnet_place_names("/usr/share/wordnet", &error).get(), names.get());
}

}  // namespace
}  // namespace precis
