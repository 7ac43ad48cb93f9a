// JSON lines written by `precis cluster`: one per article, or one per event (--events).
//   {"id": "...", "event": 3, "duplicate_of": "...", "score": 0.41}
//   {"event": 3, "first_seen": "1998-10-01T17:41:00Z", "last_seen": ..., "articles": [...],
//    "duplicates": 1, "title": "..."}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/event_collector.h"
#include "precis/cluster.h"

namespace precis {

// "YYYY-MM-DDTHH:MM:SSZ" for seconds since epoch (proleptic Gregorian, UTC).
std::string format_iso_time(int64_t seconds);

// A JSON string literal (quoted and escaped; invalid UTF-8 replaced).
std::string json_quote(std::string_view s);

std::string assignment_json(const std::string& id, const ClusterAssignment& a);
// The event line; its ids are written one by one, never copied into a JSON tree.
std::string event_json(const EventRecord& record, const IdList& article_ids);
std::string event_json(const CollectedEvent& e);

}  // namespace precis
