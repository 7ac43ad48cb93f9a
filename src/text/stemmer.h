// Stemmer: Snowball stemming (libstemmer) for the language of a text.
//
// Languages without a Snowball stemmer pass words through unchanged. Not thread-safe: keep one
// per thread (they are cheap).
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace precis {

class Stemmer {
 public:
  // `lang` is an ISO 639-1 code ("en", "fr") or a Snowball name ("english", "porter").
  explicit Stemmer(std::string_view lang);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // Stem of a lower-cased word; valid until the next call.
  std::string_view stem(std::string_view lowercase_word);
  bool active() const { return stemmer_ != nullptr; }

 private:
  sb_stemmer* stemmer_ = nullptr;
  std::string scratch_;
};

// The Snowball algorithm name for an ISO 639-1 code, or "" when there is none.
std::string_view snowball_name(std::string_view lang);

}  // namespace precis
