#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "text/stemmer.h"
#include "text/stopwords.h"
#include "text/text_analyzer.h"

namespace precis {
namespace {

std::vector<std::string> words(const std::string& text) {
  std::vector<Token> toks;
  tokenize(text, &toks);
  std::vector<std::string> out;
  for (auto t : toks) out.push_back(text.substr(t.begin, t.end - t.begin));
  return out;
}
using V = std::vector<std::string>;

TEST(Tokenizer, WordsNumbersAndPunctuation) {
  EXPECT_EQ(words("Maduro's U.S.-backed rival, 3.5% of 1,000 e-mails."),
            (V{"Maduro's", "U.S.", "-", "backed", "rival", ",", "3.5", "%", "of", "1,000",
               "e-mails", "."}));
}

TEST(Tokenizer, AcronymKeepsFinalPeriodBeforeSpace) {
  EXPECT_EQ(words("the U.S. embassy"), (V{"the", "U.S.", "embassy"}));
}

TEST(Tokenizer, KindsAndCapitals) {
  std::vector<Token> toks;
  std::string text = "Guaidó won 2019 !";
  tokenize(text, &toks);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].kind, TokenKind::kWord);
  EXPECT_TRUE(toks[0].capitalized);
  EXPECT_FALSE(toks[1].capitalized);
  EXPECT_EQ(toks[2].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[3].kind, TokenKind::kPunct);
}

TEST(Tokenizer, CjkIsOneTokenPerCharacter) {
  EXPECT_EQ(words("東京都"), (V{"東", "京", "都"}));
}

TEST(Tokenizer, FoldCase) {
  std::string out;
  fold_case("GUAIDÓ’s ΣΟΦΙΑ", &out);
  EXPECT_EQ(out, "guaidó's σοφια");
}

TEST(Stemmer, EnglishAndFrenchAndUnknown) {
  Stemmer en("en");
  EXPECT_EQ(en.stem("recognized"), "recogn");
  EXPECT_EQ(std::string(en.stem("diplomats")), "diplomat");
  Stemmer fr("fr");
  EXPECT_EQ(std::string(fr.stem("diplomates")), "diplomat");
  Stemmer none("xx");
  EXPECT_FALSE(none.active());
  EXPECT_EQ(none.stem("words"), "words");
}

TEST(Stopwords, PerLanguage) {
  EXPECT_TRUE(stopwords_for("en").contains("the"));
  EXPECT_FALSE(stopwords_for("en").contains("embassy"));
  EXPECT_TRUE(stopwords_for("fr").contains("le"));
  EXPECT_EQ(stopwords_for("zz").size(), 0u);
}

TEST(TextAnalyzer, SameStemSameIdAndPossessives) {
  TextAnalyzer a("en");
  Vocabulary vocab;
  std::vector<Term> terms;
  std::string text = "Maduro's diplomats; the diplomat Maduro.";
  a.analyze(text, 0, text.size(), vocab, &terms);
  ASSERT_EQ(terms.size(), 5u);
  EXPECT_EQ(terms[0].id, terms[4].id);  // maduro's == maduro
  EXPECT_EQ(terms[1].id, terms[3].id);  // diplomats == diplomat
  EXPECT_TRUE(terms[2].stop);
  EXPECT_TRUE(terms[0].capitalized);
  EXPECT_EQ(vocab.term(terms[1].id), "diplomat");
}

}  // namespace
}  // namespace precis
