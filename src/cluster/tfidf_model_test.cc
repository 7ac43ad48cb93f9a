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

TEST(TfidfModel, TermScaleMultipliesOneTermsWeight) {
  TfidfModel plain(TfidfOptions{}), scaled(TfidfOptions{});
  scaled.set_term_scale(2, 0.5f);
  scaled.set_term_scale(9, 0.25f);  // a term never seen changes nothing
  SparseVector a, b, na, nb;
  for (TfidfModel* m : {&plain, &scaled}) m->vectorize({}, {term(7, false)}, true, &a);
  plain.vectorize({}, {term(1, false), term(2, true), term(3, false)}, true, &a, &na, 50);
  scaled.vectorize({}, {term(1, false), term(2, true), term(3, false)}, true, &b, &nb, 50);
  ASSERT_EQ(a.size(), 3u);
  ASSERT_EQ(b.size(), 3u);
  // Before normalization term 2 weighs half; after it, the ratio to term 1 is halved.
  EXPECT_NEAR(weight_of(b, 2) / weight_of(b, 1), 0.5 * weight_of(a, 2) / weight_of(a, 1), 1e-5);
  EXPECT_NEAR(weight_of(b, 3) / weight_of(b, 1), weight_of(a, 3) / weight_of(a, 1), 1e-5);
  // The name vector has term 2 alone: unit length either way.
  EXPECT_NEAR(weight_of(nb, 2), weight_of(na, 2), 1e-6);
  // Scale 1 restores the plain weight.
  scaled.set_term_scale(2, 1.0f);
  plain.vectorize({}, {term(1, false), term(2, true), term(3, false)}, false, &a);
  scaled.vectorize({}, {term(1, false), term(2, true), term(3, false)}, false, &b);
  for (uint32_t t : {1u, 2u, 3u}) EXPECT_FLOAT_EQ(weight_of(a, t), weight_of(b, t));
  // Scale 0 leaves the term out.
  scaled.set_term_scale(2, 0.0f);
  scaled.vectorize({}, {term(1, false), term(2, true), term(3, false)}, false, &b, &nb, 50);
  EXPECT_EQ(weight_of(b, 2), 0.0f);
  EXPECT_EQ(b.size(), 2u);
  EXPECT_TRUE(nb.empty());
}

}  // namespace
}  // namespace precis
