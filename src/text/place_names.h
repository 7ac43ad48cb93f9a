// Place names: the one-word names of places in WordNet (Debian's wordnet-base), and the adjectives
// made from them ("Turkey", "Ankara", "Turkish"), for the clusterer to weigh down.
//
// Why: a place is the setting of every event that happens there. In a stream the size of the dev
// stream, "Turkey" is common enough that its idf is modest; among five times as many articles
// about other things it becomes one of the rarest, heaviest words, and three separate Turkey
// events look alike (docs/cluster.md, "Place names").
//
// What counts as a place, in WordNet 3.0 terms: a noun synset that is an instance (@i) of a
// hyponym (~, transitively) of location.n.01 (the first sense of "location" in index.noun): the
// countries, cities, states, regions, rivers and islands that WordNet names. Its capitalized
// one-word lemmas are taken, except a lemma that also names an instance of a kind of person
// (person.n.01: "Washington", "Clinton", "Jordan"). To those are added the capitalized one-word
// adjectives with a pertainym pointer (\) to a place ("Turkish", "Syrian", "Brazilian").
// Multi-word names ("New York") are left out: their parts ("new", "york") are also ordinary words.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

namespace precis {

// The names, sorted, from the WordNet data files in `wordnet_dir` (data.noun, data.adj,
// index.noun). Read once per directory and shared (immutable, thread-safe). On failure returns
// null and sets *error to what is wrong (a missing file, or no "location" in index.noun).
std::shared_ptr<const std::vector<std::string>> wordnet_place_names(const std::string& wordnet_dir,
                                                                    std::string* error);

// The same from the three files' contents (the parser behind it, for tests and fuzzing). Lines
// that are not synset lines are skipped; on failure returns null and sets *error.
std::shared_ptr<const std::vector<std::string>> parse_wordnet_place_names(std::istream& index_noun,
                                                                          std::istream& data_noun,
                                                                          std::istream& data_adj,
                                                                          std::string* error);

}  // namespace precis
