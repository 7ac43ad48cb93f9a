// The online clusterer: single-pass assignment of articles to events (include/precis/cluster.h).
//
// Per article: (1) analyse title and text with the shared TextAnalyzer; (2) check for a near
// duplicate (MinHash + LSH) among recent originals, which joins the event of its first copy; (3)
// otherwise build its TF-IDF vector, score the open events that share a term with it through the
// inverted index (term-at-a-time accumulation of the cosine), score the best of them by a
// weighted mean of the centroid cosine and the name-term cosine (merge_score.h), decay each score
// by the time gap, and join the best event when the score reaches the threshold, else start a
// new event; (4) retire events that fell out of the window. Following Petrovic et al. 2010
// (streaming first story detection: incremental idf, bounded candidate search) and Miranda et al.
// 2018 (streaming news clustering: article-to-cluster similarity with title/body weighting and a
// time signal).
#include <algorithm>
#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "cluster/event.h"
#include "cluster/event_title.h"
#include "cluster/id_window.h"
#include "cluster/inverted_index.h"
#include "cluster/merge_score.h"
#include "cluster/tfidf_model.h"
#include "dedup/near_duplicate_detector.h"
#include "precis/cluster.h"
#include "text/place_names.h"
#include "text/text_analyzer.h"
#include "text/utf8.h"

namespace precis {
namespace {

constexpr double kDay = 86400.0;

}  // namespace

struct OnlineClusterer::Impl {
  explicit Impl(const ClusterOptions& o, Diagnostics* d)
      : opt(o),
        diags(d),
        tfidf(TfidfOptions{o.title_weight, o.name_weight, o.article_terms, o.idf_power}),
        dedup(NearDuplicateOptions{.threshold = o.duplicate_threshold}) {
    if (opt.place_weight != 1.0) weigh_places();
  }

  // ClusterOptions::place_weight: the stems of the WordNet place names (English stemmer: the
  // lexicon is English). They are not interned up front: a term id is scaled when the term first
  // enters the vocabulary (scale_new_place_terms), so term ids, and with them the MinHash
  // signatures of near-duplicate detection, are the same with or without place weighting.
  void weigh_places() {
    std::string error;
    auto names = wordnet_place_names(opt.wordnet_dir, &error);
    if (!names) {
      if (diags) diags->warn(opt.wordnet_dir, error + "; place names weigh like other words");
      return;
    }
    TextAnalyzer& english = analyzer_for("en");
    for (const std::string& name : *names) place_stems.emplace(english.stem_word(name));
  }
  void scale_new_place_terms() {
    for (; vocab_scanned < vocab.size(); ++vocab_scanned) {
      if (place_stems.count(vocab.term(static_cast<uint32_t>(vocab_scanned))))
        tfidf.set_term_scale(static_cast<uint32_t>(vocab_scanned),
                             static_cast<float>(opt.place_weight));
    }
  }

  struct Original {  // a recent article that is not itself a duplicate
    int64_t time;    // stream time when it came (for expiry)
    uint64_t index;  // arrival index
    uint32_t slot, generation;
    std::string id;
  };
  struct Slot {
    Event event;
    uint32_t generation = 0;  // moves on when the slot's event is retired (originals refer to it)
    // Moves on when the centroid is re-indexed (postings refer to it); as many bits as a
    // posting keeps (see bump_version).
    uint32_t version : Posting::kVersionBits = 0;
    bool open = false;
    std::pair<int64_t, uint64_t> retire_key;  // (last activity time, last arrival index)
    float score = 0;                          // accumulated cosine of the current article
  };

  ClusterOptions opt;
  Diagnostics* diags;
  Vocabulary vocab;
  std::map<std::string, std::unique_ptr<TextAnalyzer>, std::less<>> analyzers;
  TfidfModel tfidf;
  std::set<std::string, std::less<>> place_stems;  // empty: places weigh like other words
  size_t vocab_scanned = 0;                        // vocabulary ids checked against place_stems
  InvertedIndex index;
  size_t live_postings = 0;
  std::vector<Slot> slots;
  std::vector<uint32_t> free_slots;
  std::set<std::pair<std::pair<int64_t, uint64_t>, uint32_t>> by_activity;  // (key, slot)
  NearDuplicateDetector dedup;
  // In arrival order (so by increasing index and time): found by binary search, expired from
  // the front. A deque of plain records, not a hash map: no node or bucket per original.
  std::deque<Original> originals;
  IdWindow recent_ids{opt.max_remembered_ids};  // ids of the window, by arrival index
  static constexpr size_t kLateReports = 10;
  size_t late_articles = 0;
  bool any_time = false;
  int64_t clock = 0;
  uint64_t next_index = 0, next_event = 1;
  std::vector<EventRecord> retired;
  // Scratch, reused for every article.
  std::vector<Term> title_terms, body_terms;
  std::vector<uint32_t> ids, touched;
  SparseVector vec, names, query;

