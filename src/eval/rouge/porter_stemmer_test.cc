#include "eval/rouge/porter_stemmer.h"

#include <gtest/gtest.h>

namespace precis::rouge {
namespace {

// Examples from Porter (1980), one or more per rule, with the results the paper gives.
TEST(PorterStemmerTest, PaperExamples) {
  const std::pair<const char*, const char*> cases[] = {
      {"caresses", "caress"},
      {"ponies", "poni"},
      {"caress", "caress"},
      {"cats", "cat"},
      {"feed", "feed"},
      {"agreed", "agre"},
      {"plastered", "plaster"},
      {"bled", "bled"},
      {"motoring", "motor"},
      {"sing", "sing"},
      {"conflated", "conflat"},
      {"troubled", "troubl"},
      {"sized", "size"},
      {"hopping", "hop"},
      {"tanned", "tan"},
      {"falling", "fall"},
      {"hissing", "hiss"},
      {"fizzed", "fizz"},
      {"failing", "fail"},
      {"filing", "file"},
      {"happy", "happi"},
      {"sky", "sky"},
      {"relational", "relat"},
      {"conditional", "condit"},
      {"rational", "ration"},
      {"digitizer", "digit"},
      {"vietnamization", "vietnam"},
      {"predication", "predic"},
      {"operator", "oper"},
      {"feudalism", "feudal"},
      {"decisiveness", "decis"},
      {"hopefulness", "hope"},
      {"callousness", "callous"},
      {"formaliti", "formal"},
      {"sensitiviti", "sensit"},
      {"triplicate", "triplic"},
      {"formative", "form"},
      {"formalize", "formal"},
      {"electrical", "electr"},
      {"hopeful", "hope"},
      {"goodness", "good"},
      {"revival", "reviv"},
      {"allowance", "allow"},
      {"inference", "infer"},
      {"airliner", "airlin"},
      {"adjustable", "adjust"},
      {"defensible", "defens"},
      {"irritant", "irrit"},
      {"replacement", "replac"},
      {"adjustment", "adjust"},
      {"dependent", "depend"},
      {"adoption", "adopt"},
      {"communism", "commun"},
      {"activate", "activ"},
      {"effective", "effect"},
      {"bowdlerize", "bowdler"},
      {"probate", "probat"},
      {"rate", "rate"},
      {"cease", "ceas"},
      {"controll", "control"},
      {"roll", "roll"},
  };
  for (const auto& [word, stem] : cases) EXPECT_EQ(porter_stem(word), stem) << word;
}

// The departures of Porter's reference code from the paper, which ROUGE-1.5.5 inherits:
// "bli" -> "ble" and "logi" -> "log" in step 2; any double consonant but l, s, z is undoubled.
TEST(PorterStemmerTest, ReferenceCodeDepartures) {
  EXPECT_EQ(porter_stem("possibly"), "possibl");
  EXPECT_EQ(porter_stem("technology"), "technolog");
  EXPECT_EQ(porter_stem("trekking"), "trek");
}

// ROUGE-1.5.5's own change to step 4: "-ment" and "-ent" are tried after the other suffixes,
// even when "-ement" matched but its stem was too short. "agreement": "-ement" leaves "agr"
// (m = 1, kept), "-ment" leaves "agree" (m = 1, kept), then "-ent" leaves "agreem" (m = 2).
TEST(PorterStemmerTest, RougeStep4Variant) { EXPECT_EQ(porter_stem("agreement"), "agreem"); }

TEST(PorterStemmerTest, InitialYIsAConsonantAndShortWordsStay) {
  EXPECT_EQ(porter_stem("yelling"), "yell");
  EXPECT_EQ(porter_stem("youth"), "youth");
  EXPECT_EQ(porter_stem("is"), "is");
  EXPECT_EQ(porter_stem(""), "");
}

}  // namespace
}  // namespace precis::rouge
