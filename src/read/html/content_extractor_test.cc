#include "read/html/content_extractor.h"

#include <gtest/gtest.h>
#include <libxml/tree.h>

#include "read/html/html_parser.h"
#include "read/html/main_text.h"

namespace precis {
namespace {

// Invented prose, long enough to score as paragraphs.
std::string para(int i) {
  return "<p>Paragraph " + std::to_string(i) +
         " of the story tells how the river rose, how the town council met, and how the "
         "volunteers, tired but cheerful, carried sandbags through the night.</p>";
}

std::string main_text(const std::string& html) {
  HtmlDocument doc = parse_html(html, "");
  return extract_main_text(doc.get());
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(ContentExtractor, KeepsArticleDropsNavigationSidebarAndFooter) {
  std::string html =
      "<body><nav><ul><li><a href=/>Home</a></li><li><a href=/n>News</a></li></ul>"
      "</nav><div class=layout><div class=sidebar><p>Sidebar text about other "
      "things, which is long enough, but in a sidebar.</p></div><div class=main>";
  for (int i = 0; i < 5; ++i) html += para(i);
  html +=
      "</div></div><footer><p>Copyright notice, all rights reserved, for ever.</p></footer>"
      "</body>";
  std::string text = main_text(html);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(has(text, "Paragraph " + std::to_string(i))) << text;
  EXPECT_FALSE(has(text, "Home"));
  EXPECT_FALSE(has(text, "Sidebar text"));
  EXPECT_FALSE(has(text, "Copyright"));
}

TEST(ContentExtractor, LongCommentThreadDoesNotOutvoteArticle) {
  std::string html = "<body><article>";
  for (int i = 0; i < 4; ++i) html += para(i);
  html += "</article><section class=comments>";
  for (int i = 0; i < 30; ++i)
    html += "<div class=comment><p>Reader " + std::to_string(i) +
            " says: I disagree, strongly, with the council, and I think the volunteers, "
            "however brave, were let down by planning.</p></div>";
  html += "</section></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "Paragraph 0"));
  EXPECT_TRUE(has(text, "Paragraph 3"));
  EXPECT_FALSE(has(text, "Reader 7"));
}

TEST(ContentExtractor, DropsLinkListsAndReadAlsoTeasers) {
  std::string html = "<body><div class=story>" + para(0) + para(1) +
                     "<p>Read also: <a href=/a>The council's long history of flood defences "
                     "explained</a></p>" +
                     para(2) +
                     "<ul><li><a href=/1>Another story one</a></li><li><a href=/2>Another story "
                     "two</a></li><li><a href=/3>Another story three</a></li></ul></div></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "Paragraph 2"));
  EXPECT_FALSE(has(text, "Read also"));
  EXPECT_FALSE(has(text, "Another story"));
}

TEST(ContentExtractor, ShareAndNewsletterBoxesInsideArticleArePruned) {
  std::string html =
      "<body><article><div class=share-buttons><a href=#>Facebook</a> <a "
      "href=#>Twitter</a> Share this article with friends</div>" +
      para(0) + para(1) +
      "<div class=newsletter-signup><p>Subscribe to our newsletter, every "
      "morning, and never miss a story again.</p></div>" +
      para(2) + "</article></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "Paragraph 1"));
  EXPECT_FALSE(has(text, "Facebook"));
  EXPECT_FALSE(has(text, "Subscribe"));
}

TEST(ContentExtractor, MisnamedWrapperAroundTheArticleIsKept) {
  // "load-more" and widget wrappers must not throw away the article they hold.
  std::string html = "<body><div class=\"elementor-widget-container ajax-load-more-wrap\">";
  for (int i = 0; i < 4; ++i) html += para(i);
  html += "</div></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "Paragraph 0"));
  EXPECT_TRUE(has(text, "Paragraph 3"));
}

TEST(ContentExtractor, ItempropArticleBodyWins) {
  std::string html = "<body><div class=teasers>";
  for (int i = 10; i < 13; ++i) html += para(i);
  html += "</div><div><div itemprop=articleBody>";
  for (int i = 0; i < 3; ++i) html += para(i);
  html += "</div></div></body>";
  ContentSelection sel;
  HtmlDocument doc = parse_html(html, "");
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc.get()));
  sel = select_content(index);
  ASSERT_GE(sel.top, 0);
  // The chosen container holds the itemprop=articleBody element and not the teasers.
  const DomNode& top = index.nodes[sel.top];
  bool holds_body = false, holds_teasers = false;
  for (int32_t i = sel.top; i < top.end; ++i) {
    holds_body |= (index.nodes[i].flags & kDomItemArticleBody) != 0;
    if (index.nodes[i].flags & kDomText) continue;
    xmlChar* cls = xmlGetProp(index.nodes[i].node, BAD_CAST "class");
    if (cls) {
      holds_teasers |= std::string(reinterpret_cast<char*>(cls)) == "teasers";
      xmlFree(cls);
    }
  }
  EXPECT_TRUE(holds_body);
  EXPECT_FALSE(holds_teasers);
}

TEST(ContentExtractor, LeadInSeparateRowIsIncluded) {
  std::string html =
      "<body><div class=page><div class=row><div class=lead><p>The lead paragraph, with a "
      "summary of the whole story, sits in its own row above the body of the article text, as "
      "many news sites lay out their standfirst, separately from the rest of the report."
      "</p></div></div><div class=row><div class=col><div class=body>";
  for (int i = 0; i < 4; ++i) html += para(i);
  html += "</div></div></div></div></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "The lead paragraph"));
  EXPECT_LT(text.find("The lead paragraph"), text.find("Paragraph 0"));
}

TEST(ContentExtractor, LeadBetweenHeadlineAndBodyIsIncludedCaptionIsNot) {
  // The standfirst is shorter than a prose block and sits in a header row with the headline;
  // the caption under the photo has no caption class.
  std::string html =
      "<body><div class=page><div class=head><div class=inner><h1>Floods close the river "
      "road</h1><div class=byline>By A. Writer</div><div><p>The council shut the road on "
      "Monday, and volunteers worked through the night.</p></div><div><img src=a.jpg></div>"
      "<div class=img_text><p>Volunteers carry sandbags along the quay in the evening rain.</p>"
      "</div></div></div><div class=row><div class=col><div class=story>";
  for (int i = 0; i < 4; ++i) html += para(i);
  html += "</div></div></div></div></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "The council shut the road")) << text;
  EXPECT_LT(text.find("The council shut the road"), text.find("Paragraph 0"));
  EXPECT_FALSE(has(text, "Volunteers carry sandbags")) << text;
  EXPECT_FALSE(has(text, "By A. Writer"));
  EXPECT_FALSE(has(text, "Floods close the river road"));  // the headline is Article::title
}

TEST(ContentExtractor, NamedArticleBodyHoldsDeeplyWrappedBlocks) {
  // A page builder wraps each text block in many divs: the blocks are scored separately, too
  // far below "entry-content" to give it a score; the named article body holds them all.
  auto block = [](const std::string& inner) {
    return "<div><div><div><div><div><div class=text_inner>" + inner +
           "</div></div></div></div></div></div>";
  };
  std::string html =
      "<body><div class=sidebar><p>Other things, briefly, in a box.</p></div>"
      "<div class=entry-content>" +
      block(para(0) + para(1) + para(2) + para(3)) + block(para(4)) + block(para(5)) +
      "</div></body>";
  std::string text = main_text(html);
  for (int i = 0; i < 6; ++i) EXPECT_TRUE(has(text, "Paragraph " + std::to_string(i))) << text;
  EXPECT_FALSE(has(text, "Other things"));
}

TEST(ContentExtractor, HeadingOfPrunedLinkListGoesWithIt) {
  std::string html = "<body><article>" + para(0) + para(1) +
                     "<h3>Further reading</h3><ul><li><a href=/1>Flood story one</a></li>"
                     "<li><a href=/2>Flood story two</a></li><li><a href=/3>Flood story "
                     "three</a></li></ul><h2>Aftermath of the night</h2>" +
                     para(2) + para(3) + "</article></body>";
  std::string text = main_text(html);
  EXPECT_FALSE(has(text, "Further reading")) << text;
  EXPECT_FALSE(has(text, "Flood story one"));
  EXPECT_TRUE(has(text, "Aftermath of the night"));
  EXPECT_TRUE(has(text, "Paragraph 3"));
}

TEST(ContentExtractor, QuestionAndAnswersAreAllKept) {
  // Posts of one kind (same tag and class) repeated on the page: all of them are the content.
  std::string html = "<body><div class=main><div class=question><div class=post-text>" + para(0) +
                     para(1) + para(2) + "</div></div><div class=answers>";
  for (int a = 0; a < 3; ++a)
    html += "<div class=answer><div class=post-text>" + para(10 + a) +
            "</div><div class=votes><a href=/v>vote</a></div></div>";
  html += "</div></div></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "Paragraph 0")) << text;
  EXPECT_TRUE(has(text, "Paragraph 10"));
  EXPECT_TRUE(has(text, "Paragraph 12"));
}

TEST(ContentExtractor, ProseInWeaklyNamedBoxIsKeptAuthorBoxIsNot) {
  std::string html =
      "<body><article><div class=card-header><p>A lead of the story, long enough to be prose "
      "and without any link in it, tells the reader what happened on the river road, and why "
      "the council met at night, in the old town hall, by candle light.</p></div>" +
      para(0) + para(1) + para(2) + para(3) +
      "<div class=author-box><p>The writer has covered rivers, councils and floods for twenty "
      "years, and lives by the quay with two cats and a boat named after the mayor.</p></div>"
      "</article></body>";
  std::string text = main_text(html);
  EXPECT_TRUE(has(text, "A lead of the story")) << text;
  EXPECT_FALSE(has(text, "The writer has covered")) << text;
}

TEST(ContentExtractor, PageWithoutTextGivesEmptyText) {
  EXPECT_EQ(main_text("<body><img src=a.png><script>x()</script></body>"), "");
}

TEST(TrimTrailingFurniture, DropsShortUnpunctuatedTail) {
  std::string text = "A sentence that ends well.\nRelated articles\nShare this";
  trim_trailing_furniture(text);
  EXPECT_EQ(text, "A sentence that ends well.");
  std::string keep = "First line.\nA closing line that ends with a full stop.";
  trim_trailing_furniture(keep);
  EXPECT_EQ(keep, "First line.\nA closing line that ends with a full stop.");
  std::string single = "Only line";
  trim_trailing_furniture(single);
  EXPECT_EQ(single, "Only line");
}

}  // namespace
}  // namespace precis
