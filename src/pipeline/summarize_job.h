// The `precis summarize` job: read clusters (JSONL lines, or every article of one directory or
// file as one cluster), summarize each on a pool of threads, and write the results in input
// order. Clusters are streamed in bounded batches, so memory does not grow with the input.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "output/summary_writer.h"
#include "precis/diagnostics.h"
#include "precis/read.h"
#include "precis/summarize.h"

namespace precis {

struct SummarizeJobOptions {
  SummarizeOptions summarize;
  ReadOptions read;
  SummaryFormat format = SummaryFormat::kJson;
  unsigned threads = 1;      // worker threads (0 = all cores)
  size_t batch = 64;         // clusters in flight
};

struct SummarizeJobStats {
  size_t clusters = 0;    // clusters summarized
  size_t failed = 0;      // clusters that could not be summarized (reported)
  size_t input_bytes = 0; // article text bytes
};

SummarizeJobStats run_summarize_job(const std::vector<std::string>& inputs,
                                    const SummarizeJobOptions& options, Diagnostics& diagnostics,
                                    FILE* out);

}  // namespace precis
