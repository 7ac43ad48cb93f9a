#include "read/markup_text.h"

#include <gtest/gtest.h>

#include <string>

namespace precis {
namespace {

TEST(MarkupText, HtmlFragmentParagraphs) {
  EXPECT_EQ(html_fragment_text("<p>One\n  two</p><p>Three<br>Four</p>"), "One two\nThree\nFour");
  EXPECT_EQ(html_fragment_text("Plain <b>bold</b> &amp; <i>it</i>&nbsp;end"),
            "Plain bold & it end");
  EXPECT_EQ(html_fragment_text("<ul><li>a</li><li>b</li></ul>tail"), "a\nb\ntail");
  EXPECT_EQ(html_fragment_text("<script>var x;</script><style>p{}</style><p>kept</p>"), "kept");
  EXPECT_EQ(html_fragment_text(""), "");
  EXPECT_EQ(html_fragment_text("<p></p><div> </div>"), "");
}

TEST(MarkupText, DeepNestingDoesNotRecurse) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "bottom";
  EXPECT_NE(html_fragment_text(deep).find("bottom"), std::string::npos);
}

TEST(MarkupText, PlainTextParagraphs) {
  EXPECT_EQ(plain_text_paragraphs("a\nb\n\n\nc  d\n"), "a b\nc d");
  EXPECT_EQ(plain_text_paragraphs("   "), "");
}

TEST(MarkupText, LooksLikeMarkup) {
  EXPECT_TRUE(looks_like_markup("<p>x"));
  EXPECT_TRUE(looks_like_markup("a &amp; b"));
  EXPECT_TRUE(looks_like_markup("a &#8217; b"));
  EXPECT_FALSE(looks_like_markup("5 < 6 & 7 > 3"));
  EXPECT_FALSE(looks_like_markup("AT&T"));
}

}  // namespace
}  // namespace precis
