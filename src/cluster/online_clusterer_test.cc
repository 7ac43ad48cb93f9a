#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <set>

#include "cluster/merge_score.h"
#include "precis/cluster.h"

namespace precis {
namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kT0 = 915148800;  // 1999-01-01

Article make(std::string id, std::string text, std::optional<int64_t> time = kT0,
             std::string title = "") {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.title = std::move(title);
  a.time = time;
  return a;
}

// Invented stories: two unrelated happenings, each told a few ways.
const char* kQuake1 =
    "A strong earthquake shook the mountain town of Velmora on Tuesday, destroying houses and "
    "killing at least twelve people, rescue officials in Velmora said.";
const char* kQuake2 =
    "Rescue teams in Velmora searched collapsed houses after the earthquake. Officials raised "
    "the number of people killed in the Velmora earthquake to twenty.";
const char* kQuake3 =
    "Aid arrived in Velmora two days after the earthquake destroyed houses; rescue officials "
    "said survivors were sleeping outside.";
const char* kVote1 =
    "Parliament in Ostrand approved the budget of finance minister Karel Dunmore after a long "
    "debate over taxes and pensions.";
const char* kVote2 =
    "Finance minister Karel Dunmore defended the Ostrand budget, saying taxes on pensions would "
    "not rise; parliament passed it by twelve votes.";

TEST(OnlineClusterer, GroupsStoriesAboutTheSameHappening) {
  Diagnostics diags;
  OnlineClusterer c({}, &diags);
  auto q1 = c.add(make("q1", kQuake1));
  auto v1 = c.add(make("v1", kVote1, kT0 + 3600));
  auto q2 = c.add(make("q2", kQuake2, kT0 + 7200));
  auto v2 = c.add(make("v2", kVote2, kT0 + 7300));
  auto q3 = c.add(make("q3", kQuake3, kT0 + 2 * kDay));
  EXPECT_TRUE(q1.new_event);
  EXPECT_TRUE(v1.new_event);
  EXPECT_NE(q1.event, v1.event);
  EXPECT_EQ(q2.event, q1.event);
  EXPECT_EQ(q3.event, q1.event);
  EXPECT_EQ(v2.event, v1.event);
  EXPECT_FALSE(q2.new_event);
  EXPECT_GE(q2.score, c.options().threshold);
  EXPECT_EQ(c.open_events(), 2u);
  auto events = c.finish();
  ASSERT_EQ(events.size(), 2u);
  size_t total = 0;
  for (const auto& e : events) total += e.articles;
  EXPECT_EQ(total, 5u);
  EXPECT_EQ(c.open_events(), 0u);
}

TEST(OnlineClusterer, IsDeterministic) {
  auto run = [] {
    OnlineClusterer c;
    std::vector<uint64_t> ev;
    for (const char* t : {kQuake1, kVote1, kQuake2, kVote2, kQuake3})
      ev.push_back(c.add(make("x", t)).event);
    return ev;
  };
  EXPECT_EQ(run(), run());
}

TEST(OnlineClusterer, NearDuplicateJoinsTheFirstCopy) {
  Diagnostics diags;
  OnlineClusterer c({}, &diags);
  std::string story = std::string(kQuake1) + " " + kQuake2 + " " + kQuake3;
  c.add(make("a", kVote1));
  auto first = c.add(make("wire1", story));
  std::string edited = story + " Corrects spelling of town.";  // a re-sent wire story
  auto copy = c.add(make("wire2", edited, kT0 + 600));
  ASSERT_TRUE(copy.duplicate_of.has_value());
  EXPECT_EQ(*copy.duplicate_of, "wire1");
  EXPECT_EQ(copy.duplicate_of_index, first.index);
  EXPECT_EQ(copy.event, first.event);
  EXPECT_GT(copy.score, 0.85);
  auto events = c.finish();
  for (const auto& e : events) {
    if (e.event == first.event) {
      EXPECT_EQ(e.articles, 2u);
      EXPECT_EQ(e.duplicates, 1u);
    }
  }
}

TEST(OnlineClusterer, RelatedButDifferentStoryIsNotADuplicate) {
  OnlineClusterer c;
  c.add(make("q1", kQuake1));
  auto q2 = c.add(make("q2", kQuake2));
  EXPECT_FALSE(q2.duplicate_of.has_value());
}

TEST(OnlineClusterer, EventsOutsideTheWindowAreRetired) {
  ClusterOptions o;
  o.window_days = 10;
  OnlineClusterer c(o);
  auto q1 = c.add(make("q1", kQuake1, kT0));
  auto v1 = c.add(make("v1", kVote1, kT0 + 20 * kDay));  // closes the quake event
  auto retired = c.take_retired();
  ASSERT_EQ(retired.size(), 1u);
  EXPECT_EQ(retired[0].event, q1.event);
  EXPECT_EQ(c.open_events(), 1u);
  // The same quake story a month later starts a new event: the old one is gone.
  auto q2 = c.add(make("q2", kQuake2, kT0 + 21 * kDay));
  EXPECT_TRUE(q2.new_event);
  EXPECT_NE(q2.event, q1.event);
  EXPECT_NE(q2.event, v1.event);
}

TEST(OnlineClusterer, ArticlesWithoutTimeAndLateArticles) {
  Diagnostics diags;
  OnlineClusterer c({}, &diags);
  auto q1 = c.add(make("q1", kQuake1, std::nullopt));
  auto q2 = c.add(make("q2", kQuake2, std::nullopt));
  EXPECT_EQ(q1.event, q2.event);
  c.add(make("v1", kVote1, kT0 + 10 * kDay));
  auto late = c.add(make("v2", kVote2, kT0 + 5 * kDay));  // five days late: reported
  EXPECT_FALSE(late.new_event);
  ASSERT_EQ(diags.warnings(), 1u);
  EXPECT_NE(diags.kept()[0].what.find("older"), std::string::npos);
  auto events = c.finish();
  for (const auto& e : events) {
    if (e.event == q1.event) EXPECT_FALSE(e.first_seen.has_value());
    if (e.event == late.event) {
      EXPECT_EQ(*e.first_seen, kT0 + 5 * kDay);
      EXPECT_EQ(*e.last_seen, kT0 + 10 * kDay);
    }
  }
}

// A late article that opens an event gives it its own time, not the stream's newest.
TEST(OnlineClusterer, LateArticleOpeningAnEventKeepsItsOwnTime) {
  Diagnostics diags;
  OnlineClusterer c({}, &diags);
  c.add(make("v1", kVote1, kT0 + 30 * kDay));
  auto q = c.add(make("q1", kQuake1, kT0 + 20 * kDay));  // ten days late, a new event
  EXPECT_TRUE(q.new_event);
  bool seen = false;
  for (const auto& e : c.finish()) {
    if (e.event != q.event) continue;
    seen = true;
    ASSERT_TRUE(e.first_seen.has_value());
    EXPECT_EQ(*e.first_seen, kT0 + 20 * kDay);
    EXPECT_EQ(*e.last_seen, kT0 + 20 * kDay);
  }
  EXPECT_TRUE(seen);
}

TEST(OnlineClusterer, DuplicateIdsAreReportedNotMerged) {
  Diagnostics diags;
  OnlineClusterer c({}, &diags);
  auto a = c.add(make("same", kQuake1), "f.jsonl:1");
  auto b = c.add(make("same", kVote1), "f.jsonl:2");
  EXPECT_NE(a.index, b.index);
  EXPECT_NE(a.event, b.event);
  ASSERT_EQ(diags.warnings(), 1u);
  EXPECT_EQ(diags.kept()[0].where, "f.jsonl:2");
  EXPECT_NE(diags.kept()[0].what.find("duplicate id"), std::string::npos);
}

TEST(OnlineClusterer, EmptyTextIsASingletonWithAWarning) {
  Diagnostics diags;
  OnlineClusterer c({}, &diags);
  auto e1 = c.add(make("e1", ""));
  auto e2 = c.add(make("e2", ""));
  EXPECT_TRUE(e1.new_event);
  EXPECT_TRUE(e2.new_event);
  EXPECT_EQ(diags.warnings(), 2u);
}

TEST(OnlineClusterer, OpenEventsAreCapped) {
  ClusterOptions o;
  o.max_active_events = 2;
  OnlineClusterer c(o);
  c.add(make("q", kQuake1, std::nullopt));
  c.add(make("v", kVote1, std::nullopt));
  c.add(make("z", "Zebras escaped from the Lindholm zoo and wandered along the harbour road.",
             std::nullopt));
  EXPECT_EQ(c.open_events(), 2u);
  EXPECT_EQ(c.take_retired().size(), 1u);
}

TEST(OnlineClusterer, SharedNamesCanDecideAJoin) {
  // Two reports of one happening that share its names but few other words: the centroid
  // cosine alone stays below a strict threshold, the names cosine carries it over.
  const char* a = "Governor Elsa Varnholt of Quenland resigned on Monday after the audit.";
  const char* b = "Quenland lawmakers praised Varnholt, whose departure surprised colleagues.";
  auto run = [&](double names_weight) {
    ClusterOptions o;
    o.names_weight = names_weight;
    o.centroid_weight = 1 - names_weight;
    o.threshold = 0.3;
    OnlineClusterer c(o);
    c.add(make("v1", kVote1));
    auto x = c.add(make("a", a, kT0 + 60));
    auto y = c.add(make("b", b, kT0 + 120));
    return std::pair(x.event == y.event, y.score);
  };
  auto [joined_plain, score_plain] = run(0.0);
  auto [joined_names, score_names] = run(0.5);
  EXPECT_FALSE(joined_plain);
  EXPECT_TRUE(joined_names);
  EXPECT_GT(score_names, score_plain);
}

TEST(OnlineClusterer, PlaceNamesWeighLessThanOtherWords) {
  if (!std::filesystem::exists("/usr/share/wordnet/data.noun"))
    GTEST_SKIP() << "/usr/share/wordnet not installed (Debian package wordnet-base)";
  // Two happenings in one country: what they share is its names.
  const char* border =
      "Turkish troops massed on the Syrian border as Ankara warned Damascus over the rebels.";
  const char* vote =
      "Turkey's parliament in Ankara brought down the Turkish government in a confidence vote.";
  auto score = [&](double place_weight, const std::string& wordnet, Diagnostics* diags) {
    ClusterOptions o;
    o.place_weight = place_weight;
    o.wordnet_dir = wordnet;
    OnlineClusterer c(o, diags);
    c.add(make("v1", kVote1));
    c.add(make("border", border, kT0 + 60));
    return c.add(make("vote", vote, kT0 + 120)).score;
  };
  Diagnostics quiet;
  const double plain = score(1.0, "/usr/share/wordnet", &quiet);
  const double weighed = score(0.5, "/usr/share/wordnet", &quiet);
  EXPECT_EQ(quiet.warnings(), 0u);
  EXPECT_GT(plain, 0.0);
  EXPECT_LT(weighed, plain * 0.8);
  // Without WordNet the clusterer says so once and weighs places like other words.
  Diagnostics diags;
  EXPECT_DOUBLE_EQ(score(0.5, "/nonexistent-wordnet", &diags), plain);
  ASSERT_EQ(diags.warnings(), 1u);
  EXPECT_NE(diags.kept()[0].what.find("/nonexistent-wordnet/index.noun"), std::string::npos)
      << diags.kept()[0].what;
}

TEST(OnlineClusterer, DecayFloorKeepsAStoryResumedAfterWeeks) {
  // The quake story resumed 60 days later (two half-lives): without a floor its similarity is
  // cut to a quarter, with the 0.5 floor only halved.
  auto run = [](double floor, double threshold) {
    ClusterOptions o;
    o.decay_floor = floor;
    o.singleton_threshold_scale = 1;
    o.threshold = threshold;
    OnlineClusterer c(o);
    auto q1 = c.add(make("q1", kQuake1));
    c.add(make("v1", kVote1, kT0 + 3600));
    auto q2 = c.add(make("q2", kQuake2, kT0 + 60 * kDay));
    return std::pair(q2.event == q1.event, q2.score);
  };
  auto [joined0, score0] = run(0.0, 0.12);
  ASSERT_GT(score0, 0.0);
  EXPECT_NEAR(run(0.5, 0.12).second, 2 * score0, 1e-6);
  EXPECT_FALSE(run(0.0, 1.5 * score0).first);
  EXPECT_TRUE(run(0.5, 1.5 * score0).first);
  EXPECT_NEAR(run(0.2, 0.12).second, score0, 1e-9);  // the floor is below the decay: no change
}

TEST(OnlineClusterer, OneArticleEventHasALowerBar) {
  // Score of the second quake report against the one-article quake event, then thresholds just
  // above it: the singleton scale lets it join; a third report is held to the full threshold.
  auto run = [](double scale, double threshold) {
    ClusterOptions o;
    o.singleton_threshold_scale = scale;
    o.threshold = threshold;
    OnlineClusterer c(o);
    auto q1 = c.add(make("q1", kQuake1));
    auto q2 = c.add(make("q2", kQuake2, kT0 + 60));
    return std::pair(q2.event == q1.event, q2.score);
  };
  const double s = run(1.0, 0.99).second;
  ASSERT_GT(s, 0.0);
  EXPECT_FALSE(run(1.0, s / 0.9).first);
  EXPECT_TRUE(run(0.85, s / 0.9).first);
  EXPECT_EQ(run(0.85, s / 0.9).second, s);  // the reported score is not scaled

  ClusterOptions o;
  o.threshold = 0.01;
  OnlineClusterer c(o);
  c.add(make("q1", kQuake1));
  c.add(make("q2", kQuake2, kT0 + 60));
  const double s3 = c.add(make("q3", kQuake3, kT0 + 120)).score;  // against the 2-article event
  o.threshold = s3 / 0.95;
  OnlineClusterer strict(o);
  auto q1 = strict.add(make("q1", kQuake1));
  auto q2 = strict.add(make("q2", kQuake2, kT0 + 60));
  auto q3 = strict.add(make("q3", kQuake3, kT0 + 120));
  ASSERT_EQ(q2.event, q1.event);  // joined the one-article event at the lower bar
  EXPECT_NEAR(q3.score, s3, 1e-9);
  EXPECT_TRUE(q3.new_event);  // two articles: the full threshold
}

TEST(OnlineClusterer, NearestRecentMemberOptionStillGroupsAStory) {
  ClusterOptions o;
  o.nearest_weight = 1.0;
  OnlineClusterer c(o);
  auto q1 = c.add(make("q1", kQuake1));
  auto v1 = c.add(make("v1", kVote1, kT0 + 3600));
  auto q2 = c.add(make("q2", kQuake2, kT0 + 7200));
  EXPECT_EQ(q2.event, q1.event);
  EXPECT_NE(v1.event, q1.event);
}

TEST(OnlineClusterer, MemberGateKeepsAnArticleLikeNoRecentReportOutOfABigEvent) {
  // Four reports on the Velmora quake make one event; then a report on a new happening of the
  // same theme, a flood in Velmora, whose words are spread over the event's reports. Its score
  // against the centroid and against the closest recent report are read from the candidate
  // trace; a threshold between them joins it without the gate and not with it.
  const char* kQuake4 =
      "Survivors of the Velmora earthquake buried their dead on Friday as rescue officials "
      "counted the destroyed houses.";
  const char* kFlood =
      "Floods reached Velmora a week after the earthquake: officials said rescue teams moved "
      "survivors again as rivers rose over houses the quake had spared, and aid was delayed.";
  auto run = [&](double threshold, double gate, double* score, double* member) {
    ClusterOptions o;
    o.threshold = threshold;
    o.member_gate = gate;
    o.singleton_threshold_scale = 1;
    uint64_t quake_event = 0;
    o.candidate_trace = [&](uint64_t article, uint64_t event, const std::vector<double>& f) {
      if (article != 4 || event != quake_event) return;
      *score = f[kJoinScore];
      MergeEvidence ev{.centroid = f[kJoinCentroid], .nearest = f[kJoinNearest],
                       .names = f[kJoinNames], .gap_days = std::expm1(f[kJoinLogGap])};
      *member = member_score(ev, {o.centroid_weight, o.nearest_weight, o.names_weight,
                                  o.decay_half_life_days, o.decay_floor});
    };
    OnlineClusterer c(o);
    auto q1 = c.add(make("q1", kQuake1));
    quake_event = q1.event;
    EXPECT_EQ(c.add(make("q2", kQuake2, kT0 + 60)).event, q1.event);
    EXPECT_EQ(c.add(make("q3", kQuake3, kT0 + 120)).event, q1.event);
    EXPECT_EQ(c.add(make("q4", kQuake4, kT0 + 180)).event, q1.event);
    return c.add(make("f", kFlood, kT0 + 7 * kDay)).event == q1.event;
  };
  double score = 0, member = 0;
  run(0.01, 0, &score, &member);
  ASSERT_GT(score, 0.0);
  ASSERT_LT(member, score) << "the flood report should match the centroid better than any report";
  const double t = (score + member) / 2;
  double s2 = 0, m2 = 0;
  EXPECT_TRUE(run(t, 0, &s2, &m2));          // no gate: the centroid score passes
  EXPECT_EQ(s2, score);
  EXPECT_FALSE(run(t, 1.0, &s2, &m2));       // gate: no recent report is close enough
  EXPECT_TRUE(run(t, 0.99 * member / t, &s2, &m2));  // a gate below its member score lets it in
}

TEST(OnlineClusterer, TitleWordsAndLabels) {
  OnlineClusterer c;
  c.add(make("q1", kQuake1, kT0, "Earthquake hits Velmora"));
  c.add(make("q2", kQuake2, kT0 + 60));
  auto events = c.finish();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(events[0].title.empty());
}

}  // namespace
}  // namespace precis
