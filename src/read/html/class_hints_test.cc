#include "read/html/class_hints.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(ClassHints, FurnitureWords) {
  EXPECT_TRUE(class_hints("post-comments") & kHintNegative);
  EXPECT_TRUE(class_hints("relatedArticles") & kHintNegative);
  EXPECT_TRUE(class_hints("social-share bar") & kHintNegative);
  EXPECT_TRUE(class_hints("cookie-banner") & kHintNegative);
  EXPECT_TRUE(class_hints("newsletter_signup") & kHintNegative);
}

TEST(ClassHints, ShortWordsOnlyAsTokensAndWeak) {
  EXPECT_TRUE(class_hints("top ad") & kHintWeakNegative);
  EXPECT_FALSE(class_hints("top ad") & kHintNegative);
  EXPECT_EQ(class_hints("header-download"), kHintWeakNegative);  // "header" token, not "ad"
  EXPECT_EQ(class_hints("loaded"), kHintNone);
  EXPECT_EQ(class_hints("metadata"), kHintNone);
}

TEST(ClassHints, ShortWordsInsideLongTokensDoNotCount) {
  // "kataloginhalt" contains "login"; "kommentare" is not matched, nor should "blog" be negative.
  EXPECT_FALSE(class_hints("SCHRIFT_KATALOG_INHALT_MITTE") & kHintNegative);
}

TEST(ClassHints, StateModifiersAndHeadingSlugsAreIgnored) {
  EXPECT_EQ(class_hints("has-recommendations"), kHintNone);
  EXPECT_EQ(class_hints("no-sidebar"), kHintNone);
  EXPECT_EQ(class_hints("sharing-with-a-single-developer"), kHintNone);
}

TEST(ClassHints, BuilderWidgetsAreNotSidebarWidgets) {
  EXPECT_FALSE(class_hints("elementor-widget-container") & kHintWeakNegative);
  EXPECT_TRUE(class_hints("widget_text") & kHintWeakNegative);
  EXPECT_TRUE(class_hints("widget-area") & kHintWeakNegative);
}

TEST(ClassHints, AuthorBoxesCopyrightAndCredits) {
  EXPECT_TRUE(class_hints("author-box--content") & kHintNegative);
  EXPECT_TRUE(class_hints("about-the-author") & kHintNegative);
  EXPECT_TRUE(class_hints("byline") & kHintAuthor);
  EXPECT_FALSE(class_hints("byline") & kHintNegative);
  EXPECT_TRUE(class_hints("copyright-note") & kHintNegative);
  EXPECT_TRUE(class_hints("post-image-credits") & kHintWeakNegative);
}

TEST(ClassHints, ContentWords) {
  EXPECT_TRUE(class_hints("entry-content") & kHintArticleBody);
  EXPECT_TRUE(class_hints("article__body") & kHintArticleBody);
  EXPECT_TRUE(class_hints("story") & kHintPositive);
  EXPECT_FALSE(class_hints("story") & kHintArticleBody);
  EXPECT_EQ(class_hints(""), kHintNone);
}

}  // namespace
}  // namespace precis
