#!/usr/bin/env bash
# Speed and memory benchmark: the whole scan against the parse-only floor, in paired alternating runs.
#
#   bench/run.sh TREE [PAIRS]
#   SCAN_OPTS=--include-tests bench/run.sh TREE [PAIRS]   (extra options for the scan side only)
#
# TREE is a checkout outside this repository (never committed, never read by tests). Each pair runs
# `scan --parse-only` and the full `scan` in the same JVM settings (-Xmx1g), alternating which goes
# first, and prints per-run wall time, the ratio scan/floor per pair, the median ratio, and the
# scan's peak heap as reported by --stats (JVM memory MX beans).
set -euo pipefail
tree=${1:?usage: bench/run.sh TREE [PAIRS]}
pairs=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/lostguard.jar"
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
java_opts=(-Xmx1g)
read -r -a scan_opts <<< "${SCAN_OPTS:-}"

run() { # mode -> prints "millis peakMiB"
  local mode=$1 err start end
  err=$(mktemp)
  start=$(date +%s%N)
  if [ "$mode" = floor ]; then
    java "${java_opts[@]}" -jar "$jar" scan --parse-only --stats "$tree" 2>"$err" >/dev/null
  else
    java "${java_opts[@]}" -jar "$jar" scan --stats --fail-on none --format json --output /dev/null ${scan_opts[@]+"${scan_opts[@]}"} "$tree" 2>"$err" >/dev/null
  fi
  end=$(date +%s%N)
  local peak
  peak=$(sed -n 's/^peak heap: \([0-9]*\) MiB$/\1/p' "$err")
  if [ "$mode" = scan ] && [ "$pairs_done" = 0 ]; then cat "$err" >&2; fi
  rm -f "$err"
  echo "$(( (end - start) / 1000000 )) ${peak:-?}"
}

echo "tree: $tree"
if git -C "$tree" rev-parse HEAD >/dev/null 2>&1; then echo "commit: $(git -C "$tree" rev-parse HEAD)"; fi
echo "java files: $(find "$tree" -name '*.java' | wc -l), lines: $(find "$tree" -name '*.java' -print0 | xargs -0 cat | wc -l)"
echo "cores: $(nproc), java: $(java -version 2>&1 | head -1), scan options: ${SCAN_OPTS:-none}"
ratios=()
pairs_done=0
for ((i = 1; i <= pairs; i++)); do
  if (( i % 2 == 1 )); then
    read -r floor_ms _ < <(run floor); read -r scan_ms peak < <(run scan)
  else
    read -r scan_ms peak < <(run scan); read -r floor_ms _ < <(run floor)
  fi
  pairs_done=$i
  ratio=$(awk -v s="$scan_ms" -v f="$floor_ms" 'BEGIN { printf "%.3f", s / f }')
  ratios+=("$ratio")
  echo "pair $i: floor ${floor_ms} ms, scan ${scan_ms} ms, ratio ${ratio}, scan peak heap ${peak} MiB"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median ratio scan/floor: $median (target <= 1.3 under -Xmx1g)"
