#include "read/html/html_text.h"

#include <gtest/gtest.h>
#include <libxml/tree.h>

#include "read/html/html_parser.h"

namespace precis {
namespace {

std::string render(const std::string& html, const TextRenderOptions& options = {}) {
  HtmlDocument doc = parse_html(html, "");
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc.get()));
  return render_text(index, {index.body}, {}, options);
}

TEST(HtmlText, InlineElementsJoinWithoutSpaces) {
  EXPECT_EQ(render("<p>re<b>port</b>ed <i>here</i>.</p>"), "reported here.");
}

TEST(HtmlText, BlocksAndBreaksEndLines) {
  EXPECT_EQ(render("<h2>Title</h2><p>one<br>two</p><div>three</div><ul><li>a</li><li>b</li></ul>"),
            "Title\none\ntwo\nthree\na\nb");
}

TEST(HtmlText, WhitespaceAndNbspCollapse) {
  EXPECT_EQ(render("<p>  a \n\t b&nbsp;&nbsp;c  </p>"), "a b c");
}

TEST(HtmlText, TableRowsAreLinesWithCellSeparators) {
  std::string html =
      "<table><tr><th>Year</th><th>Runs</th></tr><tr><td>2020</td><td>12</td></tr>"
      "</table><p>after</p>";
  EXPECT_EQ(render(html), "Year | Runs\n2020 | 12\nafter");
  TextRenderOptions no_tables;
  no_tables.include_tables = false;
  EXPECT_EQ(render(html, no_tables), "after");
}

TEST(HtmlText, InvisibleAndSkippedNodesAreLeftOut) {
  HtmlDocument doc = parse_html("<body><p>keep</p><p id=x>drop</p><script>no</script></body>", "");
  DomIndex index = build_dom_index(xmlDocGetRootElement(doc.get()));
  std::vector<uint8_t> skip(index.nodes.size(), 0);
  for (size_t i = 0; i < index.nodes.size(); ++i)
    if (!(index.nodes[i].flags & kDomText) && xmlHasProp(index.nodes[i].node, BAD_CAST "id"))
      skip[i] = 1;
  EXPECT_EQ(render_text(index, {index.body}, skip), "keep");
}

TEST(HtmlText, RubyAnnotationsAreLeftOut) {
  EXPECT_EQ(render("<p><ruby>\xE5\xAD\x90<rt>\xE3\x81\x93</rt></ruby>\xE3\x81\xA9\xE3\x82\x82</p>"),
            "\xE5\xAD\x90\xE3\x81\xA9\xE3\x82\x82");
}

}  // namespace
}  // namespace precis
