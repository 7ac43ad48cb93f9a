#!/usr/bin/python3
"""How much a clustering setting's score depends on which events a stream happens to hold.

Draws N sub-streams of a labelled stream, each keeping the articles of K of its events chosen at
random (seeded), clusters each with every setting given, and prints the mean, spread and minimum
of pairwise and B-cubed F1, and how often the last setting beats the first (docs/cluster.md).

  /usr/bin/python3 bench/topic_subsets.py [--stream ../shared/data/streams/tdt-dev.jsonl]
      [--subsets 30] [--topics 20] [--seed 7] SETTING...

SETTING is a string of `precis cluster` options ("" = the defaults), e.g.
  bench/topic_subsets.py "--decay-floor 0.5 --member-gate 0 --threshold 0.12" ""
"""
import argparse
import json
import os
import random
import shlex
import statistics
import subprocess
import sys
import tempfile


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--stream", default=os.path.join(root, "..", "shared", "data", "streams", "tdt-dev.jsonl"))
    p.add_argument("--precis", default=os.path.join(root, "build", "precis"))
    p.add_argument("--subsets", type=int, default=30)
    p.add_argument("--topics", type=int, default=20)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("settings", nargs="+")
    args = p.parse_args()
    if not os.path.exists(args.stream):
        sys.exit("topic_subsets: %s not found (the evaluation data is not part of the repository)" % args.stream)
    articles = [json.loads(l) for l in open(args.stream, encoding="utf-8") if l.strip()]
    topics = sorted({a["event"] for a in articles})
    if args.topics > len(topics):
        sys.exit("topic_subsets: the stream has only %d events" % len(topics))
    rng = random.Random(args.seed)
    scores = {s: [] for s in args.settings}
    with tempfile.TemporaryDirectory() as tmp:
        stream, pred = os.path.join(tmp, "s.jsonl"), os.path.join(tmp, "p.jsonl")
        for _ in range(args.subsets):
            keep = set(rng.sample(topics, args.topics))
            with open(stream, "w", encoding="utf-8") as f:
                for a in articles:
                    if a["event"] in keep:  # by first label; other labels still count when scoring
                        f.write(json.dumps(a) + "\n")
            for s in args.settings:
                with open(pred, "w") as out:
                    subprocess.run([args.precis, "cluster", *shlex.split(s), stream], stdout=out,
                                   stderr=subprocess.DEVNULL, check=False)
                e = json.loads(subprocess.run([args.precis, "eval", "clusters", "--gold", stream,
                                               "--pred", pred, "--json"], capture_output=True,
                                              text=True, check=True).stdout)
                scores[s].append((e["pairwise"]["f1"], e["bcubed"]["f1"]))
    print("%d sub-streams of %d of the %d events of %s (seed %d)\n" %
          (args.subsets, args.topics, len(topics), os.path.basename(args.stream), args.seed))
    print("| setting | pairwise F1 mean | sd | min | B-cubed F1 mean | sd | min |")
    print("|---|---|---|---|---|---|---|")
    for s, v in scores.items():
        pw, bc = [x for x, _ in v], [y for _, y in v]
        print("| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |" % (
            s or "(defaults)", statistics.mean(pw), statistics.stdev(pw), min(pw),
            statistics.mean(bc), statistics.stdev(bc), min(bc)))
    if len(args.settings) > 1:
        first, last = [x for x, _ in scores[args.settings[0]]], [x for x, _ in scores[args.settings[-1]]]
        better = sum(b > a + 1e-9 for a, b in zip(first, last))
        worse = sum(b < a - 1e-9 for a, b in zip(first, last))
        print("\nlast setting's pairwise F1 above the first's in %d of %d sub-streams, below in %d" %
              (better, len(first), worse))


if __name__ == "__main__":
    main()