  TextAnalyzer& analyzer_for(const std::string& lang) {
    const std::string& l = lang.empty() ? opt.lang : lang;
    auto it = analyzers.find(l);
    if (it == analyzers.end()) it = analyzers.emplace(l, std::make_unique<TextAnalyzer>(l)).first;
    return *it->second;
  }

  int64_t article_time(const Article& a, const std::string& where) {
    if (!a.time) return clock;
    int64_t t = *a.time;
    if (!any_time) {
      any_time = true;
      clock = t;
    } else if (t > clock) {
      clock = t;
    } else if (static_cast<double>(clock - t) > opt.out_of_order_tolerance_days * kDay) {
      // Reported one by one for the first few, then counted: an archive replayed out of order
      // would otherwise bury every other message.
      if (++late_articles <= kLateReports && diags) {
        diags->warn(where, "article \"" + a.id + "\" is " + std::to_string((clock - t) / 86400) +
                               " days older than the stream so far; clustered against the "
                               "events still open" +
                               (late_articles == kLateReports ? " (further late articles are "
                                                                "counted, not reported)"
                                                              : ""));
      }
    }
    return t;
  }

  // Every article passes here once, in arrival order, so the window's numbers are the arrival
  // indexes.
  void check_id(const Article& a, const std::string& where) {
    std::optional<uint64_t> earlier = recent_ids.add(a.id, clock);
    if (earlier && diags)
      diags->warn(where, "duplicate id \"" + a.id + "\" (also article #" +
                             std::to_string(*earlier + 1) + "); kept as a separate article");
  }

  // Retirement and expiry run on stream time (`clock`, the newest time seen), not on the
  // article's own time: a late article (an archive replayed out of order) keeps its event and
  // its dedup entry open for a full window from now, while similarity decay still uses the
  // articles' own times.
  void set_activity(uint32_t s, int64_t t, uint64_t index) {
    Slot& slot = slots[s];
    by_activity.erase({slot.retire_key, s});
    slot.retire_key = {std::max(slot.retire_key.first, t), index};
    by_activity.insert({slot.retire_key, s});
  }

  void sweep_postings() {
    index.sweep([this](Posting p) {
      const Slot& slot = slots[p.slot];
      return slot.open && slot.version == p.version;
    });
  }

  // Postings keep 10 bits of the version: a full sweep each time a slot's version reaches a
  // multiple of 512 leaves only postings of its last 512 versions, which the 10 bits tell apart
  // (once per 512 re-indexings of one event: a small share of the sweeps that run anyway).
  void bump_version(uint32_t s) {
    Slot& slot = slots[s];
    ++slot.version;
    if (slot.version % Posting::kSweepEvery == 0) sweep_postings();
  }

  // Adds the article vector (and its name vector, `names`) to the event; when the centroid is
  // recomputed, indexes it afresh.
  void grow(uint32_t s, const SparseVector& v) {
    Slot& slot = slots[s];
    Event& e = slot.event;
    // Refresh the centroid for every article while the event is small, then every ~3% growth
    // (one more article barely moves a big centroid, and re-indexing costs event_terms postings).
    const size_t n = e.articles + 1;
    const bool refresh = n < 64 || n % (n / 32) == 0;
    live_postings -= e.centroid.size();
    e.add_vector(v, opt.event_terms, refresh);
    if (opt.names_weight > 0) e.add_names(names, 2 * opt.name_terms, refresh);
    live_postings += e.centroid.size();
    if (!refresh && n > 1) return;
    bump_version(s);
    for (const TermWeight& tw : e.centroid) index.add(tw.term, {s, slot.version, tw.weight});
  }

  // Opens an empty event whose activity (for retirement) is stream time `now`. Its time span
  // comes only from its articles' own times, added by the caller: a late article must not
  // stretch the span to the stream's newest time.
  uint32_t open_event(int64_t now, uint64_t index_no) {
    uint32_t s;
    if (!free_slots.empty()) {
      s = free_slots.back();
      free_slots.pop_back();
    } else {
      s = static_cast<uint32_t>(slots.size());
      slots.emplace_back();
    }
    Slot& slot = slots[s];
    slot.open = true;
    slot.event = Event();
    slot.event.id = next_event++;
    slot.retire_key = {now, index_no};
    by_activity.insert({slot.retire_key, s});
    return s;
  }

