#include "eval/rouge/rouge_bootstrap.h"

#include <algorithm>
#include <cmath>

#include "eval/rouge/rouge_rounding.h"

namespace precis::rouge {

void confidence_indices(int resamples, double confidence, int* low, int* high) {
  // The small epsilon keeps 1000 * 0.05 / 2 = 25 from becoming 24.999...
  int lo = static_cast<int>(std::floor(resamples * (100.0 - confidence) / 200.0 + 1e-9));
  lo = std::clamp(lo, 0, std::max(resamples - 1, 0));
  *low = lo;
  *high = std::max(resamples - 1 - lo, lo);
}

BootstrapEstimate bootstrap_estimate(const std::vector<double>& values, int resamples,
                                     double confidence) {
  BootstrapEstimate estimate;
  const size_t n = values.size();
  if (n == 0 || resamples <= 0) return estimate;
  std::vector<double> means(static_cast<size_t>(resamples));
  double total = 0;
  for (int b = 0; b < resamples; ++b) {
    PerlDrand48 rng(static_cast<uint32_t>(b));
    double sum = 0;
    for (size_t k = 0; k < n; ++k) {
      sum += values[static_cast<size_t>(rng.next() * static_cast<double>(n))];
    }
    means[b] = sum / static_cast<double>(n);
    total += means[b];
  }
  estimate.average = round5(total / resamples);
  std::sort(means.begin(), means.end());
  int low, high;
  confidence_indices(resamples, confidence, &low, &high);
  estimate.ci_low = round5(means[low]);
  estimate.ci_high = round5(means[high]);
  return estimate;
}

}  // namespace precis::rouge
