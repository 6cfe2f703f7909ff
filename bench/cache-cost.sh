#!/usr/bin/env bash
# Cache-cost benchmark: what the mapping caches cost a first (cold) run and save a re-run (warm), against a run
# without them, for one or two builds of the CLI.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package                                   # this build: migration-cli/target/altium2kicad.jar
#   bench/cache-cost.sh                                             # N = 50000 parts, RUNS=5, this build only
#   BEFORE_JAR=/path/to/old/altium2kicad.jar RUNS=7 bench/cache-cost.sh 100000   # also an older build
#
# It generates one synthetic Altium library of N parts (the test kit's SyntheticLibraryGenerator), fills one warm
# cache folder per build with a migration, then RUNS times, interleaved (and alternating which build goes first) so
# drift on a busy machine hits all equally, times these CLI migrations in standard mode (defaults otherwise), each a
# separate process:
#   no cache   enable_caching: false (neither the in-memory memo nor the persistent store)
#   cold       the caches on (the defaults) with an empty cache_directory: a first migration
#   warm       the caches on with the build's filled cache_directory: a re-run of the same library
# From each run's migration-summary.json it takes the component_mapping and full_migration wall times; it also
# records the process wall time and its CPU time (user + system, from /usr/bin/time), which a loaded machine
# disturbs less than wall time. Prints a Markdown table of medians (and the ratios cold / no cache and cold / warm)
# and writes it, with every run, to bench/results/<date>-cache-cost/results.md (OUT_NAME to change the file name).
#
# Environment: BEFORE_JAR (optional: an older CLI jar to compare with), AFTER_JAR (default: this build), RUNS
#              (default 5), WORK_DIR, KEEP_WORK=1, JAVA, MIGRATE_ARGS (extra options for every migration), OUT_NAME.
# Needs: Java 17+, jq, /usr/bin/time.
set -euo pipefail
WORK_PREFIX=altium2kicad-cache-cost
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${1:-50000}"
require_counts "N is a part count, RUNS a run count" "$N" "$RUNS"
AFTER_JAR="${AFTER_JAR:-$CLI_JAR}"
MISSING=0
[[ -z "${BEFORE_JAR:-}" || -f "$BEFORE_JAR" ]] || { echo "error: BEFORE_JAR $BEFORE_JAR is missing" >&2; MISSING=1; }
[[ -f "$AFTER_JAR" ]] || { echo "error: AFTER_JAR $AFTER_JAR is missing" >&2; MISSING=1; }
command -v jq >/dev/null || { echo "error: jq is missing: apt-get install jq" >&2; MISSING=1; }
[[ -x /usr/bin/time ]] || { echo "error: /usr/bin/time is missing: apt-get install time" >&2; MISSING=1; }
require_tools
make_work
BUILDS=(after); [[ -n "${BEFORE_JAR:-}" ]] && BUILDS=(before after)
jar_of() { if [[ "$1" == before ]]; then echo "$BEFORE_JAR"; else echo "$AFTER_JAR"; fi; }
printf 'migration:\n  enable_caching: false\n' >"$WORK/no-cache.yaml"

# migrate LABEL JAR CACHE_DIR [OPTIONS…]: one timed CLI migration; sets WALL and CPU (s) and SUMMARY
migrate() {
  local label="$1" jar="$2" cache="$3" start end rc=0; shift 3
  rm -rf "$WORK/out"
  start="$(date +%s%N)"
  /usr/bin/time -f '%U %S' -o "$WORK/$label.time" "$JAVA" -jar "$jar" migrate "$DBLIB" -o "$WORK/out" --force \
      --no-progress --cache-directory "$cache" "$@" ${MIGRATE_ARGS:-} >"$WORK/$label.log" 2>&1 || rc=$?
  if [[ $rc -ne 0 && $rc -ne 3 ]]; then # 3: completed with warnings
    echo "error: the $label migration failed (exit code $rc); its output:" >&2; tail -n 30 "$WORK/$label.log" >&2; exit 1
  fi
  end="$(date +%s%N)"
  WALL="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  CPU="$(tail -n 1 "$WORK/$label.time" | awk '{ printf "%.2f", $1 + $2 }')"
  SUMMARY="$WORK/$label.json"
  cp "$WORK/out/migration-summary.json" "$SUMMARY"
}
field() { jq -r "$1 // \"-\"" "$SUMMARY"; }
ms_to_s() { awk -v v="$1" 'BEGIN { printf "%.3f", v / 1000 }'; }

