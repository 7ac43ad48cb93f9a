// The learned join decision and the candidate trace (ClusterOptions::join_model,
// ClusterOptions::candidate_trace; docs/cluster.md, "Learned join decision").
#include <gtest/gtest.h>

#include <set>
#include <vector>

#include "cluster/merge_score.h"
#include "precis/cluster.h"

namespace precis {
namespace {

constexpr int64_t kT0 = 915148800;  // 1999-01-01

Article make(std::string id, std::string text, int64_t time) {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.time = time;
  return a;
}

// Invented reports: two of a flood, one of an unrelated election.
const std::vector<Article> kStream = {
    make("f1", "Floods in the river town of Harlow forced families from their homes on Monday.",
         kT0),
    make("e1", "Voters in Brenmark elected a new mayor after a close count of ballots.", kT0 + 60),
    make("f2", "The river flooded Harlow again; families left their homes as water rose.",
         kT0 + 3600),
};

struct TraceLine {
  uint64_t article, event;
  std::vector<double> features;
};

TEST(JoinModel, TraceReportsEveryCandidateWithoutChangingDecisions) {
  std::vector<TraceLine> lines;
  ClusterOptions traced;
  traced.candidate_trace = [&](uint64_t a, uint64_t e, const std::vector<double>& f) {
    lines.push_back({a, e, f});
  };
  OnlineClusterer plain, with_trace(traced);
  for (const Article& a : kStream) {
    ClusterAssignment x = plain.add(a), y = with_trace.add(a);
    EXPECT_EQ(x.event, y.event) << a.id;
    EXPECT_EQ(x.new_event, y.new_event) << a.id;
  }
  ASSERT_FALSE(lines.empty());
  bool flood_candidate = false;
  for (const TraceLine& l : lines) {
    ASSERT_EQ(l.features.size(), static_cast<size_t>(kJoinFeatureCount));
    EXPECT_GT(l.article, 0u);  // the first article has no candidates
    if (l.article == 2 && l.event == 1) {
      flood_candidate = true;
      EXPECT_GT(l.features[kJoinCentroid], 0.0);
      EXPECT_EQ(l.features[kJoinSingleton], 1.0);
      EXPECT_EQ(l.features[kJoinLogSize], 0.0);
      EXPECT_GT(l.features[kJoinScore], 0.0);
    }
  }
  EXPECT_TRUE(flood_candidate);
}

TEST(JoinModel, InterceptDecidesWhenWeightsAreZero) {
  // Probability >= 0.5 (logit >= 0) joins the best candidate; below, every article starts an
  // event.
  ClusterOptions never, always;
  never.join_model = {-1.0};
  always.join_model = {1.0};
  OnlineClusterer a(never), b(always);
  std::set<uint64_t> events_never;
  for (const Article& x : kStream) events_never.insert(a.add(x).event);
  EXPECT_EQ(events_never.size(), kStream.size());
  ClusterAssignment last;
  for (const Article& x : kStream) last = b.add(x);
  EXPECT_FALSE(last.new_event);  // f2 shares words with an earlier report, so it has candidates
}

TEST(JoinModel, PicksTheCandidateOfHighestLogit) {
  // Weight on the centroid cosine only: f2 joins the flood, not the election.
  ClusterOptions o;
  o.join_model.assign(1 + kJoinFeatureCount, 0.0);
  o.join_model[0] = -0.5;
  o.join_model[1 + kJoinCentroid] = 10.0;
  OnlineClusterer c(o);
  ClusterAssignment f1 = c.add(kStream[0]), e1 = c.add(kStream[1]), f2 = c.add(kStream[2]);
  EXPECT_NE(f1.event, e1.event);
  EXPECT_EQ(f2.event, f1.event);
}

}  // namespace
}  // namespace precis
