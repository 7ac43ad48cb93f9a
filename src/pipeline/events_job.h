// The `precis events` job: read a stream of articles, cluster it online into events (folding
// near-duplicates), summarize every event with cited sentences, and order the events newest and
// largest first. Events are summarized as they are retired (in parallel batches); only their
// summaries and source metadata are kept until the end, so memory follows the open events.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "precis/article.h"
#include "precis/cluster.h"
#include "precis/diagnostics.h"
#include "pipeline/id_list.h"
#include "precis/status.h"
#include "precis/summarize.h"

namespace precis {

struct EventsJobOptions {
  ClusterOptions cluster;
  SummarizeOptions summarize;
  // An event's summary is built from its first this-many distinct articles (near-duplicates are
  // never given to the summarizer).
  size_t max_articles_per_summary = 50;
  unsigned threads = 0;  // summarizer threads (0 = all cores)
  size_t batch = 64;     // retired events summarized together
  // Read the whole input first and cluster it in time order (read_article_stream): for an
  // unordered pile. Memory then holds every article; off, it follows the open events.
  bool time_order = false;
};

struct EventResult {
  EventRecord record;
  IdList article_ids;  // all articles, duplicates included
  // The articles summarized (texts dropped after summarizing; metadata kept for citations).
  Cluster sources;
  Summary summary;
  Status status;  // why there is no summary, when summarize() failed
};

struct EventsJobStats {
  size_t articles = 0, duplicates = 0, events = 0;
  double seconds = 0;
};

// Progress callback: (articles so far, events so far, seconds so far). Called about twice a
// second while reading.
using EventsProgress = std::function<void(size_t, size_t, double)>;

// Runs the job; fills *events in output order. Returns false when an input could not be opened.
bool run_events_job(const std::vector<std::string>& inputs, const EventsJobOptions& options,
                    Diagnostics& diags, std::vector<EventResult>* events, EventsJobStats* stats,
                    const EventsProgress& progress = nullptr);

// Newest first (by the day of the last article), then largest, then by event number.
void order_events(std::vector<EventResult>* events);

}  // namespace precis
