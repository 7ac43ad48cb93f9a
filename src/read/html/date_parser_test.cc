#include "read/html/date_parser.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

std::string day(std::string_view text, SlashOrder order = SlashOrder::kDayFirst) {
  DateBounds b;
  b.not_after = days_from_civil(2024, 1, 1) * 86400;
  auto d = find_date(text, b, order);
  return d ? d->iso_day() : "";
}

TEST(DateParser, Iso8601WithTimeAndZone) {
  DateBounds b;
  auto d = find_date("2019-01-24T10:30:00+01:00", b);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2019-01-24T10:30:00+01:00");
  EXPECT_EQ(d->epoch_seconds(), days_from_civil(2019, 1, 24) * 86400 + 9 * 3600 + 30 * 60);
  EXPECT_EQ(find_date("2019-01-24T10:30:00.123Z", b)->iso(), "2019-01-24T10:30:00Z");
  EXPECT_EQ(find_date("2019-01-24", b)->iso(), "2019-01-24");
}

TEST(DateParser, Rfc1123) {
  DateBounds b;
  EXPECT_EQ(find_date("Thu, 24 Jan 2019 10:00:00 GMT", b)->iso(), "2019-01-24T10:00:00Z");
  EXPECT_EQ(find_date("Thu, 24 Jan 2019 10:00:00 +0200", b)->iso(), "2019-01-24T10:00:00+02:00");
}

TEST(DateParser, EnglishForms) {
  EXPECT_EQ(day("January 24, 2019"), "2019-01-24");
  EXPECT_EQ(day("Posted on Jan. 24 2019 at 5:01 pm"), "2019-01-24");
  EXPECT_EQ(day("24 January 2019"), "2019-01-24");
  EXPECT_EQ(day("the 3rd of March, 2020"), "2020-03-03");
  EXPECT_EQ(day("Sept 3rd, 2020"), "2020-09-03");
}

TEST(DateParser, EuropeanLanguages) {
  EXPECT_EQ(day("24. Januar 2019"), "2019-01-24");
  EXPECT_EQ(day("3. März 2020"), "2020-03-03");
  EXPECT_EQ(day("le 1er février 2021"), "2021-02-01");
  EXPECT_EQ(day("24 de enero de 2019"), "2019-01-24");
  EXPECT_EQ(day("24 gennaio 2019"), "2019-01-24");
  EXPECT_EQ(day("24 de março de 2019"), "2019-03-24");
  EXPECT_EQ(day("24 maart 2019"), "2019-03-24");
  EXPECT_EQ(day("24 STYCZNIA 2019"), "2019-01-24");
  EXPECT_EQ(day("24 января 2019"), "2019-01-24");
  EXPECT_EQ(day("2019. január 24."), "2019-01-24");
  EXPECT_EQ(day("24. tammikuuta 2019"), "2019-01-24");
}

TEST(DateParser, NumericForms) {
  EXPECT_EQ(day("24.01.2019"), "2019-01-24");
  EXPECT_EQ(day("2019/01/24"), "2019-01-24");
  EXPECT_EQ(day("24-01-2019"), "2019-01-24");
  EXPECT_EQ(day("2019年1月24日"), "2019-01-24");
  EXPECT_EQ(day("2019년 1월 24일"), "2019-01-24");
}

TEST(DateParser, UnicodeSpacesAndSpacedDots) {
  EXPECT_EQ(day("4. 2. 2022"), "2022-02-04");
  EXPECT_EQ(day("4.\u2009"
                "2.\u2009"
                "2022"),
            "2022-02-04");                                    // thin spaces
  EXPECT_EQ(day("24\u00A0January\u00A02019"), "2019-01-24");  // no-break spaces
}

TEST(DateParser, TwoDigitYearsOnlyWhenAllowed) {
  DateBounds b;
  EXPECT_FALSE(find_date("v 31.10.23", b));
  b.two_digit_years = true;
  EXPECT_EQ(find_date("31.10.23", b)->iso_day(), "2023-10-31");
  EXPECT_FALSE(find_date("1.10.23.4", b));  // a version number
  b.not_after = days_from_civil(2023, 1, 1) * 86400;
  EXPECT_FALSE(find_date("31.10.23", b));
}

TEST(DateParser, SlashOrder) {
  EXPECT_EQ(day("03/04/2019", SlashOrder::kDayFirst), "2019-04-03");
  EXPECT_EQ(day("03/04/2019", SlashOrder::kMonthFirst), "2019-03-04");
  // A first number above 12 can only be a day, whatever the preference.
  EXPECT_EQ(day("24/01/2019", SlashOrder::kMonthFirst), "2019-01-24");
  EXPECT_EQ(day("01/24/2019", SlashOrder::kDayFirst), "2019-01-24");
}

TEST(DateParser, RejectsInvalidAndOutOfBounds) {
  EXPECT_EQ(day("2019-02-30"), "");
  EXPECT_EQ(day("2019-13-01"), "");
  EXPECT_EQ(day("0001-01-01"), "");
  EXPECT_EQ(day("9999-12-31"), "");
  EXPECT_EQ(day("1985-05-05"), "");  // before DateBounds::min_year
  EXPECT_EQ(day("2024-01-02"), "");  // after not_after
  EXPECT_EQ(day("2024-01-01"), "2024-01-01");
  EXPECT_EQ(day("February 29, 2019"), "");
  EXPECT_EQ(day("February 29, 2020"), "2020-02-29");
  EXPECT_EQ(day("January 2019"), "");  // no day
  EXPECT_EQ(day("page 12345 of 2019"), "");
}

TEST(DateParser, SkipsInvalidCandidateAndFindsNext) {
  EXPECT_EQ(day("Version 31.02.2019, published 24.01.2019"), "2019-01-24");
}

TEST(DateParser, SpanCoversDateAndTime) {
  DateBounds b;
  DateSpan span;
  std::string_view text = "Updated: 24 Jan 2019 10:00, first 20 Jan 2019";
  auto d = find_date(text, b, SlashOrder::kDayFirst, &span);
  ASSERT_TRUE(d);
  EXPECT_EQ(text.substr(span.begin, span.end - span.begin), "24 Jan 2019 10:00");
}

TEST(DateParser, AttributeValues) {
  DateBounds b;
  EXPECT_EQ(parse_date_value(" 20190124 ", b)->iso_day(), "2019-01-24");
  EXPECT_EQ(parse_date_value("1548288000", b)->iso(), "2019-01-24T00:00:00Z");
  EXPECT_EQ(parse_date_value("1548288000000", b)->iso_day(), "2019-01-24");
  EXPECT_FALSE(parse_date_value("", b));
  EXPECT_FALSE(parse_date_value("12345678", b));
}

TEST(DateParser, MakeDateChecksCalendar) {
  DateBounds b;
  EXPECT_TRUE(make_date(2000, 2, 29, b));
  EXPECT_FALSE(make_date(2100, 2, 29, b));
  EXPECT_FALSE(make_date(2019, 4, 31, b));
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2000, 3, 1), 11017);
}

}  // namespace
}  // namespace precis
