#include "read/html/html_title.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(HtmlTitle, StripsSiteNameOnlyWhenItNamesTheSite) {
  EXPECT_EQ(strip_site_name("Bridge reopens | Example News", "Example News", ""), "Bridge reopens");
  EXPECT_EQ(strip_site_name("Example News - Bridge reopens", "", "www.examplenews.com"),
            "Bridge reopens");
  EXPECT_EQ(strip_site_name("Bridge reopens - traffic flows", "Example News", "example.com"),
            "Bridge reopens - traffic flows");
}

TEST(HtmlTitle, H1MatchingTitleWins) {
  MetaSignals s;
  s.title_tag = "Bridge reopens after repairs | Example";
  s.h1 = {"Bridge reopens after repairs"};
  s.meta = {{"og:title", "Bridge reopens (video)"}};
  EXPECT_EQ(choose_title(s, nullptr, "", ""), "Bridge reopens after repairs");
}

TEST(HtmlTitle, H1MatchesDespiteTypographicDashes) {
  // The page shows an en dash and a no-break space where <title> writes ASCII.
  MetaSignals s;
  s.title_tag = "Harbour fair 2015 - call for stalls | Example";
  s.h1 = {
      "Harbour fair\xC2\xA0"
      "2015 \xE2\x80\x93 call for stalls"};
  s.meta = {{"og:title", "Harbour fair 2015 - call for stalls"}};
  // The <h1> wins (its en dash), with its no-break space written as a space like every title.
  EXPECT_EQ(choose_title(s, nullptr, "", ""), "Harbour fair 2015 \xE2\x80\x93 call for stalls");
  // Curly quotes are not loosened: <title> stays the reference there.
  s.title_tag = "Editor's letter";
  s.meta.clear();
  s.h1 = {"Editor\xE2\x80\x99s letter"};
  EXPECT_EQ(choose_title(s, nullptr, "", ""), "Editor's letter");
}

TEST(HtmlTitle, MetaBeforeTitleTag) {
  MetaSignals s;
  s.title_tag = "Home | Example";
  s.h1 = {"Menu", "Other"};
  s.meta = {{"og:title", "Bridge reopens | Example"}};
  // The suffix shared by <title> and og:title is the site's label.
  EXPECT_EQ(choose_title(s, nullptr, "", ""), "Bridge reopens");
  JsonLdObject ld;
  ld.rank = 0;
  ld.headline = "Bridge reopens after two years";
  EXPECT_EQ(choose_title(s, &ld, "", ""), "Bridge reopens after two years");
}

TEST(HtmlTitle, FallsBackToTitleTag) {
  MetaSignals s;
  s.title_tag = "  Bridge   reopens - Example News ";
  EXPECT_EQ(choose_title(s, nullptr, "Example News", ""), "Bridge reopens");
}

}  // namespace
}  // namespace precis
