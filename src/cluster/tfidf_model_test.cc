#include "cluster/tfidf_model.h"

#include <gtest/gtest.h>

namespace precis {
namespace {

Term term(uint32_t id, bool capitalized, bool stop = false) {
  return Term{id, 0, 0, stop, capitalized};
}

TEST(TfidfModel, NameVectorKeepsOnlyCapitalizedNonStopTerms) {
  TfidfModel m(TfidfOptions{});
  SparseVector v, names;
  // Two documents so that idf is positive for terms seen once.
  m.vectorize({}, {term(1, false), term(2, true), term(3, true, true)}, true, &v);
  m.vectorize({term(4, true)}, {term(5, false), term(2, true)}, true, &v, &names, 50);
  ASSERT_EQ(v.size(), 3u);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(weight_of(names, 5), 0.0f);
  EXPECT_GT(weight_of(names, 4), 0.0f);
  EXPECT_GT(weight_of(names, 2), 0.0f);
  // Term 4 (title, seen once) outweighs term 2 (body, in both documents).
  EXPECT_GT(weight_of(names, 4), weight_of(names, 2));
  EXPECT_NEAR(cosine(names, names), 1.0, 1e-6);
  SparseVector v2 = v;
  m.vectorize({}, {term(5, false)}, false, &v, &names, 50);
  EXPECT_TRUE(names.empty());
  // The name vector does not change the main one.
  m.vectorize({term(4, true)}, {term(5, false), term(2, true)}, false, &v);
  SparseVector v3;
  m.vectorize({term(4, true)}, {term(5, false), term(2, true)}, false, &v3, &names, 50);
  ASSERT_EQ(v.size(), v3.size());
  for (size_t i = 0; i < v.size(); ++i) EXPECT_EQ(v[i].weight, v3[i].weight);
  EXPECT_EQ(v2.size(), v3.size());
}

}  // namespace
}  // namespace precis
