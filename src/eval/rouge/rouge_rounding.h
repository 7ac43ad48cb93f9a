// round5: a number as ROUGE-1.5.5 prints it with sprintf("%7.5f"), read back. ROUGE rounds R
// and P this way before computing F, and prints every score so; C's printf rounds the exact
// binary value like Perl's does.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace precis::rouge {

inline double round5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return std::strtod(buf, nullptr);
}

}  // namespace precis::rouge
