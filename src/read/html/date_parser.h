// Dates as web pages write them, parsed into calendar dates: ISO 8601 and RFC 822/1123 stamps,
// "January 24, 2019", "24 Jan 2019", "24. Januar 2019", "24 de enero de 2019", "24.01.2019",
// "2019/01/24", "2019年1月24日", with month names in the major European languages (en, de, fr,
// es, it, pt, nl, sv/da/no, pl, cs, ru, tr, fi, hu, ro, id). Every date is checked: a real
// calendar day, a year inside DateBounds, never after DateBounds::not_after (the crawl time).
// Partial dates ("January 2019") are not dates: a publication date needs a day.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace precis {

struct DateBounds {
  // Earliest accepted year. News on the web starts in the 1990s; earlier years in markup are
  // typos, placeholders (0001-01-01) or the birth dates of people in the text.
  int min_year = 1990;
  // Latest accepted year (a cheap guard when not_after is unknown).
  int max_year = 2100;
  // Seconds since epoch (UTC); dates whose day starts after this instant are rejected (a page
  // cannot be published after it was crawled). Unset = no such check.
  std::optional<int64_t> not_after;
  // Also read "dd.mm.yy" as 20yy. Off by default: in running text such triples are often
  // version numbers or scores; date labels and <time> texts turn it on.
  bool two_digit_years = false;
};

// How to read an all-numeric date whose separator is '/' and whose first two numbers are both
// <= 12 ("03/04/2019"). Dots and dashes are always day-first ("03.04.2019" is 3 April).
enum class SlashOrder { kDayFirst, kMonthFirst };

struct ParsedDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  int hour = -1;  // -1 when the text has no time of day
  int minute = 0;
  int second = 0;
  std::optional<int> utc_offset_minutes;  // set when the text names a zone ("Z", "+01:00", "GMT")

  // "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS" plus "Z"/"+HH:MM" when a time (and zone) is known.
  std::string iso() const;
  // "YYYY-MM-DD" only.
  std::string iso_day() const;
  // Seconds since epoch, UTC; a time without zone is taken as UTC, a date without time as 00:00.
  int64_t epoch_seconds() const;
};

// Byte range of a date found in a text: [begin, end).
struct DateSpan {
  size_t begin = 0;
  size_t end = 0;
};

// Finds the first valid date in `text` (leftmost match; invalid candidates are skipped). When
// `span` is given it receives where the date (with its time of day, if any) was written.
std::optional<ParsedDate> find_date(std::string_view text, const DateBounds& bounds,
                                    SlashOrder slash_order = SlashOrder::kDayFirst,
                                    DateSpan* span = nullptr);

// Parses an attribute value meant to hold one date (meta content, <time datetime>, JSON-LD):
// like find_date, but also accepts compact forms that are too ambiguous in running text:
// "20190124" and a Unix timestamp in seconds or milliseconds.
std::optional<ParsedDate> parse_date_value(std::string_view value, const DateBounds& bounds,
                                           SlashOrder slash_order = SlashOrder::kDayFirst);

// Builds a checked date from numbers (used by the URL rules); nullopt when invalid or out of
// bounds.
std::optional<ParsedDate> make_date(int year, int month, int day, const DateBounds& bounds);

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
int64_t days_from_civil(int year, int month, int day);

}  // namespace precis
