#include "read/html/publication_date.h"

#include <string>
#include <vector>

#include "read/html/text_date.h"
#include "read/html/url_date.h"

namespace precis {
namespace {

// Meta names of a publication date, most specific first. The generic names ("date",
// "DC.date", "created") come after the specific ones: CMSs fill them with whatever date they
// have, often the last change.
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
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "cxenseparse:publishtime",
    "rnews:datepublished",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "release_date",
    "article:published",
    "og:pubdate",
    "date_published",
    "pub_date",
    "bt:pubdate",
};

constexpr std::string_view kGenericDateMeta[] = {
    "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date",
    "created",         "datecreated",
};

constexpr std::string_view kModifiedMeta[] = {
    "article:modified_time", "og:updated_time",  "og:article:modified_time",
    "datemodified",          "dc.date.modified", "dcterms.modified",
    "last-modified",         "lastmod",          "article:modified",
    "modified_time",         "updated_time",
};

int64_t day_number(const ParsedDate& d) { return days_from_civil(d.year, d.month, d.day); }

bool same_day(const ParsedDate& a, const ParsedDate& b) { return day_number(a) == day_number(b); }

struct Choice {
  std::optional<ParsedDate> date;
  const char* source = "";
  bool generic = false;  // from a generic meta name ("date", "DC.date")
  bool set(std::optional<ParsedDate> d, const char* s) {
    if (!d) return false;
    date = d;
    source = s;
    generic = false;
    return true;
  }
};

std::optional<ParsedDate> date_from_times(const std::vector<DateClue>& times, const DateBounds& b,
                                          SlashOrder order, bool published_only) {
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
  if (published_only) return std::nullopt;
  for (bool article_only : {true, false}) {
    for (const DateClue& c : times) {
      if (c.hint != DateHint::kGeneric || (article_only && !c.in_article)) continue;
      if (auto d = parse(c)) return d;
    }
  }
  return std::nullopt;
}

template <size_t N>
bool meta_date(const MetaSignals& s, const std::string_view (&keys)[N], const DateBounds& b,
               SlashOrder order, Choice& choice) {
  for (std::string_view key : keys) {
    if (choice.set(parse_date_value(meta_value(s, key), b, order), "meta")) return true;
  }
  return false;
}

Choice choose_by_trust(const MetaSignals& s, const JsonLdObject* ld, std::string_view url,
                       const DateBounds& b, SlashOrder order) {
  Choice choice;
  if (ld != nullptr && (choice.set(parse_date_value(ld->date_published, b, order), "json-ld") ||
                        choice.set(parse_date_value(ld->date_created, b, order), "json-ld"))) {
    return choice;
  }
  if (meta_date(s, kPublishedMeta, b, order, choice)) return choice;
  if (meta_date(s, kGenericDateMeta, b, order, choice)) {
    choice.generic = true;
    return choice;
  }
  if (choice.set(date_from_times(s.times, b, order, false), "time")) return choice;
  if (choice.set(extract_url_date(url, b), "url")) return choice;
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
  if (meta_date(s, kModifiedMeta, b, order, choice)) return choice;
  for (const DateClue& c : s.times) {
    if (c.hint == DateHint::kModified && c.from_attribute &&
        choice.set(parse_date_value(c.value, b, order), "time")) {
      return choice;
    }
  }
  if (choice.set(publication_date_in_text(s.header_text, b, order, true), "text")) return choice;
  for (const DateClue& c : s.dated_texts) {  // "last edited 2019-11-10" and nothing else
    if (choice.set(publication_date_in_text(c.value, b, order, true), "text")) return choice;
  }
  // The page's summary sometimes names its own day ("News of 14 January 2020").
  if (choice.set(publication_date_in_text(meta_value(s, "description"), b, order, false), "text")) {
    return choice;
  }
  // The page footer ("Erschienen am 01.11.2023", a generated "© 19.12.2019 12:14").
  for (bool allow_update : {false, true}) {
    for (const DateClue& c : s.footer_texts) {
      if (choice.set(publication_date_in_text(c.value, b, order, allow_update), "text")) {
        return choice;
      }
    }
  }
  return choice;
}

// Publication dates printed for the reader, most prominent first: the first one below the
// headline, then those of the date labels (labels that announce an update are left out).
struct PrintedDates {
  std::vector<ParsedDate> all;
  // The date below the headline, else the first label inside the article: the one a reader
  // takes for the article's date.
  std::optional<ParsedDate> headline;
};

PrintedDates printed_dates(const MetaSignals& s, const DateBounds& b, SlashOrder order) {
  PrintedDates out;
  out.headline = publication_date_in_text(s.header_text, b, order, false);
  if (out.headline) out.all.push_back(*out.headline);
  DateBounds label_bounds = b;
  label_bounds.two_digit_years = true;
  for (const DateClue& c : s.date_labels) {
    if (c.hint == DateHint::kModified) continue;
    auto d = publication_date_in_text(c.value, label_bounds, order, false);
    if (!d) continue;
    out.all.push_back(*d);
    if (!out.headline && c.in_article) out.headline = d;
  }
  return out;
}

// Rule c: another publication stamp that names a printed day, in the order of trust.
bool take_printed_stamp(const MetaSignals& s, const JsonLdObject* ld,
                        const std::vector<ParsedDate>& printed, const DateBounds& b,
                        SlashOrder order, Choice& choice) {
  auto printed_day = [&](const std::optional<ParsedDate>& d) {
    if (!d) return false;
    for (const ParsedDate& p : printed) {
      if (same_day(*d, p)) return true;
    }
    return false;
  };
  auto try_set = [&](std::optional<ParsedDate> d, const char* source) {
    return printed_day(d) && choice.set(d, source);
  };
  if (ld != nullptr && (try_set(parse_date_value(ld->date_published, b, order), "json-ld") ||
                        try_set(parse_date_value(ld->date_created, b, order), "json-ld"))) {
    return true;
  }
  for (std::string_view key : kPublishedMeta) {
    if (try_set(parse_date_value(meta_value(s, key), b, order), "meta")) return true;
  }
  for (std::string_view key : kGenericDateMeta) {
    if (try_set(parse_date_value(meta_value(s, key), b, order), "meta")) return true;
  }
  if (try_set(date_from_times(s.times, b, order, true), "time")) return true;
  // Machine-readable <time> stamps that do not say what they date.
  for (const DateClue& c : s.times) {
    if (c.hint == DateHint::kGeneric && c.from_attribute &&
        try_set(parse_date_value(c.value, b, order), "time")) {
      return true;
    }
  }
  return false;
}

// Rule d: the stamp is an instant; the printed date with its time of day is the same instant
// seen in the publisher's zone when the two differ by a real UTC offset.
bool take_printed_zone_day(const ParsedDate& printed, Choice& choice) {
  const ParsedDate& stamp = *choice.date;
  if (!stamp.utc_offset_minutes || stamp.hour < 0 || printed.hour < 0 ||
      printed.utc_offset_minutes) {
    return false;
  }
  int64_t days = day_number(printed) - day_number(stamp);
  if (days != 1 && days != -1) return false;
  int64_t offset_minutes = (printed.epoch_seconds() - stamp.epoch_seconds()) / 60;
  if (offset_minutes < -12 * 60 || offset_minutes > 14 * 60) return false;
  return choice.set(printed, "text");
}

}  // namespace

