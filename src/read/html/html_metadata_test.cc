#include "read/html/html_metadata.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <memory>
#include <string_view>

#include "read/html/date_parser.h"

namespace precis {
namespace {

HtmlMetadata meta_of(std::string_view html, std::string url = "",
                     std::optional<int64_t> crawl_time = std::nullopt) {
  htmlDocPtr doc = htmlReadMemory(
      html.data(), static_cast<int>(html.size()), "", "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> owner(doc, xmlFreeDoc);
  HtmlInput input;
  input.url = std::move(url);
  input.crawl_time = crawl_time;
  return extract_html_metadata(doc, input);
}

TEST(HtmlMetadata, JsonLdIsTrustedFirst) {
  HtmlMetadata m = meta_of(R"(<html lang="en-GB"><head><title>Bridge reopens | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2019-01-20T10:00:00Z">
    <link rel="canonical" href="https://example.com/bridge">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge reopens",
      "datePublished":"2019-01-24T08:00:00+01:00","author":{"@type":"Person","name":"Jane Doe"}}
    </script></head><body><h1>Bridge reopens</h1><p>Text.</p></body></html>)",
                           "https://example.com/2019/01/22/bridge");
  EXPECT_EQ(m.title, "Bridge reopens");
  EXPECT_EQ(m.byline, "Jane Doe");
  EXPECT_EQ(m.site_name, "Example News");
  EXPECT_EQ(m.lang, "en");
  EXPECT_EQ(m.canonical_url, "https://example.com/bridge");
  EXPECT_EQ(m.published, "2019-01-24T08:00:00+01:00");
  EXPECT_EQ(m.published_source, "json-ld");
  ASSERT_TRUE(m.time);
  EXPECT_EQ(*m.time, days_from_civil(2019, 1, 24) * 86400 + 7 * 3600);
}

TEST(HtmlMetadata, MetaBeforeTimeBeforeUrl) {
  const char* page = R"(<html><head><meta name="author" content="By Max Muster">
    %s</head><body><article><h1>T</h1><time datetime="2019-01-23">23 Jan</time></article>
    </body></html>)";
  char buf[512];
  std::snprintf(buf, sizeof buf, page,
                R"(<meta property="article:published_time" content="2019-01-21">)");
  EXPECT_EQ(meta_of(buf, "https://x.com/2019/01/19/a").published_source, "meta");
  EXPECT_EQ(meta_of(buf, "https://x.com/2019/01/19/a").byline, "Max Muster");
  std::snprintf(buf, sizeof buf, page, "");
  HtmlMetadata m = meta_of(buf, "https://x.com/2019/01/19/a");
  EXPECT_EQ(m.published, "2019-01-23");
  EXPECT_EQ(m.published_source, "time");
}

TEST(HtmlMetadata, UrlThenTextDates) {
  HtmlMetadata m = meta_of("<html><body><h1>A</h1><p>Some text</p></body></html>",
                           "https://x.com/news/2018/03/04/a.html");
  EXPECT_EQ(m.published, "2018-03-04");
  EXPECT_EQ(m.published_source, "url");
  m = meta_of(R"(<html><body><h1>A title here</h1>
    <div class="post-meta">Posted on March 5, 2018 by Ann</div><p>Body</p></body></html>)");
  EXPECT_EQ(m.published, "2018-03-05");
  EXPECT_EQ(m.published_source, "text");
}

TEST(HtmlMetadata, IgnoresDatesInCommentsAndRelatedBoxes) {
  HtmlMetadata m = meta_of(R"(<html><body><h1>Headline of the story</h1>
    <div class="related-posts"><span class="date">01.02.2017</span></div>
    <div id="comments"><time datetime="2017-02-03">3 Feb</time></div>
    <p>Story text.</p><p class="dateline">Berlin, 04.02.2017</p></body></html>)");
  EXPECT_EQ(m.published, "2017-02-04");
}

