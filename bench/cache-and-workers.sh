#!/usr/bin/env bash
# Cache and worker benchmark: how much a warm mapping cache and a second worker speed up a whole migration.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package            # builds migration-cli/target/altium2kicad.jar and the test kit
#   bench/cache-and-workers.sh               # N = 200000 parts, RUNS=5
#   RUNS=3 bench/cache-and-workers.sh 50000  # another size / run count
#   MIGRATE_ARGS="--mapping-mode preserve" bench/cache-and-workers.sh   # extra options for every migration
#
# It generates one synthetic Altium library (the test kit's SyntheticLibraryGenerator: 8 tables, 30-60 columns,
# descriptions and values that vary, so the standard-library rule has many distinct inputs: mapping-heavy), fills
# a mapping cache once with a migration of it, then RUNS times, interleaved so drift on a busy machine hits all
# equally, times these CLI migrations (default settings, standard mapping mode, as separate processes):
#   cold       an empty cache_directory (a first migration), max_workers 2
#   warm       the filled cache_directory (a re-run of the same library), max_workers 2
#   1 worker   an empty cache_directory, max_workers 1 and parallel_processing false (one thread)
# and prints the medians and the ratios cold/warm and (1 worker)/(2 workers) as a Markdown table, also written to
# bench/results/cache-and-workers-<date>.md. Mapping time and cache hits come from each run's migration-summary.json.
#
# Environment: RUNS (default 5), WORK_DIR (default: a new folder in $TMPDIR or /tmp, deleted at the end),
#              KEEP_WORK=1 keeps it, JAVA (default: java), MIGRATE_ARGS (extra options for every migration).
set -euo pipefail
WORK_PREFIX=altium2kicad-cache-workers
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${1:-200000}"
require_counts "N is a part count, RUNS a run count" "$N" "$RUNS"
require_tools
make_work
json_number() { grep -o "\"$1\" *: *[0-9.]*" "$2" | head -n 1 | grep -o '[0-9.]*$'; }

# migrate LABEL CACHE_DIR OPTIONS...: one timed CLI migration; sets WALL (s), MAPPING (s), HITS
migrate() {
  local label="$1" cache="$2" start end summary; shift 2
  rm -rf "$WORK/out"
  start="$(date +%s%N)"
  if ! "$JAVA" -jar "$CLI_JAR" migrate "$DBLIB" -o "$WORK/out" --force --no-progress --cache-directory "$cache" "$@" \
      ${MIGRATE_ARGS:-} >"$WORK/$label.log" 2>&1; then
    echo "error: the $label migration failed; its output:" >&2; tail -n 30 "$WORK/$label.log" >&2; exit 1
  fi
  end="$(date +%s%N)"
  WALL="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  summary="$WORK/out/migration-summary.json"
  MAPPING="$(python3 -c "import json,sys; p=json.load(open(sys.argv[1]))['performance']; print('%.3f' % (p['phases']['component_mapping']['wall_ms'] / 1000))" "$summary" 2>/dev/null || echo '?')"
  HITS="$(json_number persistent_hits "$summary" || echo '?')"
}

log "generating a library of $N parts in $WORK"
generate_library "$WORK/lib" "$N"
DBLIB="$(ls "$WORK"/lib/*.DbLib | head -n 1)"
log "filling the warm cache"
migrate fill "$WORK/warm-cache"

cold=(); warm=(); one=(); cold_map=(); warm_map=(); one_map=(); warm_hits=""
for ((r = 1; r <= RUNS; r++)); do
  rm -rf "$WORK/cold-cache"; migrate cold "$WORK/cold-cache" --max-workers 2; cold+=("$WALL"); cold_map+=("$MAPPING")
  migrate warm "$WORK/warm-cache" --max-workers 2; warm+=("$WALL"); warm_map+=("$MAPPING"); warm_hits="$HITS"
  rm -rf "$WORK/cold-cache"; migrate one "$WORK/cold-cache" --max-workers 1 --parallel-processing false; one+=("$WALL"); one_map+=("$MAPPING")
  log "run $r/$RUNS: cold ${cold[-1]} s, warm ${warm[-1]} s, 1 worker ${one[-1]} s"
done
m_cold="$(median "${cold[@]}")"; m_warm="$(median "${warm[@]}")"; m_one="$(median "${one[@]}")"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

DATE="$(date +%Y-%m-%d)"
mkdir -p bench/results
RESULT="bench/results/cache-and-workers-$DATE.md"
[[ -e "$RESULT" ]] && RESULT="bench/results/cache-and-workers-$DATE-$(date +%H%M%S).md"
{
  echo "# Cache and worker benchmark, $DATE"
  echo
  echo "Commit \`$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\`; $(nproc) processors; load average at end $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -n 1)."
  echo "$N parts, medians of $RUNS interleaved runs. Command: \`${MIGRATE_ARGS:+MIGRATE_ARGS=\"$MIGRATE_ARGS\" }RUNS=$RUNS bench/cache-and-workers.sh $N\`."
  echo
  echo "| run | wall (s) | mapping phase (s) | ratio |"
  echo "|---|---:|---:|---:|"
  echo "| cold cache, 2 workers | $m_cold | $(median "${cold_map[@]}") | |"
  echo "| warm cache, 2 workers ($warm_hits persistent hits) | $m_warm | $(median "${warm_map[@]}") | cold / warm = $(ratio "$m_cold" "$m_warm") |"
  echo "| cold cache, 1 worker | $m_one | $(median "${one_map[@]}") | 1 worker / 2 workers = $(ratio "$m_one" "$m_cold") |"
  echo
  echo "Every run: cold ${cold[*]}; warm ${warm[*]}; 1 worker ${one[*]} (s)."
} | tee "$RESULT"
log "written to $RESULT"
