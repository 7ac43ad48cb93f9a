// PorterStemmer: the classic Porter (1980) stemmer, exactly as Martin Porter's reference Perl code
// (the one ROUGE-1.5.5 embeds), including its regular-expression reading of "measure":
//   consonant c = [^aeiou], vowel v = [aeiouy], C = c[^aeiouy]*, V = v[aeiou]*,
//   m>0 = ^(C)?VC, m=1 = ^(C)?VC(V)?$, m>1 = ^(C)?VCVC, vowel in stem = ^(C)?v,
//   cvc = ^CV[^aeiouwxy]$ (whole stem), and an initial 'y' treated as a consonant.
// M.F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980. One deliberate difference
// from Porter's code, made by ROUGE-1.5.5's author in 2004 and kept for identical scores: in step 4
// "-ment" and "-ent" are separate rules tried after the others (see porter_stemmer.cc).
//
// Input: a lower-case ASCII word. Words shorter than 3 characters are returned unchanged.
#pragma once

#include <string>
#include <string_view>

namespace precis::rouge {

std::string porter_stem(std::string_view word);

}  // namespace precis::rouge
