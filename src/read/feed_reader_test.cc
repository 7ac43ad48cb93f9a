#include "read/feed_reader.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <vector>

namespace precis {
namespace {

std::vector<Article> read(const std::string& xml, Diagnostics* diagnostics) {
  std::vector<Article> out;
  size_t n = read_feed(
      xml, "feed.xml", [&](Article&& a) { out.push_back(std::move(a)); }, *diagnostics);
  EXPECT_EQ(n, out.size());
  return out;
}

const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Harbour Gazette</title>
    <link>https://gazette.example/</link>
    <language>en-GB</language>
    <item>
      <media:title>Photo of the ferry</media:title>
      <title>Ferry service resumes &amp; fares drop</title>
      <link>https://gazette.example/ferry</link>
      <guid isPermaLink="false">gazette-1001</guid>
      <pubDate>Tue, 03 Mar 2026 14:30:00 GMT</pubDate>
      <author>desk@gazette.example (Mara Olsen)</author>
      <description>Short teaser.</description>
      <content:encoded><![CDATA[<p>The ferry to the <b>north island</b> runs again.</p>
        <p>Fares fell by a third.</p><script>track()</script>]]></content:encoded>
    </item>
    <item>
      <title>Storm warning</title>
      <link>https://gazette.example/storm</link>
      <pubDate>Wed, 04 Mar 2026 08:00:00 EST</pubDate>
      <dc:creator>Jon Berg</dc:creator>
      <description>&lt;p&gt;Winds of 90 km/h.&lt;/p&gt;&lt;p&gt;Schools close.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Plain item</title>
      <guid>https://gazette.example/plain</guid>
      <description>Line one
continues here.

Second paragraph.</description>
    </item>
  </channel>
</rss>)";

TEST(FeedReader, ReadsRss2) {
  Diagnostics diagnostics;
  auto items = read(kRss, &diagnostics);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(diagnostics.errors() + diagnostics.warnings(), 0u);

  const Article& a = items[0];
  EXPECT_EQ(a.title, "Ferry service resumes & fares drop");
  EXPECT_EQ(a.url, "https://gazette.example/ferry");
  EXPECT_EQ(a.id, "gazette-1001");
  EXPECT_EQ(a.source, "Harbour Gazette");
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.byline, "Mara Olsen");
  EXPECT_EQ(a.text, "The ferry to the north island runs again.\nFares fell by a third.");
  EXPECT_EQ(a.published_source, "feed");
  EXPECT_EQ(a.published.substr(0, 19), "2026-03-03T14:30:00");
  ASSERT_TRUE(a.time.has_value());
  EXPECT_EQ(*a.time, 1772548200);
  EXPECT_EQ(a.origin, "feed.xml item 1");

  const Article& b = items[1];
  EXPECT_EQ(b.text, "Winds of 90 km/h.\nSchools close.");  // escaped HTML description
  EXPECT_EQ(b.byline, "Jon Berg");
  EXPECT_EQ(b.id, "https://gazette.example/storm");  // no guid: the link
  ASSERT_TRUE(b.time.has_value());
  EXPECT_EQ(*b.time, 1772629200);  // 08:00 EST = 13:00 UTC

  const Article& c = items[2];
  EXPECT_EQ(c.url, "https://gazette.example/plain");  // permalink guid stands in for link
  EXPECT_EQ(c.text, "Line one continues here.\nSecond paragraph.");
  EXPECT_TRUE(c.published.empty());
  EXPECT_FALSE(c.time.has_value());
}

const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-AT">
  <title type="text">Alpenbote</title>
  <author><name>Redaktion</name></author>
  <id>urn:uuid:feed-1</id>
  <entry>
    <title type="html">Neue &lt;em&gt;Seilbahn&lt;/em&gt; eröffnet</title>
    <link rel="self" href="https://alpen.example/api/7"/>
    <link rel="alternate" type="text/html" href="https://alpen.example/seilbahn"/>
    <id>tag:alpen.example,2026:7</id>
    <updated>2026-02-01T09:00:00Z</updated>
    <published>2026-01-31T18:15:00+01:00</published>
    <author><name>Eva Huber</name></author>
    <summary>Kurzfassung.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Bahn fährt.</p><ul><li>Eins</li><li>Zwei</li></ul></div></content>
  </entry>
  <entry>
    <title>Nur Zusammenfassung</title>
    <link href="https://alpen.example/kurz"/>
    <id>tag:alpen.example,2026:8</id>
    <updated>2026-02-02T10:00:00Z</updated>
    <summary type="html">&lt;p&gt;Erster&lt;br&gt;Zweiter&lt;/p&gt;</summary>
  </entry>
</feed>)";