  // Postings address at most Posting::kMaxSlots slots.
  size_t max_open_events() const {
    return std::min<size_t>(opt.max_active_events, Posting::kMaxSlots - 1);
  }

  void retire(uint32_t s) {
    Slot& slot = slots[s];
    by_activity.erase({slot.retire_key, s});
    Event& e = slot.event;
    EventRecord r;
    r.event = e.id;
    if (e.has_time) r.first_seen = e.first_seen, r.last_seen = e.last_seen;
    r.articles = e.articles;
    r.duplicates = e.duplicates;
    r.title = std::move(e.title);
    retired.push_back(std::move(r));
    live_postings -= e.centroid.size();
    slot.event = Event();  // frees the vectors; postings go stale through the version
    slot.open = false;
    ++slot.generation;
    bump_version(s);
    free_slots.push_back(s);
  }

  void expire() {
    const int64_t horizon = clock - static_cast<int64_t>(opt.window_days * kDay);
    while (!by_activity.empty() &&
           (by_activity.begin()->first.first < horizon || by_activity.size() > max_open_events())) {
      retire(by_activity.begin()->second);
    }
    const int64_t dup_horizon = clock - static_cast<int64_t>(opt.duplicate_window_days * kDay);
    dedup.expire_before(dup_horizon);
    while (!originals.empty() &&
           (originals.front().time < dup_horizon || originals.size() > dedup.options().max_items)) {
      originals.pop_front();
    }
    recent_ids.expire_before(horizon);
    // Stale postings are dropped when scanned; sweep the rest when they dominate.
    if (index.postings() > 2 * live_postings + 4096) sweep_postings();
  }

  // Candidate events: partial cosine over the article's heaviest terms, accumulated term at a
  // time through the inverted index into Slot::score; the slots touched are listed in `touched`.
  void find_candidates() {
    touched.clear();
    query.assign(vec.begin(), vec.end());
    if (query.size() > opt.query_terms) {
      std::nth_element(query.begin(), query.begin() + static_cast<std::ptrdiff_t>(opt.query_terms),
                       query.end(), [](const TermWeight& a, const TermWeight& b) {
                         return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
                       });
      query.resize(opt.query_terms);
    }
    for (const TermWeight& tw : query) {
      index.scan(tw.term, [&](Posting p) {
        Slot& slot = slots[p.slot];
        if (!slot.open || slot.version != p.version) return false;  // stale
        if (slot.score == 0.0f) touched.push_back(p.slot);
        slot.score += tw.weight * p.weight;
        return true;
      });
    }
    // Keep the best partial scores (ties: older event first, for determinism).
    auto better = [this](uint32_t a, uint32_t b) {
      if (slots[a].score != slots[b].score) return slots[a].score > slots[b].score;
      return slots[a].event.id < slots[b].event.id;
    };
    if (touched.size() > opt.max_candidates) {
      std::nth_element(touched.begin(),
                       touched.begin() + static_cast<std::ptrdiff_t>(opt.max_candidates),
                       touched.end(), better);
      for (size_t i = opt.max_candidates; i < touched.size(); ++i) slots[touched[i]].score = 0;
      touched.resize(opt.max_candidates);
    }
  }

  // The learned join decision or the candidate trace is on (ClusterOptions::join_model).
  bool learned() const { return !opt.join_model.empty() || opt.candidate_trace; }
  bool keeps_recent() const { return opt.nearest_weight > 0 || opt.member_gate > 0 || learned(); }

  // Candidates of the current article with their evidence and hand-set score, kept only for the
  // learned decision and the trace.
  struct Scored {
    uint32_t slot;
    MergeEvidence ev;
    double score;
  };
  std::vector<Scored> scored;
  // Candidates of the current article in the order they are considered for joining.
  struct Ranked {
    double rank;   // score / the event's bar (see add())
    double score;
    uint32_t slot;
    MergeEvidence ev;
  };
  std::vector<Ranked> ranked;
  std::vector<double> features;

