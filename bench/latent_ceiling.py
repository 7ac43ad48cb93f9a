#!/usr/bin/python3
"""Would a latent (LSA) representation get the dev stream to pairwise F1 0.95 when bags of words
stop near 0.91? An experiment, not part of the build or the tests (docs/cluster.md, "How far bags
of words can go"). Needs Debian's python3-numpy, python3-scipy and python3-sklearn.

  /usr/bin/python3 bench/latent_ceiling.py [--dev ../shared/data/streams/tdt-dev.jsonl] STREAMDIR

STREAMDIR is the output of bench/make_eval_streams.py. For each representation of the dev
articles it prints the pairwise F1 of
  - offline agglomerative clustering (average and complete link) with the cut fitted on the gold
    labels: the best any threshold can do with that similarity;
  - a plain online centroid clusterer (time order, cosine decayed as precis does: half-life 30 days,
    floor 0.6, one-article events at 0.85 x threshold), best over a threshold grid, and the grid.
Representations: TF-IDF as precis weighs it ((1 + ln tf) x idf^2, capitalized words twice; plain
tokenizer, no stemming), and LSA (truncated SVD of sublinear TF-IDF, k dimensions) fitted on the dev
articles alone or on them plus a background: `distractors` (tdt-distractors.jsonl: Multi-News and
MultiLing articles of other years, what a bigger stream of other news adds) or `same-years`
(merged.jsonl: DUC 2003/2006 articles of 1996-2000, several on the same real-world stories).
"""
import argparse
import collections
import datetime
import json
import math
import os
import re

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def day(record):
    return datetime.datetime.fromisoformat(record["time"][:16]).timestamp() / 86400


def tfidf_rows(texts):
    counts = []
    for text in texts:
        c = collections.Counter()
        for w in WORD.findall(text):
            lw = w.lower()
            if len(lw) >= 3 and lw not in ENGLISH_STOP_WORDS:
                c[lw] += 2 if w[0].isupper() else 1
        counts.append(c)
    df = collections.Counter()
    for c in counts:
        df.update(c.keys())
    vocab = {w: i for i, w in enumerate(df)}
    m = np.zeros((len(counts), len(vocab)))
    for i, c in enumerate(counts):
        for w, n in c.items():
            m[i, vocab[w]] = (1 + math.log(n)) * math.log((len(counts) + 1) / (df[w] + 1)) ** 2
    return m / (np.linalg.norm(m, axis=1, keepdims=True) + 1e-12)


def lsa_rows(texts, background, k):
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2,
                          token_pattern=WORD.pattern)
    x = vec.fit_transform(texts + background)
    y = TruncatedSVD(k, random_state=0).fit_transform(x)[: len(texts)]
    return y / (np.linalg.norm(y, axis=1, keepdims=True) + 1e-12)


class Scorer:
    def __init__(self, gold):
        n = len(gold)
        self.same = np.array([[bool(gold[i] & gold[j]) for j in range(n)] for i in range(n)])
        self.upper = np.triu(np.ones((n, n), dtype=bool), 1)

    def pairwise_f1(self, labels):
        lab = np.asarray(labels)
        pred = (lab[:, None] == lab[None, :]) & self.upper
        gold = self.same & self.upper
        tp = np.sum(pred & gold)
        if tp == 0:
            return 0.0
        p, r = tp / np.sum(pred), tp / np.sum(gold)
        return 2 * p * r / (p + r)


def offline_ceiling(sim, scorer, method):
    dist = np.clip(1 - sim, 0, None)
    np.fill_diagonal(dist, 0)
    tree = linkage(squareform(dist, checks=False), method)
    return max(scorer.pairwise_f1(fcluster(tree, t, "distance")) for t in np.linspace(0.2, 1.0, 81))


def online(rows, days, threshold):
    order = np.argsort(days, kind="stable")
    sums, last, sizes, labels = [], [], [], [0] * len(rows)
    for i in order:
        best, best_ratio = -1, 0.0
        for e, s in enumerate(sums):
            sim = float(rows[i] @ s) / (np.linalg.norm(s) + 1e-12)
            sim *= max(0.5 ** (abs(days[i] - last[e]) / 30), 0.6)
            bar = threshold * (0.85 if sizes[e] == 1 else 1)
            if sim >= bar and sim / bar > best_ratio:
                best, best_ratio = e, sim / bar
        if best < 0:
            sums.append(rows[i].copy())
            last.append(days[i])
            sizes.append(1)
            labels[i] = len(sums) - 1
        else:
            sums[best] = sums[best] + rows[i]
            last[best] = max(last[best], days[i])
            sizes[best] += 1
            labels[i] = best
    return labels


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared",
                                                  "data", "streams", "tdt-dev.jsonl"))
    ap.add_argument("streamdir")
    args = ap.parse_args()
    dev = load(args.dev)
    ids = {r["id"] for r in dev}
    texts = [r["text"][:65536] for r in dev]
    days = np.array([day(r) for r in dev])
    scorer = Scorer([set(r.get("events") or [r["event"]]) for r in dev])
    backgrounds = {"none": []}
    for name, file in (("distractors", "tdt-distractors.jsonl"), ("same-years", "merged.jsonl")):
        backgrounds[name] = [r["text"][:65536] for r in load(os.path.join(args.streamdir, file))
                             if r["id"] not in ids]

    reps = [("tfidf (idf^2)", tfidf_rows(texts), np.arange(0.04, 0.201, 0.01))]
    for name, background in backgrounds.items():
        for k in (50, 100, 200):
            if k < len(texts) + len(background) - 1:
                reps.append((f"lsa k={k}, background {name} ({len(background)})",
                             lsa_rows(texts, background, k), np.arange(0.2, 0.851, 0.05)))
    print("| representation | offline average link | offline complete link | online best (threshold) |")
    print("|---|---|---|---|")
    for name, rows, grid in reps:
        sim = rows @ rows.T
        avg = offline_ceiling(sim, scorer, "average")
        comp = offline_ceiling(sim, scorer, "complete")
        curve = [(scorer.pairwise_f1(online(rows, days, t)), t) for t in grid]
        best = max(curve)
        print(f"| {name} | {avg:.3f} | {comp:.3f} | {best[0]:.3f} ({best[1]:.2f}) |", flush=True)
        print("   online curve: " + " ".join(f"{t:.2f}:{f:.3f}" for f, t in curve), flush=True)


if __name__ == "__main__":
    main()
