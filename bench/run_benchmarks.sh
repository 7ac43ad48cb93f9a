#!/usr/bin/env bash
# Runs every benchmark and dev evaluation of precis and writes their tables to
# docs/benchmarks.md (needs ../shared/data; the machine's load is printed with the results,
# since these 2-core machines are shared). Usage: bash bench/run_benchmarks.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=../shared/data
[ -d "$SHARED" ] || { echo "run_benchmarks: $SHARED is missing" >&2; exit 2; }
bash scripts/build.sh >/dev/null
bash bench/install-bench-deps.sh  # the readability-lxml baseline of bench_html
OUT=docs/benchmarks.md
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
tar --zstd -xf "$SHARED/html/trafilatura_eval.tar.zst" -C "$TMP"
tar --zstd -xf "$SHARED/html/warc_samples.tar.zst" -C "$TMP"
run() {  # run "title" command...
  local title=$1; shift
  echo "running: $*" >&2
  {
    echo "## $title"
    echo
    echo "Command: \`$*\` ($(date -u +%Y-%m-%d), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
    echo
    "$@" 2>&1
    echo
  } >> "$OUT"
}
{
  echo "# Benchmarks and dev evaluations"
  echo
  echo "Written by \`bash bench/run_benchmarks.sh\`; every table below is the output of the command above it."
  echo
} > "$OUT"
run "Summarize: speed and memory" build/bench_summarize --data "$SHARED/duc2003/clusters.jsonl"
run "Summarize: DUC 2003 task 2 (dev), 100 words, recall" build/rouge_dev --data "$SHARED/duc2003/clusters.jsonl" --task 2
run "Summarize: Multi-News sample, 300 words, F1" build/rouge_dev --data "$SHARED/multinews/sample250.jsonl" --words 300 --metric f
run "Summarize: DUC 2006, query-focused, 250 words, recall" build/rouge_dev --data "$SHARED/duc2006/clusters.jsonl" --words 250
run "Cluster: speed and memory (1,000,000 synthetic articles)" build/bench_cluster --dev "$SHARED/streams/tdt-dev.jsonl"
run "Read: HTML extraction speed" build/bench_html --gold "$TMP/trafilatura_eval/gold.jsonl"
run "Read: WARC streaming" build/bench_warc "$TMP"/warc_samples/whirlwind/whirlwind.warc.gz "$TMP"/warc_samples/resiliparse/warcfile.warc.gz
echo "wrote $OUT" >&2