PublicationDate choose_publication_date(const MetaSignals& s, const JsonLdObject* ld,
                                        std::string_view url, const DateBounds& b,
                                        SlashOrder order) {
  Choice choice = choose_by_trust(s, ld, url, b, order);
  if (!choice.date) return {};
  // a. URL tie-break: the URL names the day the publisher filed the story under.
  auto url_date =
      std::string_view(choice.source) == "url" ? std::nullopt : extract_url_date(url, b);
  if (url_date) {
    int64_t gap = day_number(*choice.date) - day_number(*url_date);
    if (gap == 1 || gap == -1) choice.set(url_date, "url");
  }
  PrintedDates printed = printed_dates(s, b, order);
  if (printed.all.empty()) return {choice.date, choice.source};
  // b. A generic meta date ("date", "DC.date") is often the last change: the date printed
  // with the article wins over it.
  if (choice.generic && printed.headline && !same_day(*printed.headline, *choice.date)) {
    choice.set(printed.headline, "text");
    return {choice.date, choice.source};
  }
  bool shown = false;
  for (const ParsedDate& p : printed.all) shown = shown || same_day(p, *choice.date);
  if (shown || take_printed_stamp(s, ld, printed.all, b, order, choice)) {
    return {choice.date, choice.source};  // c. visible corroboration
  }
  if (!printed.headline) return {choice.date, choice.source};
  take_printed_zone_day(*printed.headline, choice);  // d. the publisher's zone
  return {choice.date, choice.source};
}

}  // namespace precis
