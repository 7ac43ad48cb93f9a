// EventCollector: the online clusterer plus what the callers of a clustering run need to keep
// about each open event: the ids of its articles (for `precis cluster --events`) and, when asked,
// the articles themselves without their near-duplicates (for summarizing the event). Everything
// kept for an event is handed over, and forgotten, when the event is retired, so memory follows
// the open events, not the stream.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "pipeline/id_list.h"
#include "precis/article.h"
#include "precis/cluster.h"
#include "precis/diagnostics.h"

namespace precis {

struct EventCollectorOptions {
  bool keep_ids = true;  // collect article ids per event
  // Keep up to this many articles (originals only, in arrival order) per event; 0 keeps none.
  // Summaries of huge events are built from their first articles.
  size_t keep_articles = 0;
};

struct CollectedEvent {
  EventRecord record;
  IdList article_ids;             // all articles, duplicates included, arrival order
  std::vector<Article> articles;  // originals kept for summarizing
};

class EventCollector {
 public:
  EventCollector(const ClusterOptions& cluster, const EventCollectorOptions& options,
                 Diagnostics* diags);
  ClusterAssignment add(Article&& article, const std::string& where = "");
  // Events retired since the last call (oldest first), with what was kept for them.
  std::vector<CollectedEvent> take_retired();
  // Retires all events (end of stream).
  std::vector<CollectedEvent> finish();
  size_t open_events() const { return clusterer_.open_events(); }

 private:
  std::vector<CollectedEvent> attach(std::vector<EventRecord> records);
  OnlineClusterer clusterer_;
  EventCollectorOptions options_;
  struct Kept {
    IdList ids;
    std::vector<Article> articles;
  };
  std::unordered_map<uint64_t, Kept> kept_;
};

}  // namespace precis
