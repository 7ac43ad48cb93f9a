// One bounded walk over a parsed page that gathers every metadata clue the later rules need
// (meta tags, JSON-LD scripts, <title>, <h1>, <time>, itemprop/rel/class hints for authors and
// dates, the text right after the title), so no rule walks the tree again. Elements inside
// comments, related-article boxes, sidebars, footers and navigation are marked as boilerplate:
// dates and authors found there belong to other content.
#pragma once

#include <string>
#include <utility>
#include <vector>

typedef struct _xmlDoc xmlDoc;

namespace precis {

struct MetaSignalsOptions {
  // Elements visited at most; bounds the time spent on huge pages.
  int max_elements = 30000;
  // Bytes of visible text kept after the first <h1> (where bylines and dates usually sit).
  size_t header_text_bytes = 600;
  // Longest text kept from one byline or date element; longer ones are containers, not labels.
  size_t max_label_bytes = 200;
  // Text nodes with a year-like number kept for the last-resort date search.
  size_t max_dated_texts = 48;
  // The same, inside page footers.
  size_t max_footer_texts = 8;
};

// How a date-bearing element announced itself.
enum class DateHint { kPublished, kModified, kGeneric };

struct DateClue {
  std::string value;  // datetime/content attribute, or the element text
  DateHint hint = DateHint::kGeneric;
  bool from_attribute = false;  // value came from datetime=/content= (machine-readable)
  bool in_article = false;      // inside <article> or an element whose class says "article"/"post"
};

struct MetaSignals {
  std::string html_lang;
  std::string title_tag;
  std::vector<std::string> h1;  // first few <h1> texts outside boilerplate
  // Meta tags in document order: key is the lower-cased name/property/itemprop/http-equiv.
  std::vector<std::pair<std::string, std::string>> meta;
  std::vector<std::string> json_ld;  // texts of <script type="application/ld+json">
  // Values of publication keys ("datePublished", "publishedDate", ...) in other scripts.
  std::vector<std::string> script_dates;
  std::string canonical;              // <link rel=canonical href>
  std::vector<DateClue> times;        // <time> elements and itemprop=date* elements
  std::vector<DateClue> date_labels;  // short texts of elements whose class/id says date/time
  std::vector<std::string> itemprop_authors;  // itemprop=author (its itemprop=name if any)
  std::vector<std::string> rel_authors;       // <a rel=author> texts
  std::vector<std::string> class_authors;     // class/id containing byline/author
  std::string header_text;                    // visible text after the first <h1>
  std::vector<DateClue> dated_texts;          // text nodes (outside boilerplate) holding a year
  // Text nodes holding a year inside page footers (never comments or related boxes): a
  // "Published 01.11.2023" or a generated "© 19.12.2019 12:14" there is the last resort.
  std::vector<DateClue> footer_texts;
};

MetaSignals collect_meta_signals(xmlDoc* doc, const MetaSignalsOptions& options = {});

// First value of a meta key (lower-case), "" if absent.
std::string_view meta_value(const MetaSignals& s, std::string_view key);

}  // namespace precis
