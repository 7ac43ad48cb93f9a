"""Baseline for bench_html: readability-lxml (Debian python3-readability) on the same pages.

Reads file paths (one a line) on stdin, extracts each with readability.Document(html).summary(),
and prints "bytes <n> cpu_seconds <s> pages <k> failures <f>" (process CPU time, extraction only).
Run with Debian's /usr/bin/python3.
"""
import sys
import time

from readability import Document

total_bytes = 0
cpu = 0.0
pages = 0
failures = 0
for line in sys.stdin:
    path = line.strip()
    if not path:
        continue
    with open(path, "rb") as f:
        raw = f.read()
    total_bytes += len(raw)
    pages += 1
    start = time.process_time()
    try:
        Document(raw).summary()
    except Exception:  # readability raises on some malformed pages; count them
        failures += 1
    cpu += time.process_time() - start
print(f"bytes {total_bytes} cpu_seconds {cpu:.3f} pages {pages} failures {failures}")