TEST(HtmlMetadata, ModifiedDateOnlyAsLastResort) {
  const char* head = R"(<html><head><meta property="article:modified_time" content="2020-06-01">
    </head><body><h1>Title</h1>%s</body></html>)";
  char buf[512];
  std::snprintf(buf, sizeof buf, head, "<p>Posted 3 May 2020</p>");
  EXPECT_EQ(meta_of(buf).published, "2020-05-03");
  std::snprintf(buf, sizeof buf, head, "<p>No date here.</p>");
  EXPECT_EQ(meta_of(buf).published, "2020-06-01");
}

TEST(HtmlMetadata, NeverAfterCrawlTime) {
  std::string page = R"(<html><head><meta name="date" content="2021-05-05"></head>
    <body><h1>T</h1></body></html>)";
  EXPECT_EQ(meta_of(page).published, "2021-05-05");
  EXPECT_EQ(meta_of(page, "", days_from_civil(2020, 1, 1) * 86400).published, "");
  // Absurd crawl times neither crash nor let absurd years through.
  EXPECT_EQ(meta_of(page, "", INT64_MAX).published, "2021-05-05");
  EXPECT_EQ(meta_of(page, "", INT64_MIN).published, "");
}

TEST(HtmlMetadata, UrlDayWinsOverNeighbouringStamp) {
  // 23:30 in New York is already the next day in UTC; the URL keeps the printed day.
  HtmlMetadata m = meta_of(R"(<html><head>
    <meta property="article:published_time" content="2019-01-25T04:30:00Z"></head>
    <body><h1>T</h1></body></html>)",
                           "https://x.com/2019/01/24/story");
  EXPECT_EQ(m.published, "2019-01-24");
  EXPECT_EQ(m.published_source, "url");
}

TEST(HtmlMetadata, ScriptStateAndHeadlineDates) {
  HtmlMetadata m = meta_of(R"(<html><head><script>window.s={"publishDate":"2018-07-07"}</script>
    </head><body><h1>T</h1><p>on 01.01.2018</p></body></html>)");
  EXPECT_EQ(m.published, "2018-07-07");
  EXPECT_EQ(m.published_source, "script");
  m = meta_of("<html><body><h1>05.03.2021 - Team wins the final</h1><p>Text</p></body></html>");
  EXPECT_EQ(m.published, "2021-03-05");
}

TEST(HtmlMetadata, BylineThatOnlyNamesTheSiteComesLast) {
  HtmlMetadata m = meta_of(R"(<html><head><meta name="author" content="Example News">
    <meta property="og:site_name" content="Example News"></head>
    <body><h1>T</h1><span class="byline">Von Max Muster</span></body></html>)");
  EXPECT_EQ(m.byline, "Max Muster");
}

TEST(HtmlMetadata, BylineFromYoastReadingCard) {
  HtmlMetadata m = meta_of(R"(<html><head><meta name="twitter:label1" content="Verfasst von">
    <meta name="twitter:data1" content="Karla Beispiel"></head>
    <body><h1>T</h1></body></html>)");
  EXPECT_EQ(m.byline, "Karla Beispiel");
  // Other reading-card labels ("Est. reading time") are not names.
  m = meta_of(R"(<html><head><meta name="twitter:label1" content="Est. reading time">
    <meta name="twitter:data1" content="4 minutes"></head><body><h1>T</h1></body></html>)");
  EXPECT_EQ(m.byline, "");
}

TEST(HtmlMetadata, LanguageFallbacksAndNullDoc) {
  EXPECT_EQ(
      meta_of(R"(<html><head><meta property="og:locale" content="de_DE"></head></html>)").lang,
      "de");
  HtmlMetadata m = extract_html_metadata(nullptr, HtmlInput{});
  EXPECT_EQ(m.title, "");
  EXPECT_FALSE(m.time);
}

}  // namespace
}  // namespace precis
