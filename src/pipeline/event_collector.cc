#include "pipeline/event_collector.h"

namespace precis {

EventCollector::EventCollector(const ClusterOptions& cluster, const EventCollectorOptions& options,
                               Diagnostics* diags)
    : clusterer_(cluster, diags), options_(options) {}

ClusterAssignment EventCollector::add(Article&& article, const std::string& where) {
  ClusterAssignment a = clusterer_.add(article, where);
  if (options_.keep_ids || options_.keep_articles > 0) {
    Kept& k = kept_[a.event];
    if (options_.keep_ids) k.ids.push_back(article.id);
    if (!a.duplicate_of && k.articles.size() < options_.keep_articles)
      k.articles.push_back(std::move(article));
  }
  return a;
}

std::vector<CollectedEvent> EventCollector::attach(std::vector<EventRecord> records) {
  std::vector<CollectedEvent> out;
  out.reserve(records.size());
  for (EventRecord& r : records) {
    CollectedEvent e;
    auto it = kept_.find(r.event);
    if (it != kept_.end()) {
      e.article_ids = std::move(it->second.ids);
      e.articles = std::move(it->second.articles);
      kept_.erase(it);
    }
    e.record = std::move(r);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<CollectedEvent> EventCollector::take_retired() {
  return attach(clusterer_.take_retired());
}

std::vector<CollectedEvent> EventCollector::finish() { return attach(clusterer_.finish()); }

}  // namespace precis
