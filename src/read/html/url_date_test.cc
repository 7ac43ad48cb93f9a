#include "read/html/url_date.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

std::string url_day(std::string_view url) {
  DateBounds b;
  b.not_after = days_from_civil(2024, 1, 1) * 86400;
  auto d = extract_url_date(url, b);
  return d ? d->iso_day() : "";
}

TEST(UrlDate, PathSegments) {
  EXPECT_EQ(url_day("https://news.example.com/2019/01/24/some-story/"), "2019-01-24");
  EXPECT_EQ(url_day("https://example.com/world/2019-1-4-story.html"), "2019-01-04");
  EXPECT_EQ(url_day("https://example.com/a/2019_01_24_story"), "2019-01-24");
}

TEST(UrlDate, CompactDigits) {
  EXPECT_EQ(url_day("https://example.com/news/20190124/story.html"), "2019-01-24");
  EXPECT_EQ(url_day("https://example.com/story-20190124.html"), "2019-01-24");
  // Longer digit runs are ids, not dates.
  EXPECT_EQ(url_day("https://example.com/story-201901245.html"), "");
}

TEST(UrlDate, PartialOrInvalidDatesAreIgnored) {
  EXPECT_EQ(url_day("https://example.com/2019/01/story.html"), "");
  EXPECT_EQ(url_day("https://example.com/2019/13/45/story.html"), "");
  EXPECT_EQ(url_day("https://example.com/2030/01/01/future.html"), "");
}

TEST(UrlDate, HostIsIgnored) {
  EXPECT_EQ(url_day("https://2019-01-24.example.com/"), "");
  EXPECT_EQ(url_day("https://example.com"), "");
}

}  // namespace
}  // namespace precis
