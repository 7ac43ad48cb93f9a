#include "read/jsonl_record.h"

#include <gtest/gtest.h>

#include "precis/read.h"

namespace precis {
namespace {

struct Parsed {
  bool ok;
  std::variant<Article, Cluster> record;
  std::vector<Diagnostic> diags;
};

Parsed parse(const std::string& line) {
  JsonlRecordParser parser;
  Diagnostics diag;
  Parsed p;
  p.ok = parser.parse(line, "f.jsonl:7", diag, &p.record);
  p.diags = diag.kept();
  return p;
}

TEST(JsonlRecord, Article) {
  Parsed p = parse(R"({"id":"a1","title":"T","text":"Body.","time":"2019-01-24T10:00:00Z","url":"u","extra":[1,2]})");
  ASSERT_TRUE(p.ok);
  const Article& a = std::get<Article>(p.record);
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Body.");
  EXPECT_EQ(a.url, "u");
  ASSERT_TRUE(a.time.has_value());
  EXPECT_EQ(*a.time, 1548324000);
  EXPECT_EQ(a.origin, "f.jsonl:7");
}

TEST(JsonlRecord, ClusterWithBadArticleKeepsTheOthers) {
  Parsed p = parse(R"({"id":"c","query":"q","summaries":["r1","r2"],"articles":[{"doc_id":"x","text":"One."},{"doc_id":"y"},7,{"doc_id":"z","text":"Two.","title":null}]})");
  ASSERT_TRUE(p.ok);
  const Cluster& c = std::get<Cluster>(p.record);
  EXPECT_EQ(c.id, "c");
  EXPECT_EQ(c.query, "q");
  EXPECT_EQ(c.summaries.size(), 2u);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[1].id, "z");
  ASSERT_EQ(p.diags.size(), 2u);
  EXPECT_EQ(p.diags[0].where, "f.jsonl:7");
  EXPECT_NE(p.diags[0].what.find("article 1: no \"text\" field"), std::string::npos);
  EXPECT_NE(p.diags[1].what.find("article 2: is not an object"), std::string::npos);
}

TEST(JsonlRecord, ErrorsNameTheProblem) {
  EXPECT_FALSE(parse("").ok);
  EXPECT_TRUE(parse("   ").diags.empty());
  Parsed broken = parse(R"({"text": "abc)");
  EXPECT_FALSE(broken.ok);
  ASSERT_EQ(broken.diags.size(), 1u);
  EXPECT_NE(broken.diags[0].what.find("invalid JSON"), std::string::npos);
  Parsed notext = parse(R"({"id":"q","title":"t"})");
  EXPECT_FALSE(notext.ok);
  EXPECT_NE(notext.diags[0].what.find("no \"text\""), std::string::npos);
  Parsed array = parse("[1,2]");
  EXPECT_FALSE(array.ok);
  Parsed bad_text = parse(R"({"text": 5})");
  EXPECT_FALSE(bad_text.ok);
}

TEST(JsonlRecord, InvalidUtf8IsRepairedWithAWarning) {
  Parsed p = parse("{\"text\":\"caf\xe9 noir\"}");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(std::get<Article>(p.record).text, "caf\xEF\xBF\xBD noir");
  ASSERT_EQ(p.diags.size(), 1u);
  EXPECT_EQ(p.diags[0].severity, Diagnostic::Severity::kWarning);
}

TEST(IsoTime, FormsAndRejections) {
  int64_t t;
  ASSERT_TRUE(parse_iso_time("1970-01-02", &t));
  EXPECT_EQ(t, 86400);
  ASSERT_TRUE(parse_iso_time("1998-10-01T17:41", &t));
  ASSERT_TRUE(parse_iso_time("2019-01-24T10:00:00+01:00", &t));
  EXPECT_EQ(t, 1548320400);
  ASSERT_TRUE(parse_iso_time("20190124", &t));
  EXPECT_FALSE(parse_iso_time("0000-01-01", &t));
  EXPECT_FALSE(parse_iso_time("9999-12-31", &t));
  EXPECT_FALSE(parse_iso_time("2019-02-30", &t));
  EXPECT_FALSE(parse_iso_time("yesterday", &t));
  EXPECT_FALSE(parse_iso_time("2019-01-24 garbage", &t));
}

}  // namespace
}  // namespace precis