TEST(FeedReader, ReadsAtom) {
  Diagnostics diagnostics;
  auto items = read(kAtom, &diagnostics);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(diagnostics.errors() + diagnostics.warnings(), 0u);
  const Article& a = items[0];
  EXPECT_EQ(a.title, "Neue Seilbahn eröffnet");
  EXPECT_EQ(a.url, "https://alpen.example/seilbahn");
  EXPECT_EQ(a.id, "tag:alpen.example,2026:7");
  EXPECT_EQ(a.source, "Alpenbote");
  EXPECT_EQ(a.lang, "de");
  EXPECT_EQ(a.byline, "Eva Huber");
  EXPECT_EQ(a.text, "Die Bahn fährt.\nEins\nZwei");
  EXPECT_EQ(a.published.substr(0, 10), "2026-01-31");  // published beats updated
  ASSERT_TRUE(a.time.has_value());
  EXPECT_EQ(*a.time, 1769879700);  // 17:15 UTC

  const Article& b = items[1];
  EXPECT_EQ(b.url, "https://alpen.example/kurz");  // link without rel is alternate
  EXPECT_EQ(b.byline, "Redaktion");                // feed-level author
  EXPECT_EQ(b.text, "Erster\nZweiter");
  EXPECT_EQ(b.published.substr(0, 10), "2026-02-02");  // only updated
}

TEST(FeedReader, ReadsRss1Rdf) {
  const char* rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>RDF Daily</title></channel>
  <item rdf:about="https://x.example/1">
    <title>First</title><link>https://x.example/1</link>
    <dc:date>2025-12-24T06:00:00Z</dc:date>
    <description>Body one.</description>
  </item>
</rdf:RDF>)";
  Diagnostics diagnostics;
  auto items = read(rdf, &diagnostics);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].source, "RDF Daily");
  EXPECT_EQ(items[0].published.substr(0, 10), "2025-12-24");
  EXPECT_EQ(items[0].text, "Body one.");
}

TEST(FeedReader, RecoversBrokenXmlWithWarning) {
  std::string broken = R"(<rss><channel><title>T</title>
    <item><title>One</title><description>Fine & dandy</description></item>
    <item><title>Two</title><description>cut)";
  Diagnostics diagnostics;
  auto items = read(broken, &diagnostics);
  ASSERT_GE(items.size(), 1u);
  EXPECT_EQ(items[0].title, "One");
  EXPECT_EQ(diagnostics.warnings(), 1u);
  EXPECT_NE(diagnostics.kept()[0].what.find("not well-formed"), std::string::npos);
}

TEST(FeedReader, RejectsNonFeeds) {
  Diagnostics diagnostics;
  EXPECT_TRUE(read("<html><body>page</body></html>", &diagnostics).empty());
  EXPECT_TRUE(read("", &diagnostics).empty());
  EXPECT_TRUE(read("\x01\x02 binary", &diagnostics).empty());
  EXPECT_EQ(diagnostics.errors(), 3u);
  EXPECT_NE(diagnostics.kept()[0].what.find("root element <html>"), std::string::npos);
}

TEST(FeedReader, NoExternalEntities) {
  // XXE: an external entity must never be read.
  std::string secret_path = "/tmp/precis_feed_xxe_secret.txt";
  std::ofstream(secret_path) << "TOPSECRET";
  std::string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://" +
                    secret_path +
                    "\">]>\n<rss><channel><title>T</title><item><title>a&xxe;b</title>"
                    "<description>x &xxe; y</description></item></channel></rss>";
  Diagnostics diagnostics;
  auto items = read(xxe, &diagnostics);
  std::remove(secret_path.c_str());
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].title.find("TOPSECRET"), std::string::npos) << items[0].title;
  EXPECT_EQ(items[0].text.find("TOPSECRET"), std::string::npos) << items[0].text;
}

TEST(FeedReader, BillionLaughsDoesNotExpand) {
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n";
  for (int i = 1; i <= 10; ++i) {
    bomb += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) bomb += "&l" + std::to_string(i - 1) + ";";
    bomb += "\">\n";
  }
  bomb +=
      "]>\n<rss><channel><item><title>t</title><description>&l10;</description></item>"
      "</channel></rss>";
  Diagnostics diagnostics;
  auto start = std::chrono::steady_clock::now();
  auto items = read(bomb, &diagnostics);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 2.0);
  for (const auto& a : items) EXPECT_LT(a.text.size(), 10000u);
}

TEST(FeedReader, LooksLikeFeed) {
  EXPECT_TRUE(looks_like_feed("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
  EXPECT_TRUE(looks_like_feed("\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
  EXPECT_TRUE(looks_like_feed("<?xml version='1.0'?><!-- c --><rdf:RDF xmlns:rdf='x'>"));
  EXPECT_TRUE(looks_like_feed("<!DOCTYPE rss [<!ENTITY a \"b\">]>\n<rss>"));
  EXPECT_FALSE(looks_like_feed("<!DOCTYPE html><html><body>"));
  EXPECT_FALSE(looks_like_feed("{\"id\": 1}"));
  EXPECT_FALSE(looks_like_feed("text <rss>"));
  EXPECT_FALSE(looks_like_feed("<rssx>"));
  EXPECT_FALSE(looks_like_feed(""));
}

}  // namespace
}  // namespace precis
