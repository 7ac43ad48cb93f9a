#include "read/html/meta_signals.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>

#include <memory>
#include <string_view>

namespace precis {
namespace {

MetaSignals signals_of(std::string_view html) {
  htmlDocPtr doc = htmlReadMemory(
      html.data(), static_cast<int>(html.size()), "", "UTF-8",
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> owner(doc, xmlFreeDoc);
  return collect_meta_signals(doc);
}

TEST(MetaSignals, HeadClues) {
  MetaSignals s = signals_of(R"(<html lang="fr"><head><title> Titre | Site </title>
    <meta property="OG:Title" content="Titre"><meta name="author" content="Ann">
    <link rel="canonical" href="https://x.fr/a">
    <script type="application/ld+json">{"@type":"Article"}</script>
    <script>var state = {"publishedDate":"2020-02-02T10:00:00Z"};</script></head></html>)");
  EXPECT_EQ(s.html_lang, "fr");
  EXPECT_EQ(s.title_tag, "Titre | Site");
  EXPECT_EQ(meta_value(s, "og:title"), "Titre");
  EXPECT_EQ(meta_value(s, "author"), "Ann");
  EXPECT_EQ(meta_value(s, "missing"), "");
  EXPECT_EQ(s.canonical, "https://x.fr/a");
  ASSERT_EQ(s.json_ld.size(), 1u);
  EXPECT_EQ(s.script_dates, std::vector<std::string>{"2020-02-02T10:00:00Z"});
}

TEST(MetaSignals, BoilerplateClassesAreWordParts) {
  MetaSignals s = signals_of(R"(<html><body>
    <div class="layout has-sidebar"><h1>Headline</h1>
      <time class="entry-date published updated" datetime="2020-01-02">2 Jan</time></div>
    <div class="comments-area"><time datetime="2020-01-05">5 Jan</time></div>
    <div class="wsidebar-free"><span class="date">03.01.2020</span></div>
    <ul class="relatedPosts"><li><span class="date">04.01.2020</span></li></ul>
    </body></html>)");
  ASSERT_EQ(s.times.size(), 1u);
  EXPECT_EQ(s.times[0].value, "2020-01-02");
  EXPECT_TRUE(s.times[0].from_attribute);
  EXPECT_EQ(s.times[0].hint, DateHint::kPublished);  // "published" wins over "updated"
  ASSERT_EQ(s.date_labels.size(), 1u);
  EXPECT_EQ(s.date_labels[0].value, "03.01.2020");
}

TEST(MetaSignals, TitleAncestorsAreNeverBoilerplate) {
  MetaSignals s = signals_of(R"(<html><body><div id="sidebar-wrapper">
    <h1>Story headline</h1><p class="byline">By Ann Lee</p></div></body></html>)");
  ASSERT_EQ(s.h1.size(), 1u);
  EXPECT_EQ(s.class_authors, std::vector<std::string>{"By Ann Lee"});
  EXPECT_EQ(s.header_text.substr(0, 14), "Story headline");
}

TEST(MetaSignals, ArticleFootersAndAsidesCount) {
  MetaSignals s = signals_of(R"(<html><body><article><h1>T</h1><p>Body</p>
    <aside class="meta"><time datetime="2021-05-05">5 May</time></aside></article>
    <aside><time datetime="2021-06-06">6 June</time></aside></body></html>)");
  ASSERT_EQ(s.times.size(), 1u);
  EXPECT_EQ(s.times[0].value, "2021-05-05");
  EXPECT_TRUE(s.times[0].in_article);
}

TEST(MetaSignals, MicroformatAndDataAttributeStamps) {
  MetaSignals s = signals_of(R"(<html><body><h1>T</h1>
    <abbr class="published" title="2012-05-06T10:00:00Z">May 6</abbr>
    <span data-datetime="2012-05-07">yesterday</span>
    <abbr title="World Health Organization">WHO</abbr></body></html>)");
  ASSERT_EQ(s.times.size(), 2u);
  EXPECT_EQ(s.times[0].value, "2012-05-06T10:00:00Z");
  EXPECT_EQ(s.times[0].hint, DateHint::kPublished);
  EXPECT_EQ(s.times[1].value, "2012-05-07");
}

TEST(MetaSignals, NullDocument) {
  MetaSignals s = collect_meta_signals(nullptr);
  EXPECT_TRUE(s.meta.empty());
  EXPECT_TRUE(s.title_tag.empty());
}

}  // namespace
}  // namespace precis
