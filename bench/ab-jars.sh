#!/usr/bin/env bash
# Two builds of altium2kicad on the same realistic library, interleaved: which is faster, end to end.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package                         # builds the test kit (and this checkout's jar)
#   cp migration-cli/target/altium2kicad.jar /tmp/before.jar   # ... on the other commit
#   bench/ab-jars.sh /tmp/before.jar migration-cli/target/altium2kicad.jar           # N = 70000, with library files
#   RUNS=3 LIBRARY_FILES=0 bench/ab-jars.sh A.jar B.jar 100000
#   MIGRATE_ARGS="--mapping-mode preserve" bench/ab-jars.sh A.jar B.jar
#
# It generates one RealisticLibrary (seed 42) and then, RUNS times, runs A and B alternately (A first on odd runs,
# B first on even runs): each a cold migration (fresh cache_directory) and a warm re-run with that cache. Prints the
# medians of wall time (GNU time, including JVM start-up) and peak heap (migration-summary.json) and writes them to
# bench/results/<date>-realistic/ab-<time>.md.
#
# Environment: RUNS (default 5), LIBRARY_FILES (default 1), WORK_DIR, KEEP_WORK=1, JAVA, MIGRATE_ARGS,
#              OPTS_A / OPTS_B: JVM options for A / B (e.g. OPTS_B=-XX:TieredStopAtLevel=1, what the launcher
#              migration-cli/target/altium2kicad passes), none by default.
set -euo pipefail
WORK_PREFIX=altium2kicad-ab
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[[ $# -ge 2 ]] || { usage >&2; exit 2; }
JAR_A="$(realpath "$1")"; JAR_B="$(realpath "$2")"; N="${3:-70000}"
for jar in "$JAR_A" "$JAR_B"; do [[ -f "$jar" ]] || { echo "error: no such jar: $jar" >&2; exit 2; }; done
[[ "$N" =~ ^[1-9][0-9]*$ && "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "error: the size and RUNS must be positive whole numbers" >&2; exit 2; }
LIBRARY_FILES="${LIBRARY_FILES:-1}"
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  echo "error: GNU time is missing as /usr/bin/time: apt-get install time" >&2; MISSING=1
fi
command -v python3 >/dev/null || { echo "error: python3 is missing: apt-get install python3" >&2; MISSING=1; }
require_tools
make_work

files_arg=(); [[ "$LIBRARY_FILES" == 1 ]] || files_arg=(--no-library-files)
log "generating RealisticLibrary with $N parts (library files: $LIBRARY_FILES)"
"$JAVA" -cp "$TESTKIT_JAR:$CLI_JAR" io.github.altium2kicad.testkit.company.RealisticLibrary "$WORK/lib" "$N" 42 "${files_arg[@]}" \
    >"$WORK/generate.log" 2>&1 || { cat "$WORK/generate.log" >&2; exit 1; }

# run JAR LABEL: a migration into $WORK/out with cache $WORK/cache-LABEL; sets WALL and HEAP
run() {
  rm -rf "$WORK/out"
  # shellcheck disable=SC2086
  local opts="${OPTS_A:-}"; [[ "$2" == B-* ]] && opts="${OPTS_B:-}"
  # shellcheck disable=SC2086
  timed "$2" "$JAVA" $opts -jar "$1" migrate "$WORK/lib/Realistic.DbLib" -o "$WORK/out" --force --no-progress \
      --cache-directory "$WORK/cache-${2%%-*}" ${MIGRATE_ARGS:-}
  HEAP="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["performance"]["peak_heap_bytes"])' "$WORK/out/migration-summary.json")"
}

declare -A wall heap
for ((r = 1; r <= RUNS; r++)); do
  order=(A B); (( r % 2 == 0 )) && order=(B A)
  for which in "${order[@]}"; do
    jar="$JAR_A"; [[ "$which" == B ]] && jar="$JAR_B"
    rm -rf "$WORK/cache-$which"
    run "$jar" "$which-cold"; wall[$which-cold]+="$WALL "; heap[$which-cold]+="$HEAP "
    run "$jar" "$which-warm"; wall[$which-warm]+="$WALL "; heap[$which-warm]+="$HEAP "
  done
  log "run $r/$RUNS: A cold/warm $(echo ${wall[A-cold]} | awk '{print $NF}')/$(echo ${wall[A-warm]} | awk '{print $NF}') s, B cold/warm $(echo ${wall[B-cold]} | awk '{print $NF}')/$(echo ${wall[B-warm]} | awk '{print $NF}') s"
done

RESULT_DIR="bench/results/$(date +%Y-%m-%d)-realistic"
mkdir -p "$RESULT_DIR"
RESULT="$RESULT_DIR/ab-$(date +%H%M%S).md"
{
  echo "# A/B: two builds on RealisticLibrary, $(date +%Y-%m-%d)"
  echo
  echo "A = \`$1\`, B = \`$2\`; $(tail -n 1 "$WORK/generate.log" | sed -e 's/ written to .* in / in /')."
  echo "$(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end. Medians of $RUNS interleaved runs."
  echo "Command: \`${OPTS_A:+OPTS_A=\"$OPTS_A\" }${OPTS_B:+OPTS_B=\"$OPTS_B\" }${MIGRATE_ARGS:+MIGRATE_ARGS=\"$MIGRATE_ARGS\" }LIBRARY_FILES=$LIBRARY_FILES RUNS=$RUNS bench/ab-jars.sh $1 $2 $N\`."
  echo
  echo "| run | A (s) | A heap (MB) | B (s) | B heap (MB) | B / A |"
  echo "|---|---:|---:|---:|---:|---:|"
  for kind in cold warm; do
    # shellcheck disable=SC2086
    a="$(median ${wall[A-$kind]})"; b="$(median ${wall[B-$kind]})"
    # shellcheck disable=SC2086
    echo "| $kind | $(fmt "$a" 3) | $(mb "$(median ${heap[A-$kind]})" 1) | $(fmt "$b" 3) | $(mb "$(median ${heap[B-$kind]})" 1) | $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }') |"
  done
  echo
  echo "Every run (s): A cold ${wall[A-cold]}; A warm ${wall[A-warm]}; B cold ${wall[B-cold]}; B warm ${wall[B-warm]}"
} | tee "$RESULT"
log "written to $RESULT"
