#include "eval/rouge/rouge_tokenizer.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

std::vector<std::string> words(RougeTokenizer& tokenizer, std::string_view line) {
  std::vector<uint32_t> ids;
  tokenizer.tokenize(line, &ids);
  std::vector<std::string> out;
  for (uint32_t id : ids) out.push_back(tokenizer.word(id));
  return out;
}

TEST(RougeTokenizerTest, KeepsRunsOfLowerCaseLettersAndDigits) {
  RougeTokenizer tokenizer(nullptr, nullptr);
  EXPECT_EQ(
      words(tokenizer, "maduro's u.s. well-known, -- 2010 caf\xC3\xA9s"),
      (std::vector<std::string>{"maduro", "s", "u", "s", "well", "known", "2010", "caf", "s"}));
  EXPECT_TRUE(words(tokenizer, ". -- !").empty());
}

TEST(RougeTokenizerTest, SameWordSameId) {
  RougeTokenizer tokenizer(nullptr, nullptr);
  std::vector<uint32_t> ids;
  tokenizer.tokenize("cat dog cat", &ids);
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], ids[2]);
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_EQ(tokenizer.vocabulary_size(), 2u);
}

TEST(RougeTokenizerTest, StopWordsGoBeforeStemming) {
  WordNetExceptions exceptions;
  exceptions.add_list("children child\n");
  std::unordered_set<std::string> stop{"the", "children"};
  RougeTokenizer tokenizer(&exceptions, &stop);
  // "children" is a stop word as written, so it is dropped; "cats" is stemmed.
  EXPECT_EQ(words(tokenizer, "the children and the cats"),
            (std::vector<std::string>{"and", "cat"}));
}

}  // namespace
}  // namespace precis::rouge