DATE="$(date +%Y-%m-%d)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
log "work folder $WORK; N=$N; $RUNS runs; builds: ${BUILDS[*]}"
generate_library "$WORK/lib" "$N"
DBLIB="$(ls "$WORK"/lib/*.DbLib | head -n 1)"
for build in "${BUILDS[@]}"; do
  log "filling the warm cache of $build"
  migrate "fill-$build" "$(jar_of "$build")" "$WORK/warm-$build"
done

declare -A MAP FULL WALLS CPUS
RUN_ROWS=()
for ((r = 1; r <= RUNS; r++)); do
  order=("${BUILDS[@]}"); (( r % 2 )) || order=($(printf '%s\n' "${BUILDS[@]}" | tac))
  for build in "${order[@]}"; do
    jar="$(jar_of "$build")"
    for mode in no-cache cold warm; do
      case "$mode" in
        no-cache) migrate "$build-$mode-$r" "$jar" "$WORK/unused-cache" -c "$WORK/no-cache.yaml" ;;
        cold) rm -rf "$WORK/cold-cache"; migrate "$build-$mode-$r" "$jar" "$WORK/cold-cache" ;;
        warm) migrate "$build-$mode-$r" "$jar" "$WORK/warm-$build" ;;
      esac
      mapping="$(ms_to_s "$(field '.performance.phases.component_mapping.wall_ms')")"
      full="$(ms_to_s "$(field '.performance.phases.full_migration.wall_ms')")"
      k="$build/$mode"
      MAP[$k]+="$mapping "; FULL[$k]+="$full "; WALLS[$k]+="$WALL "; CPUS[$k]+="$CPU "
      RUN_ROWS+=("| $r | $build | $mode | $mapping | $full | $WALL | $CPU | $(field '.performance.cache.persistent_hits') |")
      log "run $r $build $mode: mapping $mapping s, process $WALL s, CPU $CPU s"
    done
  done
done

med() { median $1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
OUT_DIR="$ROOT/bench/results/$DATE-cache-cost"
mkdir -p "$OUT_DIR"
{
  echo "# Mapping caches: cold, warm and no-cache runs, $DATE"
  echo
  echo "Commit \`$COMMIT\`; after: \`$AFTER_JAR\`${BEFORE_JAR:+; before: \`$BEFORE_JAR\`}. $(nproc) processors, load average"
  echo "at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'); $("$JAVA" -version 2>&1 | head -n 1)."
  echo "Synthetic library of $N parts, standard mode, medians of $RUNS interleaved runs. Command:"
  echo "\`${BEFORE_JAR:+BEFORE_JAR=$BEFORE_JAR }RUNS=$RUNS${MIGRATE_ARGS:+ MIGRATE_ARGS=\"$MIGRATE_ARGS\"} bench/cache-cost.sh $N\`."
  echo
  echo "| build | run | component_mapping (s) | full_migration (s) | process wall (s) | process CPU (s) |"
  echo "|---|---|---:|---:|---:|---:|"
  for build in "${BUILDS[@]}"; do
    for mode in no-cache cold warm; do
      k="$build/$mode"
      echo "| $build | $mode | $(med "${MAP[$k]}") | $(med "${FULL[$k]}") | $(med "${WALLS[$k]}") | $(med "${CPUS[$k]}") |"
    done
  done
  echo
  echo "| build | cold / no cache: component_mapping | cold / no cache: process CPU | cold / warm: process wall | cold / warm: full_migration |"
  echo "|---|---:|---:|---:|---:|"
  for build in "${BUILDS[@]}"; do
    echo "| $build | $(ratio "$(med "${MAP[$build/cold]}")" "$(med "${MAP[$build/no-cache]}")") | $(ratio "$(med "${CPUS[$build/cold]}")" "$(med "${CPUS[$build/no-cache]}")") | $(ratio "$(med "${WALLS[$build/cold]}")" "$(med "${WALLS[$build/warm]}")") | $(ratio "$(med "${FULL[$build/cold]}")" "$(med "${FULL[$build/warm]}")") |"
  done
  echo
  echo "<details><summary>Every run</summary>"
  echo
  echo "| run | build | mode | component_mapping (s) | full_migration (s) | process wall (s) | process CPU (s) | persistent hits |"
  echo "|---:|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${RUN_ROWS[@]}"
  echo
  echo "</details>"
} | tee "$OUT_DIR/${OUT_NAME:-results.md}"
