#include "cluster/event_title.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(ArticleLabel, PrefersTheTitle) {
  EXPECT_EQ(lead_label("  Flood   closes bridge ", "Some text."), "Flood closes bridge");
}

TEST(ArticleLabel, SkipsMarkupHeadingsAndDatelines) {
  std::string text =
      "&QL;\nNATIONAL FORECAST &QL;\nLINDHOLM (AP) -- The harbour bridge was closed on Monday "
      "after the river rose two metres overnight. Traffic was diverted.";
  EXPECT_EQ(lead_label("", text, 8), "The harbour bridge was closed on Monday after ...");
}

TEST(ArticleLabel, AbbreviationsAndInitialsDoNotEndTheSentence) {
  EXPECT_EQ(lead_label("", "Some of those who knew him said Dr. Barnett Slepian was not afraid. "
                           "He had received threats.", 12),
            "Some of those who knew him said Dr. Barnett Slepian was not ...");
  EXPECT_EQ(lead_label("", "The shares of Acme Widgets Inc. Rose sharply on the news. Later on.", 20),
            "The shares of Acme Widgets Inc. Rose sharply on the news.");
  EXPECT_EQ(lead_label("", "A letter signed by John Q. Public was read aloud in court. Then more.", 20),
            "A letter signed by John Q. Public was read aloud in court.");
  // A real sentence end still ends the label.
  EXPECT_EQ(lead_label("", "The bridge was closed for repairs today. Traffic moved slowly.", 20),
            "The bridge was closed for repairs today.");
}

// A huge line without a sentence end (a 20 MB article of one-letter words) is labelled from its
// opening; only the first 2,000 bytes of a line are looked at.
TEST(ArticleLabel, HugeLineWithoutSentenceEnd) {
  std::string text;
  for (int i = 0; i < 1'000'000; ++i) text += "word ";
  EXPECT_EQ(lead_label("", text, 3), "word word word ...");
  std::string unbroken(5'000'000, 'x');
  // One word is not prose: the label falls back to the text's first 400 bytes.
  EXPECT_EQ(lead_label("", unbroken + " tail", 3), unbroken.substr(0, 400));
}

TEST(ArticleLabel, ShortOrEmptyText) {
  EXPECT_EQ(lead_label("", ""), "");
  EXPECT_EQ(lead_label("", "Storm"), "Storm");
}

}  // namespace
}  // namespace precis
