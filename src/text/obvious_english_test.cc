#include "text/obvious_english.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

// Invented samples of about the size language identification looks at.
constexpr char kEnglish[] =
    "The council voted on Tuesday to close the old bridge, which has been in use since 1931. "
    "Engineers said that the cost of repairs would be higher than the cost of a new one, and "
    "the mayor said he would ask the state for help with it.";

TEST(ObviousEnglish, PlainEnglishProse) { EXPECT_TRUE(is_obviously_english(kEnglish)); }

TEST(ObviousEnglish, CurlyQuotesAndDashesAreEnglishTypography) {
  EXPECT_TRUE(is_obviously_english(
      "\xE2\x80\x9CThe bridge is not safe,\xE2\x80\x9D the engineer said \xE2\x80\x94 and the "
      "council agreed that it would be closed for the winter, with a vote on the plan that was "
      "set for the spring."));
}

TEST(ObviousEnglish, OtherLanguagesAreLeftToCld2) {
  // German and Dutch written in plain ASCII share "in", "was", "die", "is" with English.
  EXPECT_FALSE(is_obviously_english(
      "Der Stadtrat hat am Dienstag beschlossen, die alte Bruecke zu schliessen, die seit 1931 "
      "in Betrieb ist. Was die Reparatur kosten wuerde, sei hoeher als ein Neubau, sagten die "
      "Ingenieure, und der Buergermeister will das Land um Hilfe bitten."));
  EXPECT_FALSE(is_obviously_english(
      "De gemeenteraad heeft dinsdag besloten de oude brug te sluiten, die sinds 1931 in gebruik "
      "is. Het herstel zou meer kosten dan een nieuwe brug, zeiden de ingenieurs, en de "
      "burgemeester vraagt de provincie om hulp."));
  // A letter with a diacritic: CLD2 decides.
  EXPECT_FALSE(is_obviously_english(std::string(kEnglish) + " caf\xC3\xA9"));
}

TEST(ObviousEnglish, TooLittleEvidence) {
  EXPECT_FALSE(is_obviously_english("The bridge and the road."));  // under 20 words
  EXPECT_FALSE(is_obviously_english(""));
  // Enough words, but a list of names and numbers rather than prose.
  EXPECT_FALSE(is_obviously_english(
      "Smith 12 Jones 9 Brown 7 Taylor 6 Wilson 5 Davies 4 Evans 4 Thomas 3 Johnson 3 Roberts 2 "
      "Walker 2 Wright 2 Robinson 1 Thompson 1 White 1 Hughes 1 Edwards 1 Green 1 Hall 1 Wood 1"));
}

TEST(ObviousEnglish, ThresholdsAreOptions) {
  ObviousEnglishOptions strict;
  strict.min_english_share = 0.9;
  EXPECT_FALSE(is_obviously_english(kEnglish, strict));
  ObviousEnglishOptions loose;
  loose.min_words = 3;
  EXPECT_TRUE(is_obviously_english("The bridge and the road.", loose));
}

}  // namespace
}  // namespace precis
