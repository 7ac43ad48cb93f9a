#include "pipeline/language_guess.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "clean/article_cleaner.h"

namespace precis {
namespace {

TEST(LanguageGuess, ObviousEnglishAndOtherLanguages) {
  EXPECT_EQ(
      guess_language("The council voted on Tuesday to close the old bridge, which has been in use "
                     "since 1931. Engineers said that the cost of repairs would be higher than the "
                     "cost of a new one, and the mayor said he would ask the state for help."),
      "en");
  EXPECT_EQ(
      guess_language(
          "Le conseil municipal a vot\xC3\xA9 mardi la fermeture du vieux pont, en service "
          "depuis 1931. Selon les ing\xC3\xA9nieurs, les r\xC3\xA9parations co\xC3\xBBteraient "
          "plus cher qu'un pont neuf, et le maire demandera l'aide de l'\xC3\x89tat."),
      "fr");
  EXPECT_EQ(guess_language(""), "");
}

// The shortcut never changes the answer on the development data: every article whose body
// head is obviously English is one CLD2 calls English too. (Articles are read as the
// pipeline sees them: the cleaned body's head, no declared language.)
TEST(LanguageGuess, ShortcutAgreesWithCld2OnDevData) {
  std::string root = std::string(PRECIS_SOURCE_DIR) + "/../shared/data";
  const char* files[] = {"/duc2003/clusters.jsonl", "/duc2006/clusters.jsonl",
                         "/multinews/sample250.jsonl", "/multiling2011/clusters.jsonl",
                         "/streams/tdt-dev.jsonl"};
  size_t articles = 0, english = 0;
  for (const char* f : files) {
    std::ifstream in(root + f);
    std::string line;
    while (std::getline(in, line)) {
      auto record = nlohmann::json::parse(line, nullptr, false);
      if (record.is_discarded()) continue;
      auto check = [&](const nlohmann::json& a) {
        if (!a.contains("text") || !a["text"].is_string()) return;
        std::string text = a["text"];
        CleanedText c = clean_text(text);
        std::string_view head = std::string_view(text).substr(c.body.empty() ? 0 : c.body[0].begin);
        if (head.empty()) return;
        ++articles;
        if (guess_language(head) != "en") return;
        ++english;
        EXPECT_EQ(cld2_language(head), "en") << f << ": " << head.substr(0, 200);
      };
      if (record.contains("articles")) {
        for (const auto& a : record["articles"]) check(a);
      } else {
        check(record);
      }
    }
  }
  if (articles == 0) GTEST_SKIP() << "no development data under " << root;
  EXPECT_GT(english, articles / 2);
}

}  // namespace
}  // namespace precis
