#include "pipeline/events_job.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "pipeline/article_stream.h"
#include "pipeline/event_collector.h"
#include "text/utf8.h"

namespace precis {
namespace {

// What is kept of an untitled source's text once its event is summarized: enough for a label of
// a dozen words after a date header or dateline (output/summary_writer.h, article_label()).
constexpr size_t kLabelSourceBytes = 1000;

void summarize_batch(std::vector<EventResult>& events, size_t from, const EventsJobOptions& options,
                     Diagnostics& diags) {
  const size_t n = events.size() - from;
  if (n == 0) return;
  std::atomic<size_t> next{from};
  auto work = [&] {
    for (size_t i; (i = next++) < events.size();) {
      EventResult& e = events[i];
      e.status = summarize(e.sources, options.summarize, &e.summary);
      for (const std::string& w : e.summary.warnings) diags.warn("event " + e.sources.id, w);
      // The summary holds its sentences; the texts are no longer needed, except the opening of
      // one without a title: the writers label such a source by its first words.
      for (Article& a : e.sources.articles) {
        if (!a.title.empty()) {
          a.text.clear();
        } else {
          a.text.resize(word_prefix_end(a.text, kLabelSourceBytes));
        }
        a.text.shrink_to_fit();
      }
    }
  };
  unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, n));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace

void order_events(std::vector<EventResult>* events) {
  auto day = [](const EventResult& e) -> int64_t {
    if (!e.record.last_seen) return INT64_MIN;
    int64_t t = *e.record.last_seen;
    return t >= 0 ? t / 86400 : (t - 86399) / 86400;
  };
  std::sort(events->begin(), events->end(), [&](const EventResult& a, const EventResult& b) {
    if (day(a) != day(b)) return day(a) > day(b);
    if (a.record.articles != b.record.articles) return a.record.articles > b.record.articles;
    return a.record.event < b.record.event;
  });
}

bool run_events_job(const std::vector<std::string>& inputs, const EventsJobOptions& options,
                    Diagnostics& diags, std::vector<EventResult>* events, EventsJobStats* stats,
                    const EventsProgress& progress) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  EventCollectorOptions keep;
  keep.keep_ids = true;
  keep.keep_articles = std::max<size_t>(1, options.max_articles_per_summary);
  EventCollector collector(options.cluster, keep, &diags);
  events->clear();
  size_t unsummarized = 0;  // index of the first event of the current batch
  auto take = [&](std::vector<CollectedEvent> retired) {
    for (CollectedEvent& c : retired) {
      EventResult r;
      r.record = std::move(c.record);
      r.article_ids = std::move(c.article_ids);
      r.sources.id = std::to_string(r.record.event);
      r.sources.articles = std::move(c.articles);
      events->push_back(std::move(r));
    }
    if (events->size() - unsummarized >= options.batch) {
      summarize_batch(*events, unsummarized, options, diags);
      unsummarized = events->size();
    }
  };
  double next_report = 0.5;
  auto add = [&](Article&& a, size_t) {
    ClusterAssignment as = collector.add(std::move(a));
    stats->articles++;
    stats->duplicates += as.duplicate_of.has_value();
    take(collector.take_retired());
    if (progress && (stats->articles & 255) == 0 && elapsed() >= next_report) {
      progress(stats->articles, events->size() + collector.open_events(), elapsed());
      next_report = elapsed() + 0.5;
    }
  };
  bool opened = read_article_stream(inputs, &diags, options.time_order, add);
  take(collector.finish());
  summarize_batch(*events, unsummarized, options, diags);
  order_events(events);
  stats->events = events->size();
  stats->seconds = elapsed();
  return opened;
}

}  // namespace precis
