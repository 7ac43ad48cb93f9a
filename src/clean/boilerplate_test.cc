#include "clean/boilerplate.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace precis {
namespace {

bool pattern_matches(std::string_view line) {
  return RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), boilerplate_pattern());
}

// One invented line per alternative of the pattern, in several cases.
const std::vector<std::string> kBoilerplate = {
    "The Office of Website Management MANAGES THIS SITE as a portal.",
    "External links to other Internet sites should not be construed as an endorsement.",
    "the privacy policies contained therein apply.",
    "All Rights Reserved.",
    "\xC2\xA9 2019 Example News",
    "(C) 2018 Example Press",
    "Copyright 2017 Example Corp.",
    "This material may not be published, broadcast or rewritten.",
    "It may not be redistributed.",
    "Subscribe now for full access.",
    "Sign up for our daily briefing",
    "Click HERE to see the photos",
    "Follow us on social media",
    "Share this story with a friend",
    "SHARE THIS ARTICLE",
    "  >> Read more",
    "** Related stories: the vote",
    "Related:",
    "-- Advertisement --",
    "Sponsored content",
    "Read our Cookie policy.",
    "We use cookies to improve the site.",
    "Terms of Service apply",
    "Get the newsletter",
    // A non-ASCII letter (?i) folds onto an ASCII one: U+017F for 's'.
    "\xC5\xBFubscribe now",
};

const std::vector<std::string> kBody = {
    "The minister spoke on Wednesday about the budget.",
    "Rights groups said the vote was unfair.",  // "rights" without "reserved"
    "He refused to sign the agreement.",        // "sign" without "up for"
    "A clicking sound came from the engine.",
    "Readers wrote more letters than ever.",
    "They related the story to the police.",  // "related" not at the start
    "Prices rose 3 percent (c) in May.",
    "",
    "   ",
};

TEST(Boilerplate, EveryAlternativeIsFound) {
  for (const std::string& line : kBoilerplate) {
    EXPECT_TRUE(pattern_matches(line)) << line;
    EXPECT_TRUE(may_be_boilerplate_line(line)) << line;
    EXPECT_TRUE(is_boilerplate_line(line)) << line;
  }
}

TEST(Boilerplate, BodyLinesAreKept) {
  for (const std::string& line : kBody) EXPECT_FALSE(is_boilerplate_line(line)) << line;
  // The prefilter does its job: ordinary sentences never reach the regex.
  EXPECT_FALSE(may_be_boilerplate_line("The minister spoke on Wednesday about the budget."));
}

// The prefilter never rejects a line the pattern matches, wherever in the line (at any offset
// from the jumps of the multi-pattern search) and in whatever case the keywords stand: random
// lines made of keyword pieces, filler letters and punctuation.
TEST(Boilerplate, PrefilterNeverRejectsAMatchOnRandomLines) {
  const std::vector<std::string> pieces = {"manages this site",
                                           "external links to other internet sites",
                                           "should not be construed",
                                           "as an endorsement",
                                           "privacy policies contained therein",
                                           "privacy policy",
                                           "all rights",
                                           " reserved",
                                           "(c) 2019",
                                           "(c)",
                                           "\xC2\xA9",
                                           "copyright 2001",
                                           "may not be published",
                                           "this material may not be",
                                           "subscribe to",
                                           "subscribe now",
                                           "sign up for",
                                           "click here",
                                           "follow us on",
                                           "share this article",
                                           "share this story",
                                           "read more",
                                           "related:",
                                           "advertisement",
                                           "cookies policy",
                                           "cookie settings",
                                           "we use cookies",
                                           "terms of use",
                                           "terms of service",
                                           "newsletter",
                                           "\xC5\xBFubscribe now",
                                           "cli\xE2\x84\xAA here",
                                           "the",
                                           "cookie",
                                           "sign",
                                           "rights",
                                           " ",
                                           " ",
                                           "  ",
                                           ", ",
                                           "-- ",
                                           "x",
                                           "e",
                                           "s",
                                           "y"};
  std::mt19937 rng(20261123);
  size_t matches = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string line;
    int parts = 1 + static_cast<int>(rng() % 6);
    for (int k = 0; k < parts; ++k) line += pieces[rng() % pieces.size()];
    for (char& c : line) {
      if (c >= 'a' && c <= 'z' && rng() % 3 == 0) c = static_cast<char>(c - 32);
    }
    if (pattern_matches(line)) {
      ++matches;
      EXPECT_TRUE(may_be_boilerplate_line(line)) << line;
    }
  }
  EXPECT_GT(matches, 5000u);
}

// The prefilter may let through lines the pattern rejects, never the reverse: checked on every
// line of the development data when it is present.
TEST(Boilerplate, PrefilterNeverRejectsAMatchOnDevData) {
  std::string root = std::string(PRECIS_SOURCE_DIR) + "/../shared/data";
  std::vector<std::string> files = {root + "/duc2003/clusters.jsonl",
                                    root + "/multiling2011/clusters.jsonl",
                                    root + "/multinews/sample250.jsonl"};
  size_t lines = 0, matches = 0;
  for (const std::string& f : files) {
    std::ifstream in(f);
    std::string record;
    while (std::getline(in, record)) {
      // JSON "\n" escapes split the texts into their lines well enough for this check.
      size_t pos = 0;
      while (pos < record.size()) {
        size_t nl = record.find("\\n", pos);
        size_t end = nl == std::string::npos ? record.size() : nl;
        std::string_view line(record.data() + pos, end - pos);
        ++lines;
        if (pattern_matches(line)) {
          ++matches;
          EXPECT_TRUE(may_be_boilerplate_line(line)) << line;
        }
        pos = end + 2;
      }
    }
  }
  if (lines == 0) GTEST_SKIP() << "no development data under " << root;
  EXPECT_GT(matches, 0u);
}

TEST(NoiseLines, SeparatorsAndEntitiesOnly) {
  EXPECT_TRUE(is_noise_line("---"));
  EXPECT_TRUE(is_noise_line(" * * * "));
  EXPECT_TRUE(is_noise_line("&QL;"));
  EXPECT_TRUE(is_noise_line("&UR; &LR;"));
  EXPECT_TRUE(is_noise_line("\xE2\x80\xA2 \xC2\xB7"));
  EXPECT_FALSE(is_noise_line("--- The vote was held."));
  EXPECT_FALSE(is_noise_line("2019"));
  EXPECT_FALSE(is_noise_line("&QL; text"));
  EXPECT_FALSE(is_noise_line("&toolongname;"));
}

}  // namespace
}  // namespace precis
