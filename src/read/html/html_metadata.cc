// Order of trust (see docs/read-html.md, "Metadata and order of trust"). Publication date:
//   1. JSON-LD datePublished / dateCreated of the article-like object
//   2. meta tags naming a publication date (article:published_time, itemprop=datePublished,
//      DC.date.issued, pubdate, sailthru.date, parsely-pub-date, ...)
//   3. <time> / itemprop elements in the page: pubdate or "published" first, then the first
//      one inside the article, then the first one outside boilerplate regions
//   4. a full date in the URL path (page URL, then canonical URL)
//   5. publication keys in page-state scripts ("publishedDate": "...")
//   6. visible text: labelled dates, the text from the <h1> on, then text nodes with a year
//   7. modification dates (JSON-LD dateModified, article:modified_time, ...) as a last resort,
//      since a page updated later was still first published earlier (htmldate original_date).
// Then a time-zone tie-break: a chosen day one day away from the URL's day becomes the URL's.
#include "read/html/html_metadata.h"

#include <algorithm>
#include <ctime>
#include <string_view>

#include "read/html/byline.h"
#include "read/html/date_parser.h"
#include "read/html/html_title.h"
#include "read/html/json_ld.h"
#include "read/html/meta_signals.h"
#include "read/html/text_date.h"
#include "read/html/url_date.h"

namespace precis {
namespace {

constexpr std::string_view kPublishedMeta[] = {
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article.published",
    "published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "publicationdate",
    "published-date",
    "published_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "release_date",
    "article:published",
    "og:pubdate",
    "date_published",
    "created",
    "datecreated",
    "bt:pubdate",
};

constexpr std::string_view kModifiedMeta[] = {
    "article:modified_time", "og:updated_time",  "og:article:modified_time",
    "datemodified",          "dc.date.modified", "dcterms.modified",
    "last-modified",         "lastmod",          "article:modified",
    "modified_time",         "updated_time",
};

std::string host_of(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/:?#");
  return std::string(rest.substr(0, end));
}

// Primary language subtag, lower case: "en-US" -> "en", "de_DE" -> "de".
std::string primary_language(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_' || c == ' ' || c == ',' || c == ';') break;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  for (char c : out) {
    if (c < 'a' || c > 'z') return "";
  }
  return out.size() == 2 || out.size() == 3 ? out : "";
}

// US-style month-first slashes ("03/04/2019" = 4 March) only when the page says en-US or plain
// "en" (most such pages are American); everyone else writes the day first.
SlashOrder slash_order_for(std::string_view raw_lang) {
  std::string l;
  for (char c : raw_lang) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (l == "en" || l.rfind("en-us", 0) == 0 || l.rfind("en_us", 0) == 0) {
    return SlashOrder::kMonthFirst;
  }
  return SlashOrder::kDayFirst;
}

struct DateChoice {
  std::optional<ParsedDate> date;
  const char* source = "";
  bool set(std::optional<ParsedDate> d, const char* s) {
    if (!d) return false;
    date = d;
    source = s;
    return true;
  }
};

std::optional<ParsedDate> date_from_times(const std::vector<DateClue>& times, const DateBounds& b,
                                          SlashOrder order) {
  DateBounds label_bounds = b;
  label_bounds.two_digit_years = true;  // the text of a <time> is a label: "31.10.23"
  auto parse = [&](const DateClue& c) {
    return c.from_attribute ? parse_date_value(c.value, b, order)
                            : publication_date_in_text(c.value, label_bounds, order, false);
  };
  for (const DateClue& c : times) {
    if (c.hint == DateHint::kPublished) {
      if (auto d = parse(c)) return d;
    }
  }
  for (bool article_only : {true, false}) {
    for (const DateClue& c : times) {
      if (c.hint != DateHint::kGeneric || (article_only && !c.in_article)) continue;
      if (auto d = parse(c)) return d;
    }
  }
  return std::nullopt;
}

DateChoice choose_date_by_trust(const MetaSignals& s, const JsonLdObject* ld,
                                const HtmlInput& input, const DateBounds& b, SlashOrder order) {
  DateChoice choice;
  if (ld != nullptr && (choice.set(parse_date_value(ld->date_published, b, order), "json-ld") ||
                        choice.set(parse_date_value(ld->date_created, b, order), "json-ld"))) {
    return choice;
  }
  for (std::string_view key : kPublishedMeta) {
    if (choice.set(parse_date_value(meta_value(s, key), b, order), "meta")) return choice;
  }
  if (choice.set(date_from_times(s.times, b, order), "time")) return choice;
  if (choice.set(extract_url_date(input.url, b), "url")) return choice;
  if (!s.canonical.empty() && choice.set(extract_url_date(s.canonical, b), "url")) return choice;
  for (const std::string& v : s.script_dates) {
    if (choice.set(parse_date_value(v, b, order), "script")) return choice;
  }
  if (choice.set(date_from_labels(s.date_labels, b, order), "text")) return choice;
  if (choice.set(publication_date_in_text(s.header_text, b, order, false), "text")) return choice;
  for (bool article_only : {true, false}) {
    for (const DateClue& c : s.dated_texts) {
      if (article_only && !c.in_article) continue;
      if (choice.set(publication_date_in_text(c.value, b, order, false), "text")) return choice;
    }
  }
  // Last resort: when the page was last changed.
  if (ld != nullptr && choice.set(parse_date_value(ld->date_modified, b, order), "json-ld")) {
    return choice;
  }
  for (std::string_view key : kModifiedMeta) {
    if (choice.set(parse_date_value(meta_value(s, key), b, order), "meta")) return choice;
  }
  for (const DateClue& c : s.times) {
    if (c.hint == DateHint::kModified && c.from_attribute &&
        choice.set(parse_date_value(c.value, b, order), "time")) {
      return choice;
    }
  }
  choice.set(publication_date_in_text(s.header_text, b, order, true), "text");
  return choice;
}

// A machine-readable stamp ("2019-01-24T23:30:00-05:00") may fall on the next day in another
// zone than the one the page was dated in; when the URL names a day next to it, the URL's day
// is the one the publisher printed.
DateChoice choose_date(const MetaSignals& s, const JsonLdObject* ld, const HtmlInput& input,
                       const DateBounds& b, SlashOrder order) {
  DateChoice choice = choose_date_by_trust(s, ld, input, b, order);
  if (!choice.date || std::string_view(choice.source) == "url") return choice;
  auto url = extract_url_date(input.url, b);
  if (!url) return choice;
  int64_t a = days_from_civil(choice.date->year, choice.date->month, choice.date->day);
  int64_t u = days_from_civil(url->year, url->month, url->day);
  if (a - u == 1 || u - a == 1) choice.set(url, "url");
  return choice;
}

}  // namespace

