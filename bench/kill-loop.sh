#!/usr/bin/env bash
# Kill loop: migrations killed with kill -9 over an existing output, at random times and at the publish point.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package     # builds migration-cli/target/altium2kicad.jar and the test kit
#   bench/kill-loop.sh                # N = 20000 parts, KILLS=20
#   KILLS=50 bench/kill-loop.sh 5000  # another size / kill count
#
# It generates one synthetic Altium library (the test kit's SyntheticLibraryGenerator), migrates it once into
# out/, times a --force re-run, then KILLS times starts a migration over out/ (--force and --incremental in turn)
# and kills it with kill -9 after a random time between 0.1 and 1.1 times that run time. After each kill it checks
# that out/ holds a complete output (the .kicad_dbl, an SQLite database and migration-summary.json) and counts the
# hidden staging folders (.out.partial-*, .out.previous-*). Then, for each publish step, it stops a run exactly there
# with the test hook -Daltium2kicad.test.haltAt=<step> (Runtime.halt, as kill -9 would), which random kills hit
# only by luck. Finally one more migration (--incremental) runs: it must succeed, leave a complete output and no
# staging folder. Prints a Markdown table, also written to bench/results/kill-loop-<date>.md.
#
# Environment: KILLS (default 20), SEED (default 10), WORK_DIR (default: a new folder in $TMPDIR or /tmp, deleted
#              at the end), KEEP_WORK=1 keeps it, JAVA (default: java).
set -euo pipefail
WORK_PREFIX=altium2kicad-kill-loop
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${1:-20000}"
KILLS="${KILLS:-20}"
require_counts "N is a part count, KILLS a kill count" "$N" "$KILLS"
require_tools
make_work
RANDOM="${SEED:-10}"

log "generating a library of $N parts"
generate_library "$WORK/altium" "$N"
DBLIB="$(ls "$WORK"/altium/*.DbLib | head -n 1)"
OUT="$WORK/out"
# migrate JVM_OPTION [CLI_OPTIONS...]: one migration into out/
migrate() { local jvm="$1"; shift; "$JAVA" "$jvm" -jar "$CLI_JAR" migrate "$DBLIB" -o "$OUT" --no-progress "$@"; }

complete() { # out/ holds a whole output
  local dbl db
  dbl="$(ls "$OUT"/*.kicad_dbl 2>/dev/null | head -n 1)"; db="${dbl%.kicad_dbl}.sqlite"
  [[ -n "$dbl" && -s "$dbl" && -f "$OUT/migration-summary.json" && -f "$db" ]] && [[ "$(head -c 15 "$db")" == "SQLite format 3" ]]
}
stale() { find "$WORK" -maxdepth 1 \( -name '.out.partial-*' -o -name '.out.previous-*' \) | wc -l; }

migrate -Dkill-loop=1 >"$WORK/first.log" 2>&1 || { tail -n 30 "$WORK/first.log" >&2; exit 1; }
start="$(date +%s%N)"
migrate -Dkill-loop=1 --force >"$WORK/timed.log" 2>&1 || { tail -n 30 "$WORK/timed.log" >&2; exit 1; }
RUN_MS=$(( ($(date +%s%N) - start) / 1000000 ))
log "one --force run takes $RUN_MS ms; killing $KILLS runs"

incomplete=0; max_stale=0
for ((k = 1; k <= KILLS; k++)); do
  mode=--force; (( k % 2 == 0 )) && mode=--incremental
  # java itself in the background (not a shell function, whose subshell kill -9 would hit instead of java)
  "$JAVA" -jar "$CLI_JAR" migrate "$DBLIB" -o "$OUT" --no-progress "$mode" >"$WORK/killed.log" 2>&1 &
  pid=$!
  delay_ms=$(( RUN_MS / 10 + RANDOM % (RUN_MS + 1) ))
  sleep "$(awk "BEGIN { print $delay_ms / 1000 }")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  complete || incomplete=$((incomplete + 1))
  s="$(stale)"; (( s > max_stale )) && max_stale=$s
  log "kill $k ($mode after $delay_ms ms): output complete: $(complete && echo yes || echo NO), staging folders: $s"
done

halted=0; halt_incomplete=0
for step in JOURNAL_WRITTEN PREVIOUS_MOVED_ASIDE NEW_IN_PLACE; do
  set +e; migrate -Daltium2kicad.test.haltAt="$step" --force >"$WORK/halt.log" 2>&1; rc=$?; set -e
  if [[ $rc -eq 137 ]]; then halted=$((halted + 1)); else echo "warning: the run to halt at $step ended with exit $rc:" >&2; tail -n 5 "$WORK/halt.log" >&2; fi
  # only PREVIOUS_MOVED_ASIDE leaves out/ empty until the next run
  complete || halt_incomplete=$((halt_incomplete + 1))
  log "halted at $step (exit $rc): output complete: $(complete && echo yes || echo 'no, until the next run'), staging folders: $(stale)"
  migrate -Dkill-loop=1 --incremental >"$WORK/next.log" 2>&1 || { echo "error: the run after the halt at $step failed:" >&2; tail -n 30 "$WORK/next.log" >&2; exit 1; }
  complete || { echo "error: no complete output after the run that followed the halt at $step" >&2; exit 1; }
done

set +e; migrate -Dkill-loop=1 --incremental >"$WORK/next.log" 2>&1; rc=$?; set -e
left="$(stale)"
ok=yes; complete || ok=NO
result="$(cat <<MD
| kill loop ($N parts, one run $RUN_MS ms) | value |
|---|---:|
| kill -9 at random times over an existing output | $KILLS |
| ... after which out/ was not a complete output | $incomplete |
| ... most staging folders seen at once | $max_stale |
| runs halted at a publish step (test hook) | $halted of 3 |
| ... after which out/ was empty until the next run | $halt_incomplete |
| next run: exit code | $rc |
| next run: complete output | $ok |
| stale staging folders after the next run | $left |
MD
)"
echo "$result"
mkdir -p bench/results
echo "$result" >"bench/results/kill-loop-$(date +%Y-%m-%d).md"
[[ $rc -eq 0 && "$ok" == yes && "$left" -eq 0 && $incomplete -eq 0 ]]
