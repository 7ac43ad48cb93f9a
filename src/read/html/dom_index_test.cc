#include "read/html/dom_index.h"

#include <gtest/gtest.h>
#include <libxml/tree.h>

#include "read/html/html_parser.h"

namespace precis {
namespace {

int32_t find_tag(const DomIndex& index, const char* name) {
  for (size_t i = 0; i < index.nodes.size(); ++i)
    if (!(index.nodes[i].flags & kDomText) &&
        std::string(reinterpret_cast<const char*>(index.nodes[i].node->name)) == name)
      return static_cast<int32_t>(i);
  return -1;
}

TEST(DomIndex, CountsCharactersLinksAndCommas) {
  HtmlDocument doc = parse_html(
      "<body><div><p>One, two, three words</p><p><a href=x>link text</a> tail</p>"
      "<script>var x = 'not text, at all';</script></div></body>",
      "");
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc.get()));
  int32_t div = find_tag(index, "div");
  ASSERT_GE(div, 0);
  const DomNode& d = index.nodes[div];
  // "One,two,threewords" = 18, "linktext" = 8, "tail" = 4 (spaces do not count; script hidden).
  EXPECT_EQ(d.chars, 18u + 8u + 4u);
  EXPECT_EQ(d.link_chars, 8u);
  EXPECT_EQ(d.commas, 2u);
  EXPECT_EQ(d.paragraphs, 2u);
  EXPECT_EQ(d.own_chars, 0u);
  int32_t p = find_tag(index, "p");
  EXPECT_EQ(index.nodes[p].own_chars, 18u);
  EXPECT_EQ(index.nodes[p].parent, div);
  EXPECT_GT(index.nodes[div].end, p);
}

TEST(DomIndex, HiddenElementsAreInvisible) {
  HtmlDocument doc = parse_html(
      "<body><div style=\"display: none\">hidden one</div><div hidden>two</div>"
      "<div aria-hidden=\"true\">three</div><div>shown</div></body>",
      "");
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc.get()));
  EXPECT_EQ(index.nodes[index.body].chars, 5u);
}

TEST(DomIndex, ReadsRolesAndItemprop) {
  HtmlDocument doc = parse_html(
      "<body><nav role=navigation>menu</nav><div itemprop=articleBody class=entry-content>"
      "text</div></body>",
      "");
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc.get()));
  EXPECT_TRUE(index.nodes[find_tag(index, "nav")].flags & kDomFurnitureRole);
  EXPECT_TRUE(index.nodes[find_tag(index, "div")].flags & kDomItemArticleBody);
}

}  // namespace
}  // namespace precis
