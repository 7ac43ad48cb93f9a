#!/usr/bin/python3
"""Builds labelled article streams from the cluster datasets in ../shared/data, for checking that a
clustering change generalizes beyond the TDT dev stream (docs/cluster.md, "Other streams").

Nothing here is shipped: the streams are written to OUTDIR (outside the repository) and are
derived from research-licensed news. One gold event per source cluster; an article found in
several clusters lists them all in `events`.

  /usr/bin/python3 bench/make_eval_streams.py [--data ../shared/data] OUTDIR

Streams written (one article a line, time order, {"id", "time"?, "title", "text", "event", "events"?}):
  duc03trec.jsonl         DUC 2003 task 3 (TREC topic clusters), real times from the documents
  duc06.jsonl             DUC 2006 topics, real times
  multinews.jsonl         Multi-News sample: non-empty articles distinct in their cluster, synthetic times (a new
                          cluster every 12 h on average, its articles spread over 3 days; seeded)
  multinews-notime.jsonl  the same articles and order without times (arrival order)
  multiling-en.jsonl      the 10 English MultiLing 2011 clusters, synthetic times as Multi-News
  merged.jsonl            tdt-dev, duc03trec and duc06 merged by time (when tdt-dev is present)
  tdt-distractors.jsonl   tdt-dev plus the Multi-News and English MultiLing articles (other years, other
                          stories; events "X-<cluster>") at random times within tdt-dev's three months,
                          each cluster's articles over 3 days (seeded): a stream four times the size of
                          tdt-dev whose TDT part keeps its gold (score it with --gold tdt-dev.jsonl)
  tdt-distractors-half.jsonl  the same with every other distractor cluster (623 articles)
"""
import argparse
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta


