#include "read/html/publication_date.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace precis {
namespace {

// Parses an invented page and chooses its date the way extract_html_metadata does.
PublicationDate date_of(std::string_view html, std::string_view url = "",
                        SlashOrder order = SlashOrder::kDayFirst) {
  htmlDocPtr doc = htmlReadMemory(
      html.data(), static_cast<int>(html.size()), "", "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> owner(doc, xmlFreeDoc);
  MetaSignals s = collect_meta_signals(doc);
  std::vector<JsonLdObject> objects;
  for (const std::string& script : s.json_ld) parse_json_ld(script, objects);
  DateBounds bounds;
  bounds.max_year = 2030;
  return choose_publication_date(s, best_json_ld_object(objects), url, bounds, order);
}

std::string day_of(std::string_view html, std::string_view url = "") {
  PublicationDate d = date_of(html, url);
  return d.date ? d.date->iso_day() : "";
}

TEST(PublicationDate, PrintedDayPicksBetweenDisagreeingStamps) {
  // JSON-LD and the OpenGraph tag disagree; the page prints the OpenGraph day.
  std::string page = R"html(<html><head>
    <meta property="article:published_time" content="2023-03-06T14:25:00Z">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Owls return",
      "datePublished":"2023-03-02T10:00:00Z"}</script></head>
    <body><article><h1>Owls return</h1><p>06.03.2023, 15:25</p><p>Text.</p></article>
    </body></html>)html";
  PublicationDate d = date_of(page);
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->iso_day(), "2023-03-06");
  EXPECT_STREQ(d.source, "meta");
  // Without a printed date the order of trust stands: JSON-LD first.
  std::string quiet = page;
  quiet.replace(quiet.find("06.03.2023, 15:25"), 17, "no date here");
  EXPECT_EQ(day_of(quiet), "2023-03-02");
}

TEST(PublicationDate, GenericMetaAndTimeStampsCanBeThePrintedOnes) {
  EXPECT_EQ(day_of(R"html(<html><head><meta name="DC.date" content="2023-02-07T07:30+01:00">
    <script type="application/ld+json">{"@type":"Article","datePublished":"2023-02-06T18:19"}
    </script></head><body><h1>Ferry news</h1><p>07.02.2023, 07:30 Uhr</p></body></html>)html"),
            "2023-02-07");
  EXPECT_EQ(day_of(R"html(<html><head><meta property="article:published_time" content="2023-01-15">
    </head><body><div class="info"><time datetime="2023-01-25">25.01.2023</time></div>
    <h1>Snow report</h1><p>25.01.2023</p></body></html>)html"),
            "2023-01-25");
}

TEST(PublicationDate, PrintedLocalDayOfAUtcStamp) {
  // 02:41 UTC is 22:41 the evening before in the publisher's zone, as the page prints it.
  std::string page = R"html(<html><head><script type="application/ld+json">
    {"@type":"NewsArticle","datePublished":"Wed, 04 May 2022 02:41:00 GMT"}</script></head>
    <body><h1>Harbour strike ends</h1><p>%s</p></body></html>)html";
  auto with = [&](const char* printed) {
    std::string p = page;
    p.replace(p.find("%s"), 2, printed);
    return day_of(p);
  };
  EXPECT_EQ(with("03/05/2022 22:41"), "2022-05-03");
  // A printed day without a time of day, or times no zone explains, leave the stamp alone.
  EXPECT_EQ(with("03/05/2022"), "2022-05-04");
  EXPECT_EQ(with("03/05/2022 08:00"), "2022-05-04");
}

TEST(PublicationDate, GenericMetaDateLosesToThePrintedDate) {
  // CMSs fill <meta name="date"> with the last change; the article prints its own day.
  std::string page = R"html(<html><head><meta name="date" content="2021-12-20T11:02:44+01:00">
    </head><body><article><h1>Wine tasting</h1><span class="date">27.01.2022</span>
    <p>Text.</p></article></body></html>)html";
  PublicationDate d = date_of(page);
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->iso_day(), "2022-01-27");
  EXPECT_STREQ(d.source, "text");
  // A specific publication name is not overruled that way.
  std::string specific = page;
  specific.replace(specific.find("name=\"date\""), 11, "property=\"article:published_time\"");
  EXPECT_EQ(day_of(specific), "2021-12-20");
}

TEST(PublicationDate, TeaserDatesAreNotLabels) {
  EXPECT_EQ(day_of(R"html(<html><body><article>
    <a href="/other"><em class="teaser__subline-pubdate">04.11.2021</em></a>
    <span class="date">Stand 12.11.2021</span>
    <h1>Travel advice</h1><p>Text.</p></article></body></html>)html"),
            "2021-11-12");
}

TEST(PublicationDate, LastResorts) {
  // The page summary names the day.
  EXPECT_EQ(day_of(R"html(<html><head><meta name="description"
    content="Bears: a record year (news of 14 January 2020)"></head>
    <body><h1>Bears</h1><p>No date.</p></body></html>)html"),
            "2020-01-14");
  // The page footer, but never a comment box.
  EXPECT_EQ(day_of(R"html(<html><body><h1>Service</h1><p>Text.</p>
    <div id="comments"><p>Posted 02.02.2019</p></div>
    <footer><p>Letzte Änderung: 18.12.2019</p><p>Erschienen am: 19.12.2019</p></footer>
    </body></html>)html"),
            "2019-12-19");
  EXPECT_EQ(day_of(R"html(<html><body><h1>Service</h1><div id="comments">
    <p>Posted 02.02.2019</p></div></body></html>)html"),
            "");
  // A wiki page that only says when it was last edited.
  EXPECT_EQ(day_of(R"html(<html><body><h1>Download</h1><p>Get it here.</p>
    <p>last edited 2019-11-10 13:28:18 by someone</p></body></html>)html"),
            "2019-11-10");
  // A state blob whose only stamp is "createdAt".
  EXPECT_EQ(day_of(R"html(<html><head><script>window.__s={"blocks":[{"createdAt":
    "2022-01-31T15:58:43+01:00"}]}</script></head><body><h1>Athletes</h1></body></html>)html"),
            "2022-01-31");
}

TEST(PublicationDate, DayFirstUrl) {
  EXPECT_EQ(day_of("<html><body><h1>A</h1></body></html>", "https://x.org/news/29-10-2021"),
            "2021-10-29");
}

}  // namespace
}  // namespace precis
