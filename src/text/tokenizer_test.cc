#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <random>

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

// ASCII without joiners, against a plain reference: words are maximal runs of letters and
// digits, every other visible byte is one punctuation token, controls and spaces separate.
// Random texts with the bytes at the edges of the letter and digit ranges ('@', '[', '`', '{',
// '/', ':') and long runs, so that the eight-byte word scan meets every alignment.
TEST(Tokenizer, AsciiRunsMatchAPlainReference) {
  const std::string alphabet = "aZmz AQ09/:@[`{}!(\x7f\x01\t\n";
  std::mt19937 rng(7);
  for (int n = 0; n < 3000; ++n) {
    std::string text;
    size_t len = rng() % 60;
    for (size_t k = 0; k < len; ++k) {
      // Runs of letters are long, as in text: mostly 'a'.
      text.push_back(rng() % 3 ? 'a' : alphabet[rng() % alphabet.size()]);
    }
    std::vector<Token> expected;
    for (size_t i = 0; i < text.size();) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (std::isalnum(c)) {
        size_t j = i;
        bool letter = false;
        while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) {
          letter |= std::isalpha(static_cast<unsigned char>(text[j])) != 0;
          ++j;
        }
        expected.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j),
                            letter ? TokenKind::kWord : TokenKind::kNumber, c >= 'A' && c <= 'Z'});
        i = j;
      } else {
        if (c > ' ') {
          expected.push_back(
              {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), TokenKind::kPunct, false});
        }
        ++i;
      }
    }
    std::vector<Token> got, words_only;
    tokenize(text, &got);
    tokenize_words(text, 0, text.size(), &words_only);
    size_t w = 0;
    for (const Token& t : got) {
      if (t.kind == TokenKind::kPunct) continue;
      ASSERT_LT(w, words_only.size()) << text;
      EXPECT_EQ(words_only[w].begin, t.begin) << text;
      EXPECT_EQ(words_only[w].end, t.end) << text;
      ++w;
    }
    EXPECT_EQ(w, words_only.size()) << text;
    ASSERT_EQ(got.size(), expected.size()) << text;
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].begin, expected[k].begin) << text;
      EXPECT_EQ(got[k].end, expected[k].end) << text;
      EXPECT_EQ(got[k].kind, expected[k].kind) << text;
      EXPECT_EQ(got[k].capitalized, expected[k].capitalized) << text;
    }
  }
}

}  // namespace
}  // namespace precis
