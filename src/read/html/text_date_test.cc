#include "read/html/text_date.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

std::string pub(std::string_view text, bool allow_update = false) {
  DateBounds b;
  auto d = publication_date_in_text(text, b, SlashOrder::kDayFirst, allow_update);
  return d ? d->iso_day() : "";
}

TEST(TextDate, KeywordWins) {
  EXPECT_EQ(pub("Updated 3 May 2020 · Published 1 May 2020"), "2020-05-01");
  EXPECT_EQ(pub("Aktualisiert am 04.05.2020, veröffentlicht am 01.05.2020"), "2020-05-01");
}

TEST(TextDate, SkipsUpdateDates) {
  EXPECT_EQ(pub("Last updated: 3 May 2020. Story from 1 May 2020"), "2020-05-01");
  EXPECT_EQ(pub("Updated 3 May 2020"), "");
  EXPECT_EQ(pub("Updated 3 May 2020", /*allow_update=*/true), "2020-05-03");
  EXPECT_EQ(pub("Letzte Änderung: 31.10.2023 - 14:49"), "");
  EXPECT_EQ(pub("page revision 8, last edited 17 Jun 2018"), "");
}

TEST(TextDate, LabelTextKeywordBeatsClassHint) {
  DateBounds b;
  std::vector<DateClue> labels(2);
  labels[0].value = "12.03.2021";
  labels[0].hint = DateHint::kPublished;
  labels[1].value = "Publiziert am 10. März 2021 von Ann";
  EXPECT_EQ(date_from_labels(labels, b, SlashOrder::kDayFirst)->iso_day(), "2021-03-10");
  labels[1].value = "Von Ann | 09.03.21";  // short years are fine in labels
  labels[0].hint = DateHint::kGeneric;
  labels[1].hint = DateHint::kPublished;
  EXPECT_EQ(date_from_labels(labels, b, SlashOrder::kDayFirst)->iso_day(), "2021-03-09");
}

TEST(TextDate, LabelsPreferPublishedHint) {
  DateBounds b;
  std::vector<DateClue> labels(2);
  labels[0].value = "12.03.2021";
  labels[0].hint = DateHint::kGeneric;
  labels[1].value = "10.03.2021";
  labels[1].hint = DateHint::kPublished;
  EXPECT_EQ(date_from_labels(labels, b, SlashOrder::kDayFirst)->iso_day(), "2021-03-10");
  labels[1].hint = DateHint::kModified;
  EXPECT_EQ(date_from_labels(labels, b, SlashOrder::kDayFirst)->iso_day(), "2021-03-12");
}

}  // namespace
}  // namespace precis
