#include "read/html/html_article.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

std::string page() {
  std::string html =
      "<html lang=en><head><meta charset=\"windows-1252\"><title>Flood in town</title></head>"
      "<body><nav><a href=/>Home</a></nav><article><h1>Flood in town</h1>";
  for (int i = 0; i < 4; ++i)
    html += "<p>Part " + std::to_string(i) +
            ": the river rose, the council met, and volunteers, tired but cheerful, carried "
            "sandbags through the night caf\xE9.</p>";
  html += "</article></body></html>";
  return html;
}

TEST(HtmlArticle, ExtractsConvertedMainText) {
  HtmlInput input;
  input.origin = "page.html";
  Article a = extract_html_article(page(), input);
  EXPECT_EQ(a.origin, "page.html");
  EXPECT_NE(a.text.find("Part 0: the river rose"), std::string::npos);
  EXPECT_NE(a.text.find("caf\xC3\xA9"), std::string::npos);
  EXPECT_EQ(a.text.find("Home"), std::string::npos);
}

TEST(HtmlArticle, CutsOversizedPagesWithAWarning) {
  HtmlOptions options;
  options.max_bytes = 400;
  Article a = extract_html_article(page(), HtmlInput{}, options);
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings[0].find("cut"), std::string::npos);
}

TEST(HtmlArticle, GarbageNeverThrows) {
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk.push_back(static_cast<char>((i * 131) % 256));
  Article a = extract_html_article(junk, HtmlInput{});
  SUCCEED() << a.text.size();
  Article empty = extract_html_article("", HtmlInput{});
  EXPECT_TRUE(empty.text.empty());
}

}  // namespace
}  // namespace precis
