#include "read/html/html_parser.h"

#include <gtest/gtest.h>
#include <libxml/tree.h>

#include "read/html/dom_index.h"
#include "read/html/html_text.h"

namespace precis {
namespace {

int max_depth(xmlDoc* doc) {
  int best = 0;
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc));
  for (const DomNode& n : index.nodes) best = std::max<int>(best, n.depth);
  return best;
}

std::string all_text(xmlDoc* doc) {
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc));
  return render_text(index, {0}, {});
}

TEST(HtmlParser, ParsesEntitiesAndKeepsUtf8DespiteMetaCharset) {
  HtmlDocument doc = parse_html(
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xC3\xA9 &amp; "
      "&eacute;</p></body></html>",
      "");
  ASSERT_TRUE(doc);
  EXPECT_EQ(all_text(doc.get()), "caf\xC3\xA9 & \xC3\xA9");
}

TEST(HtmlParser, DeepNestingKeepsTextAndBoundsDepth) {
  // libxml2 without HUGE drops everything below depth 256; we must keep the text, not crash,
  // not recurse, and hand later steps a tree of bounded depth.
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "deeper";
  html += "</body></html>";
  HtmlDocument doc = parse_html(html, "");
  ASSERT_TRUE(doc);
  EXPECT_LE(max_depth(doc.get()), 201);
  std::string text = all_text(doc.get());
  EXPECT_NE(text.find("deep text"), std::string::npos);
  EXPECT_NE(text.find("deeper"), std::string::npos);
}

TEST(HtmlParser, FlattenKeepsOrderOfSiblings) {
  std::string html =
      "<html><body><div><div><div><p>a</p><p>b</p></div><p>c</p></div></div>"
      "<p>d</p></body></html>";
  HtmlDocument doc = parse_html(html, "", HtmlParseOptions{2});
  ASSERT_TRUE(doc);
  EXPECT_LE(max_depth(doc.get()), 2);
  std::string text = all_text(doc.get());
  EXPECT_EQ(text, "abc\nd");  // unwrapped paragraphs no longer break lines, but keep order
}

TEST(HtmlParser, EmptyAndBinaryInputGiveADocument) {
  EXPECT_TRUE(parse_html("", ""));
  std::string junk("\0\1\2<<<>>>&&&;\xFF", 14);
  EXPECT_TRUE(parse_html(junk, ""));
}

TEST(HtmlParser, BodyIsFound) {
  HtmlDocument doc = parse_html("<p>x</p>", "");
  ASSERT_TRUE(doc);
  xmlNode* body = html_body(doc.get());
  ASSERT_NE(body, nullptr);
  EXPECT_STREQ(reinterpret_cast<const char*>(body->name), "body");
}

}  // namespace
}  // namespace precis
