#include "clean/article_cleaner.h"

#include <gtest/gtest.h>

#include "clean/credit_line.h"
#include "clean/dateline.h"
#include "clean/header_block.h"

namespace precis {
namespace {

std::vector<std::string> body_of(const std::string& text, const CleanedText& c) {
  std::vector<std::string> out;
  for (auto s : c.body) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Credits, TrailingAgencyCredits) {
  std::string line = "Protesters march in Caracas, 23 January 2019. EPA-EFE/CRISTIAN HERNANDEZ";
  size_t c = trailing_credit(line);
  ASSERT_NE(c, std::string::npos);
  EXPECT_EQ(line.substr(c), "EPA-EFE/CRISTIAN HERNANDEZ");
  EXPECT_NE(trailing_credit("A man waves a flag. (AP Photo/Ariana Cubillos)"), std::string::npos);
  EXPECT_NE(trailing_credit("Smoke rises. REUTERS/Carlos Garcia Rawlins"), std::string::npos);
  EXPECT_EQ(trailing_credit("The EPA said on Monday that rules would change."), std::string::npos);
  EXPECT_EQ(trailing_credit("He met AP reporters and AFP editors."), std::string::npos);
  EXPECT_TRUE(is_credit_line("Reporting by Jane Doe; Editing by John Smith"));
  EXPECT_FALSE(is_credit_line("Reporters gathered outside."));
}

TEST(Credits, PrefiltersKeepEveryForm) {
  // Credits after "Photo:", "Image:", "Credit:" and plurals, and with white space after them.
  EXPECT_NE(trailing_credit("Crowds gather. Photo: Jane Doe"), std::string::npos);
  EXPECT_NE(trailing_credit("Crowds gather. (Images: Jane Doe)"), std::string::npos);
  EXPECT_NE(trailing_credit("Crowds gather. Credit: Jane Doe   "), std::string::npos);
  EXPECT_NE(trailing_credit("Smoke rises. REUTERS/Carlos Garcia Rawlins" + std::string(30, ' ')),
            std::string::npos);
  EXPECT_EQ(trailing_credit("He said: the vote is on."), std::string::npos);
  EXPECT_EQ(trailing_credit("At 10:30 the talks began"), std::string::npos);
  EXPECT_TRUE(is_credit_line("  (Additional reporting by Jane Doe)"));
  EXPECT_TRUE(is_credit_line("Editing by John Smith"));
  EXPECT_TRUE(is_credit_line("Photos by Jane Doe"));
  EXPECT_TRUE(is_credit_line("Credits: Jane Doe"));
  EXPECT_FALSE(is_credit_line("The report was written by Jane Doe."));
}

TEST(Datelines, CommonForms) {
  std::string a = "CARACAS, Venezuela (AP) -- Protesters marched.";
  EXPECT_EQ(a.substr(leading_dateline(a)), "Protesters marched.");
  std::string b = "TIANJIN, August 7 (Xinhua) -- People's palms may be used.";
  EXPECT_EQ(b.substr(leading_dateline(b)), "People's palms may be used.");
  std::string c = "WASHINGTON (Reuters) - The Senate voted.";
  EXPECT_EQ(c.substr(leading_dateline(c)), "The Senate voted.");
  std::string d = "LONDON — Markets fell.";
  EXPECT_EQ(d.substr(leading_dateline(d)), "Markets fell.");
  EXPECT_EQ(leading_dateline("A protester -- who was hurt -- spoke."), 0u);
  EXPECT_EQ(leading_dateline("The U.S. -- and its allies -- agreed."), 0u);
  std::string e = "  NEW YORK - Stocks rose.";
  EXPECT_EQ(e.substr(leading_dateline(e)), "Stocks rose.");
  std::string f = "\xC3\x89VORA, Portugal -- Rain fell.";  // a non-ASCII capital first
  EXPECT_EQ(f.substr(leading_dateline(f)), "Rain fell.");
  EXPECT_EQ(leading_dateline("Officials -- who asked not to be named -- spoke."), 0u);
}

TEST(HeaderBlock, PressStatement) {
  std::string text =
      "\n\n# Press Releases: Continuing U.S. Presence\n\nPress Statement  \nMichael R. Pompeo\n\n"
      "Secretary of State\n\nWashington, DC  \nJanuary 23, 2019\n\n---\n\nThe body starts.";
  HeaderBlock h = find_header_block(text);
  ASSERT_GT(h.end, 0u);
  EXPECT_EQ(h.title, "Press Releases: Continuing U.S. Presence");
  EXPECT_EQ(h.published, "2019-01-23");
  EXPECT_EQ(h.byline, "Michael R. Pompeo");
  EXPECT_EQ(h.place, "Washington, DC");
  EXPECT_EQ(text.substr(h.end).find("The body"), 1u);
  EXPECT_EQ(parse_date_line("24 Jan 2019"), "2019-01-24");
  EXPECT_EQ(parse_date_line("Not a date"), "");
  EXPECT_EQ(parse_date_line("  January 8, 2005 \r"), "2005-01-08");
  EXPECT_EQ(parse_date_line("2005-01-08"), "2005-01-08");
  EXPECT_EQ(parse_date_line("January 8, 2005."), "");
}

TEST(Cleaner, DateHeaderCaptionsAndCredits) {
  std::string text =
      " date 2019-01-24 Supporters rally in Santiago, Chile, 23 January 2019. EPA-EFE/ALBERTO "
      "VALDES\n\nThe minister spoke on Wednesday.\nHe said more.\n\nReporting by A. Reporter";
  CleanedText c = clean_text(text);
  EXPECT_EQ(c.published, "2019-01-24");
  EXPECT_EQ(body_of(text, c),
            (std::vector<std::string>{"Supporters rally in Santiago, Chile, 23 January 2019.",
                                      "The minister spoke on Wednesday.\nHe said more."}));
  ASSERT_EQ(c.credits.size(), 2u);
  EXPECT_EQ(c.caption, (std::vector<bool>{true, false}));
  EXPECT_EQ(c.credits[0], "EPA-EFE/ALBERTO VALDES");
}

// WikiNews style: a paragraph a line, a picture's caption on one line and its credit on the next.
TEST(Cleaner, CreditOnItsOwnLineMakesTheLineAboveACaption) {
  std::string text =
      "Police closed the square on Thursday.\nRussell Square after the bombings.\n"
      "Image: Francis Tyers.\nTrains ran again on Friday.\nBuses too.";
  CleanedText c = clean_text(text);
  EXPECT_EQ(body_of(text, c),
            (std::vector<std::string>{"Police closed the square on Thursday.",
                                      "Russell Square after the bombings.",
                                      "Trains ran again on Friday.\nBuses too."}));
  EXPECT_EQ(c.caption, (std::vector<bool>{false, true, false}));
  EXPECT_EQ(c.credits, (std::vector<std::string>{"Image: Francis Tyers."}));
}

// A long paragraph above a stray credit line is prose, not a caption, and stays joined.
TEST(Cleaner, LongParagraphAboveACreditLineStaysProse) {
  std::string prose;
  for (int i = 0; i < 10; ++i) prose += "The council met again and voted on the budget plan. ";
  std::string text = "First line.\n" + prose + "\nPhoto: Jane Doe\nLast line.";
  CleanedText c = clean_text(text);
  // The credit line's removal ends the paragraph; the lines above it stay one paragraph.
  EXPECT_EQ(body_of(text, c), (std::vector<std::string>{"First line.\n" + prose, "Last line."}));
  EXPECT_EQ(c.caption, (std::vector<bool>{false, false}));
  EXPECT_EQ(c.credits, (std::vector<std::string>{"Photo: Jane Doe"}));
}

TEST(Cleaner, MarkdownFooterAndBoilerplate) {
  std::string text =
      "# Title\n\nFirst paragraph of the body.\n\nAll rights reserved.\n\nLast body line.\n\n"
      "*The Office of Website Management manages this site as a portal. External links "
      "should not be construed as an*\n\n*endorsement of the views therein.*\n";
  CleanedText c = clean_text(text);
  EXPECT_EQ(c.title, "Title");
  EXPECT_EQ(body_of(text, c),
            (std::vector<std::string>{"First paragraph of the body.", "Last body line."}));
  EXPECT_EQ(c.boilerplate.size(), 3u);
}

TEST(Cleaner, DatelineMovedOutOfFirstParagraph) {
  std::string text = "CARACAS, Venezuela (AP) -- Protesters marched.\nPolice watched.";
  CleanedText c = clean_text(text);
  EXPECT_EQ(c.dateline, "CARACAS, Venezuela (AP)");
  EXPECT_EQ(body_of(text, c), (std::vector<std::string>{"Protesters marched.\nPolice watched."}));
}

// Regression (found by fuzz/sentence_splitter_fuzz): a paragraph that is only a dateline used
// to leave an empty body span behind.
TEST(Cleaner, ParagraphOfOnlyADatelineLeavesNoEmptySpan) {
  std::string text = "Rain fell.\n\nCARACAS, Venezuela (AP) -- \n\nRoads closed.";
  CleanedText c = clean_text(text);
  EXPECT_EQ(body_of(text, c), (std::vector<std::string>{"Rain fell.", "Roads closed."}));
  EXPECT_EQ(c.dateline, "CARACAS, Venezuela (AP)");
  for (const Span& s : c.body) EXPECT_LT(s.begin, s.end);
  EXPECT_EQ(c.caption.size(), c.body.size());
}

TEST(Cleaner, LeadingWeekdayDateLine) {
  std::string text = "Saturday, January 8, 2005\nCitizens may deduct their donations.";
  CleanedText c = clean_text(text);
  EXPECT_EQ(c.published, "2005-01-08");
  EXPECT_EQ(body_of(text, c), (std::vector<std::string>{"Citizens may deduct their donations."}));
}

TEST(Cleaner, DatelineAfterADateHeaderLine) {
  std::string text =
      "Saturday, January 15, 2005\nTEXAS, US \xE2\x80\x93 A court martial found him guilty.\n"
      "The jury sentenced him.";
  CleanedText c = clean_text(text);
  EXPECT_EQ(c.published, "2005-01-15");
  EXPECT_EQ(c.dateline, "TEXAS, US");
  EXPECT_EQ(body_of(text, c), (std::vector<std::string>{"A court martial found him guilty.\n"
                                                        "The jury sentenced him."}));
  // Mid-paragraph lines are still never taken for datelines.
  std::string later = "Rain fell.\nTEXAS, US \xE2\x80\x93 Roads closed.";
  EXPECT_EQ(clean_text(later).dateline, "");
}

TEST(Cleaner, IdempotentOnCleanText) {
  std::string text = "One plain paragraph.\n\nAnother one.";
  CleanedText c = clean_text(text);
  std::string body = body_text(text, c);
  EXPECT_EQ(body, text);
  CleanedText again = clean_text(body);
  EXPECT_EQ(body_text(body, again), body);
}

}  // namespace
}  // namespace precis