  // Traces the candidates in `scored` and, with a join model, picks the one of highest logit
  // (ties: older event) into *best / *best_score; returns whether it is joined (logit >= 0, i.e.
  // probability >= 0.5). Without a model, keeps the hand-set choice `join`.
  bool decide_learned(uint64_t article, bool join, uint32_t* best, double* best_score) {
    features.assign(kJoinFeatureCount, 0.0);
    double best_logit = 0;
    uint32_t pick = UINT32_MAX;
    double pick_score = 0;
    for (size_t i = 0; i < scored.size(); ++i) {
      double other = -1;
      for (size_t j = 0; j < scored.size(); ++j)
        if (j != i) other = std::max(other, scored[j].score);
      const Event& e = slots[scored[i].slot].event;
      join_features(scored[i].ev, scored[i].score, other, e.articles - e.duplicates,
                    features.data());
      if (opt.candidate_trace) opt.candidate_trace(article, e.id, features);
      const double z = join_logit(features.data(), opt.join_model);
      if (pick == UINT32_MAX || z > best_logit ||
          (z == best_logit && e.id < slots[pick].event.id)) {
        pick = scored[i].slot;
        best_logit = z;
        pick_score = scored[i].score;
      }
    }
    scored.clear();
    if (opt.join_model.empty()) return join;
    *best = pick;
    *best_score = pick_score;
    return pick != UINT32_MAX && best_logit >= 0;
  }

  MergeWeights weights() const {
    return {opt.centroid_weight, opt.nearest_weight, opt.names_weight, opt.decay_half_life_days,
            opt.decay_floor};
  }

  ClusterAssignment add(const Article& a, const std::string& where_in) {
    const std::string where = !where_in.empty()   ? where_in
                              : !a.origin.empty() ? a.origin
                                                  : "article #" + std::to_string(next_index + 1);
    ClusterAssignment out;
    out.index = next_index++;
    const int64_t t = article_time(a, where);
    check_id(a, where);

    TextAnalyzer& analyzer = analyzer_for(a.lang);
    title_terms.clear();
    body_terms.clear();
    analyzer.analyze(a.title, 0, std::min(a.title.size(), opt.max_text_bytes), vocab, &title_terms);
    analyzer.analyze(a.text, 0, word_prefix_end(a.text, opt.max_text_bytes), vocab, &body_terms);

    if (!place_stems.empty()) scale_new_place_terms();

    if (opt.duplicate_threshold > 0 && try_duplicate(a, t, &out)) {
      expire();
      return out;
    }

    tfidf.vectorize(title_terms, body_terms, /*count=*/true, &vec,
                    opt.names_weight > 0 ? &names : nullptr, opt.name_terms);
    if (vec.empty() && diags)
      diags->warn(where, "article \"" + a.id + "\" has no words to cluster on");
    find_candidates();
    const MergeWeights mw = weights();
    // Events are ranked, and the best one joined, by score / bar, where the bar of a one-article
    // event is lower (ClusterOptions::singleton_threshold_scale); best_score stays the score.
    const double singleton_scale =
        opt.singleton_threshold_scale > 0 ? opt.singleton_threshold_scale : 1.0;
    // The nearest recent member is compared for every candidate only when the mean or the
    // learned decision uses it; the member gate needs it only for the few candidates that would
    // otherwise be joined, so it is computed there, lazily.
    const bool nearest_always = opt.nearest_weight > 0 || learned();
    ranked.clear();
    for (uint32_t s : touched) {
      Slot& slot = slots[s];
      slot.score = 0;
      MergeEvidence ev;
      ev.centroid = cosine(vec, slot.event.centroid);
      if (nearest_always) ev.nearest = slot.event.nearest_recent(vec);
      if (opt.names_weight > 0) ev.names = cosine(names, slot.event.names);
      if (a.time) ev.gap_days = slot.event.gap_days(t);
      const double score = merge_score(ev, mw);
      if (learned()) scored.push_back({s, ev, score});
      const bool singleton = slot.event.articles - slot.event.duplicates <= 1;
      ranked.push_back({singleton ? score / singleton_scale : score, score, s, ev});
    }
    // Best rank first (ties: older event first); the first that reaches the threshold and, for a
    // big event, passes the member gate (ClusterOptions::member_gate) is joined. The reported
    // score is that event's, or the best candidate's when none is joined.
    std::sort(ranked.begin(), ranked.end(), [this](const Ranked& x, const Ranked& y) {
      if (x.rank != y.rank) return x.rank > y.rank;
      return slots[x.slot].event.id < slots[y.slot].event.id;
    });
    uint32_t best = ranked.empty() ? UINT32_MAX : ranked[0].slot;
    double best_score = ranked.empty() ? 0.0 : ranked[0].score;
    bool join = false;
    for (Ranked& r : ranked) {
      if (r.rank < opt.threshold) break;
      const Event& e = slots[r.slot].event;
      if (opt.member_gate > 0 && e.articles - e.duplicates >= opt.member_gate_min_articles) {
        if (!nearest_always) r.ev.nearest = e.nearest_recent(vec);
        if (member_score(r.ev, mw) < opt.member_gate * opt.threshold) continue;
      }
      best = r.slot;
      best_score = r.score;
      join = true;
      break;
    }
    if (learned()) join = decide_learned(out.index, join, &best, &best_score);
    out.score = best_score;
    uint32_t s = best;
    if (!join) {
      s = open_event(clock, out.index);
      out.new_event = true;
    }
    Slot& slot = slots[s];
    grow(s, vec);
    if (keeps_recent()) slot.event.add_recent(vec, opt.recent_members);
    slot.event.articles++;
    if (a.time) slot.event.add_time(t);
    set_activity(s, clock, out.index);
    double label_score = out.new_event ? 0.0 : best_score;
    if (label_score > slot.event.title_score) {
      slot.event.title = lead_label(a.title, a.text);
      slot.event.title_score = label_score;
    }
    out.event = slot.event.id;
    if (opt.duplicate_threshold > 0) {
      originals.push_back(Original{clock, out.index, s, slot.generation, a.id});
    }
    expire();
    return out;
  }

