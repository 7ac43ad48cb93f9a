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

TEST(ArticleLabel, ShortOrEmptyText) {
  EXPECT_EQ(lead_label("", ""), "");
  EXPECT_EQ(lead_label("", "Storm"), "Storm");
}

}  // namespace
}  // namespace precis
