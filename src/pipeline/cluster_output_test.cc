#include "pipeline/cluster_output.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

TEST(ClusterOutput, FormatsIsoTimes) {
  EXPECT_EQ(format_iso_time(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_iso_time(907263660), "1998-10-01T17:41:00Z");
  EXPECT_EQ(format_iso_time(-310478400), "1960-02-29T12:00:00Z");  // before 1970, leap day
}

TEST(ClusterOutput, AssignmentAndEventLines) {
  ClusterAssignment a;
  a.event = 3;
  a.score = 0.123456;
  EXPECT_EQ(assignment_json("d\"1", a), R"({"id":"d\"1","event":3,"score":0.1235})");
  a.duplicate_of = "d0";
  EXPECT_EQ(assignment_json("d1", a),
            R"({"id":"d1","event":3,"duplicate_of":"d0","score":0.1235})");
  CollectedEvent e;
  e.record.event = 3;
  e.record.articles = 2;
  e.record.duplicates = 1;
  e.record.title = "Flood";
  e.article_ids = {"d0", "d1"};
  EXPECT_EQ(event_json(e),
            R"({"event":3,"first_seen":null,"last_seen":null,"articles":["d0","d1"],)"
            R"("duplicates":1,"title":"Flood"})");
}

}  // namespace
}  // namespace precis
