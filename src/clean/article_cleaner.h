// ArticleCleaner: finds the body of an article's text and the metadata mixed into it.
//
// It does not rewrite the text: it returns the spans of Article::text that are body (so byte
// offsets of sentences stay offsets into the original), and moves what is not body into
// fields: a leading date header (" date 2019-01-24"), a Markdown header block (title, type,
// author, place, date, then "---"), datelines ("CARACAS, Venezuela (AP) --"), photo and agency
// credits ("EPA-EFE/ALBERTO VALDES", "Reporting by ...; Editing by ..."), and boilerplate
// (disclaimers, copyright and subscription lines, Markdown footers). Cleaning is idempotent:
// cleaning already clean text changes nothing. Language-neutral except for the keyword lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/sentence_splitter.h"

namespace precis {

struct CleanedText {
  std::vector<Span> body;  // body paragraphs (runs of lines), in order
  // Which body paragraphs are photo captions (they ended with a photo credit): they describe a
  // picture, so summaries cite them but do not quote them. Same length as `body`.
  std::vector<bool> caption;
  std::string title;       // first Markdown heading, "" if none
  std::string published;   // ISO date from a date header or header block, "" if none
  std::string byline;      // author from a header block, "" if none
  std::string dateline;    // first dateline found, "" if none
  std::vector<std::string> credits;      // credits removed from the text
  std::vector<std::string> boilerplate;  // boilerplate lines removed (for inspection)
};

struct CleanOptions {
  bool remove_credits = true;
  bool remove_datelines = true;
  bool remove_boilerplate = true;
};

CleanedText clean_text(std::string_view text, const CleanOptions& options = {});

// The body of `text` joined into one string (paragraphs separated by "\n\n"): what
// `precis read` writes as an article's text.
std::string body_text(std::string_view text, const CleanedText& cleaned);

}  // namespace precis