  // A near-duplicate of an open original joins its event without changing the centroid or the
  // document frequencies. Returns false when the article is an original (now indexed).
  bool try_duplicate(const Article& a, int64_t t, ClusterAssignment* out) {
    ids.clear();
    for (const Term& term : body_terms.empty() ? title_terms : body_terms) ids.push_back(term.id);
    auto match = dedup.add(out->index, ids, clock);
    if (!match) return false;
    auto it = std::lower_bound(originals.begin(), originals.end(), match->original,
                               [](const Original& o, uint64_t index) { return o.index < index; });
    if (it == originals.end() || it->index != match->original) return false;
    Slot& slot = slots[it->slot];
    if (!slot.open || slot.generation != it->generation) return false;
    out->event = slot.event.id;
    out->score = match->similarity;
    out->duplicate_of = it->id;
    out->duplicate_of_index = match->original;
    slot.event.articles++;
    slot.event.duplicates++;
    if (a.time) slot.event.add_time(t);
    set_activity(it->slot, clock, out->index);
    return true;
  }
};

OnlineClusterer::OnlineClusterer(const ClusterOptions& options, Diagnostics* diags)
    : impl_(std::make_unique<Impl>(options, diags)) {}
OnlineClusterer::~OnlineClusterer() = default;

ClusterAssignment OnlineClusterer::add(const Article& article, const std::string& where) {
  return impl_->add(article, where);
}

std::vector<EventRecord> OnlineClusterer::take_retired() {
  std::vector<EventRecord> out;
  out.swap(impl_->retired);
  return out;
}

std::vector<EventRecord> OnlineClusterer::finish() {
  if (impl_->late_articles > Impl::kLateReports && impl_->diags) {
    impl_->diags->warn(
        "stream", std::to_string(impl_->late_articles) + " articles came more than " +
                      std::to_string(static_cast<int64_t>(impl_->opt.out_of_order_tolerance_days)) +
                      " days out of time order (a pile rather than a stream can be read in time "
                      "order first: --time-order)");
  }
  while (!impl_->by_activity.empty()) impl_->retire(impl_->by_activity.begin()->second);
  return take_retired();
}

size_t OnlineClusterer::open_events() const { return impl_->by_activity.size(); }
const ClusterOptions& OnlineClusterer::options() const { return impl_->opt; }

OnlineClusterer::Memory OnlineClusterer::memory() const {
  const Impl& m = *impl_;
  Memory out;
  auto bytes = [](const SparseVector& v) { return v.capacity() * sizeof(TermWeight); };
  out.events = m.slots.capacity() * sizeof(Impl::Slot) + m.by_activity.size() * 48;
  for (const Impl::Slot& slot : m.slots) {
    const Event& e = slot.event;
    out.events += bytes(e.sums) + bytes(e.centroid) + bytes(e.name_sums) + bytes(e.names) +
                  e.title.capacity();
    for (const SparseVector& r : e.recent) out.events += bytes(r);
  }
  out.index = m.index.memory_bytes();
  out.duplicates = m.dedup.memory_bytes() + m.originals.size() * sizeof(Impl::Original);
  out.ids = m.recent_ids.memory_bytes();
  return out;
}

}  // namespace precis
