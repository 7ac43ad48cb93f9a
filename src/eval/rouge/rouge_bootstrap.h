// The averages ROUGE-1.5.5 prints: bootstrap resampling with Perl's random number generator.
//
// With -t 0 the printed "Average_X" is not the plain mean over clusters: for sample b = 0..r-1
// ROUGE calls srand(b) and draws n cluster scores with int(rand() * n) from the per-cluster
// scores (5-decimal values, sorted by "<EVAL ID>.<peer ID>"), and averages them. The printed
// average is the mean of the r sample means and the confidence interval is read from the sorted
// sample means. Perl >= 5.20 uses its own drand48 on every platform, which PerlDrand48 mirrors.
#pragma once

#include <cstdint>
#include <vector>

namespace precis::rouge {

// Perl's drand48 after srand(seed): x0 = (seed << 16) + 0x330E,
// x <- (0x5DEECE66D * x + 0xB) mod 2^48, rand() = x / 2^48.
class PerlDrand48 {
 public:
  explicit PerlDrand48(uint32_t seed) : x_((uint64_t{seed} << 16) + 0x330E) {}
  double next() {
    x_ = (x_ * 0x5DEECE66DULL + 0xB) & ((uint64_t{1} << 48) - 1);
    return static_cast<double>(x_) / static_cast<double>(uint64_t{1} << 48);
  }

 private:
  uint64_t x_;
};

struct BootstrapEstimate {
  double average = 0;  // mean of the sample means, rounded to 5 decimals
  double ci_low = 0;   // rounded to 5 decimals
  double ci_high = 0;
};

// Indices into the sorted sample means of the interval bounds for `resamples` samples and
// `confidence` percent: low = floor(r * (1 - c/100) / 2), high = r - 1 - low, i.e. 25 and 974
// for ROUGE's -r 1000 -c 95 (the values verified against ROUGE-1.5.5).
void confidence_indices(int resamples, double confidence, int* low, int* high);

// values: per-cluster scores already in ROUGE's key order. Empty input gives zeros.
BootstrapEstimate bootstrap_estimate(const std::vector<double>& values, int resamples,
                                     double confidence);

}  // namespace precis::rouge
