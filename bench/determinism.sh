#!/usr/bin/env bash
# Robustness check on real trees: each tree is scanned with --threads 1 and --threads 8; the JSON
# reports must be byte-identical, and the scan must finish (exit 0 or 4) under -Xmx1g. Prints, per
# tree, files, findings, processing errors and whether the two reports match.
#
#   bench/determinism.sh TREE [TREE...]
#
# Trees are checkouts outside this repository (never committed, never read by tests).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/lostguard.jar"
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for tree in "$@"; do
  name=$(basename "$tree")
  for threads in 1 8; do
    rc=0
    java -Xmx1g -jar "$jar" scan --threads "$threads" --format "json:$out/$name-$threads.json" "$tree" \
      >/dev/null 2>"$out/$name-$threads.err" || rc=$?
    if [ "$rc" != 0 ] && [ "$rc" != 4 ]; then
      echo "$name: threads $threads exited $rc"; cat "$out/$name-$threads.err"; status=1
    fi
  done
  summary=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
print("files %d (skipped %d, tests not parsed %d), findings %d, errors %d" % (
    s["files"], s["filesSkipped"], s.get("testSourcesNotParsed", 0), s["findings"], len(r["errors"])))
' "$out/$name-1.json")
  if cmp -s "$out/$name-1.json" "$out/$name-8.json"; then same="identical"; else same="DIFFERENT"; status=1; fi
  echo "$name: $summary; threads 1 vs 8: $same"
done
exit $status
