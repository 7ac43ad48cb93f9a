#include "pipeline/event_collector.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

Article make(std::string id, std::string text) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  return a;
}

TEST(EventCollector, KeepsIdsAndOriginalsPerEvent) {
  EventCollectorOptions keep;
  keep.keep_articles = 5;
  Diagnostics diags;
  EventCollector c({}, keep, &diags);
  std::string story =
      "Floods closed the harbour road in Lindholm on Monday after the river rose two metres, and "
      "rescue boats carried families from the old town to the school on the hill, officials said.";
  auto a = c.add(make("a", story));
  auto b = c.add(make("b", story));  // a copy
  ASSERT_TRUE(b.duplicate_of.has_value());
  auto events = c.finish();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].record.event, a.event);
  EXPECT_EQ(events[0].article_ids, (IdList{"a", "b"}));
  ASSERT_EQ(events[0].articles.size(), 1u);  // the copy is not kept for summaries
  EXPECT_EQ(events[0].articles[0].id, "a");
  EXPECT_EQ(c.open_events(), 0u);
}

}  // namespace
}  // namespace precis