HtmlMetadata extract_html_metadata(xmlDoc* doc, const HtmlInput& input) {
  HtmlMetadata m;
  if (doc == nullptr) return m;
  MetaSignals s = collect_meta_signals(doc);

  std::vector<JsonLdObject> objects;
  for (const std::string& script : s.json_ld) parse_json_ld(script, objects);
  const JsonLdObject* ld = best_json_ld_object(objects);

  // Nothing is published after it was crawled; without a crawl time, after now.
  DateBounds bounds;
  bounds.not_after =
      input.crawl_time ? *input.crawl_time : static_cast<int64_t>(std::time(nullptr));
  int64_t years = *bounds.not_after / 31556952;  // mean Gregorian year in seconds
  bounds.max_year = static_cast<int>(std::clamp<int64_t>(1970 + years + 1, 1970, 9999));

  std::string raw_lang = s.html_lang;
  if (raw_lang.empty()) raw_lang = std::string(meta_value(s, "content-language"));
  if (raw_lang.empty()) raw_lang = std::string(meta_value(s, "og:locale"));
  if (raw_lang.empty() && ld != nullptr) raw_lang = ld->in_language;
  m.lang = primary_language(raw_lang);

  m.site_name = std::string(meta_value(s, "og:site_name"));
  if (m.site_name.empty() && ld != nullptr) m.site_name = ld->publisher;
  if (m.site_name.empty()) m.site_name = std::string(meta_value(s, "application-name"));

  m.canonical_url = s.canonical;
  if (m.canonical_url.empty()) m.canonical_url = std::string(meta_value(s, "og:url"));
  std::string host = host_of(input.url.empty() ? m.canonical_url : input.url);

  m.title = choose_title(s, ld, m.site_name, host);
  m.byline = choose_byline(s, ld, bounds, m.site_name, host);

  m.description = std::string(meta_value(s, "description"));
  if (m.description.empty()) m.description = std::string(meta_value(s, "og:description"));
  if (m.description.empty() && ld != nullptr) m.description = ld->description;

  DateChoice date = choose_date(s, ld, input, bounds, slash_order_for(raw_lang));
  if (date.date) {
    m.published = date.date->iso();
    m.published_source = date.source;
    m.time = date.date->epoch_seconds();
  }
  return m;
}

}  // namespace precis