def read_clusters(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


def doc_time(article):
    """The article's own time, else the YYYYMMDD date inside a DUC-style doc id."""
    t = article.get("time")
    if t:
        return t
    m = re.search(r"(19|20)(\d{2})(\d{2})(\d{2})", article.get("doc_id") or "")
    if m:
        return "%s%s-%s-%s" % m.groups()
    return None


def sort_key(a):
    # Times of different precision compare by their first 16 characters (YYYY-MM-DDTHH:MM).
    t = (a.get("time") or "")[:16]
    if len(t) == 10:
        t += "T00:00"
    return (t, a["id"])


def real_time_stream(clusters):
    by_id = {}
    for c in clusters:
        for a in c["articles"]:
            if not (a.get("text") or "").strip():
                continue
            key = a["doc_id"]
            if key in by_id:
                if c["id"] not in by_id[key]["events"]:
                    by_id[key]["events"].append(c["id"])
                continue
            by_id[key] = {"id": key, "time": doc_time(a), "title": a.get("title"),
                          "text": a["text"], "event": c["id"], "events": [c["id"]]}
    out = sorted(by_id.values(), key=sort_key)
    for a in out:
        if len(a["events"]) == 1:
            del a["events"]
        if a["time"] is None:
            del a["time"]
    return out


def spread_cluster(c, start, rng, prefix=""):
    """The non-empty articles of cluster c, distinct within it (copies across clusters stay), at
    times uniform over the 3 days after `start`; ids and event get `prefix`."""
    seen = set()
    for i, a in enumerate(c["articles"]):
        text = (a.get("text") or "").strip()
        if not text or text in seen:
            continue
        seen.add(text)
        t = start + timedelta(seconds=rng.uniform(0, 3 * 86400))
        if prefix:  # a distractor: its own id space
            aid, event = "%s%s-%d" % (prefix, c["id"], i), prefix + str(c["id"])
        else:
            aid, event = a.get("doc_id") or "%s-%d" % (c["id"], i), c["id"]
        yield {"id": aid, "time": t.strftime("%Y-%m-%dT%H:%M:%S"), "title": a.get("title"),
               "text": text, "event": event}


def synthetic_time_stream(clusters, seed):
    """Non-empty articles, distinct within their cluster; cluster starts ~ Poisson process (mean gap 12 h), articles
    uniform over the 3 days after their cluster's start."""
    rng = random.Random(seed)
    start = datetime(2015, 1, 1)
    out = []
    for c in clusters:
        start += timedelta(hours=rng.expovariate(1 / 12.0))
        out.extend(spread_cluster(c, start, rng))
    out.sort(key=sort_key)
    return out


def distractor_stream(tdt, clusters, seed):
    """tdt plus the articles of `clusters` (non-empty, distinct within their cluster), each cluster
    starting at a uniform time in tdt's span and its articles uniform over the next 3 days."""
    rng = random.Random(seed)
    times = [datetime.fromisoformat(a["time"][:19]) for a in tdt if a.get("time")]
    first, last = min(times), max(times)
    span = max((last - first).total_seconds() - 3 * 86400, 0)
    out = list(tdt)
    for c in clusters:
        out.extend(spread_cluster(c, first + timedelta(seconds=rng.uniform(0, span)), rng, "X-"))
    out.sort(key=sort_key)
    return out


def write(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    events = len({r["event"] for r in rows})
    print("%-24s %5d articles %4d events" % (os.path.basename(path), len(rows), events))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    p.add_argument("--seed", type=int, default=2018)
    p.add_argument("outdir")
    args = p.parse_args()
    d = args.data
    if not os.path.isdir(d):
        sys.exit("make_eval_streams: %s not found (the evaluation data is not part of the repository)" % d)
    os.makedirs(args.outdir, exist_ok=True)

    duc03 = [c for c in read_clusters(os.path.join(d, "duc2003", "clusters.jsonl"))
             if str(c.get("task", "")).startswith("DUC2003 task 3")]
    trec = real_time_stream(duc03)
    write(os.path.join(args.outdir, "duc03trec.jsonl"), trec)
    duc06 = real_time_stream(read_clusters(os.path.join(d, "duc2006", "clusters.jsonl")))
    write(os.path.join(args.outdir, "duc06.jsonl"), duc06)

    mn = synthetic_time_stream(read_clusters(os.path.join(d, "multinews", "sample250.jsonl")), args.seed)
    write(os.path.join(args.outdir, "multinews.jsonl"), mn)
    write(os.path.join(args.outdir, "multinews-notime.jsonl"),
          [{k: v for k, v in a.items() if k != "time"} for a in mn])
    ml = [c for c in read_clusters(os.path.join(d, "multiling2011", "clusters.jsonl"))
          if c.get("lang") == "english"]
    write(os.path.join(args.outdir, "multiling-en.jsonl"), synthetic_time_stream(ml, args.seed))

    tdt_path = os.path.join(d, "streams", "tdt-dev.jsonl")
    if os.path.exists(tdt_path):
        tdt = [json.loads(l) for l in open(tdt_path, encoding="utf-8") if l.strip()]
        by_id = {}
        for a in tdt + trec + duc06:  # an article of several datasets keeps all its labels
            labels = a.get("events") or [a["event"]]
            b = by_id.setdefault(a["id"], dict(a, events=[]))
            b["events"] += [l for l in labels if l not in b["events"]]
        for b in by_id.values():
            if len(b["events"]) == 1:
                del b["events"]
        merged = sorted(by_id.values(), key=sort_key)
        write(os.path.join(args.outdir, "merged.jsonl"), merged)
        distractors = list(read_clusters(os.path.join(d, "multinews", "sample250.jsonl"))) + ml
        write(os.path.join(args.outdir, "tdt-distractors.jsonl"),
              distractor_stream(tdt, distractors, args.seed))
        halves = list(read_clusters(os.path.join(d, "multinews", "sample250.jsonl")))[::2] + ml[::2]
        write(os.path.join(args.outdir, "tdt-distractors-half.jsonl"),
              distractor_stream(tdt, halves, args.seed))


if __name__ == "__main__":
    main()
