#!/usr/bin/env bash
# Footprint-decisions benchmark: mapping time of a standard-mode migration with two builds of the CLI (before and
# after a change to the standard-library rule), and how many decisions each makes.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package                                   # this build: migration-cli/target/altium2kicad.jar
#   BEFORE_JAR=/path/to/old/altium2kicad.jar bench/footprint-decisions.sh          # N = 50000 parts, RUNS=5
#   BEFORE_JAR=… RUNS=7 bench/footprint-decisions.sh 100000                        # another size / run count
#   BEFORE_JAR=… MIGRATE_ARGS="-c no-cache.yaml" bench/footprint-decisions.sh      # extra options for every migration
#
# It generates one synthetic Altium library of N parts (the test kit's SyntheticLibraryGenerator: 8 tables, 121
# footprint names, descriptions and values that vary, so the standard-library rule has many distinct inputs) and the
# test kit's company library (CompanyLibrary, 5,000+ parts with real .PcbLib files), then RUNS times, interleaved and
# alternating which build goes first so drift on a busy machine hits both equally, migrates the synthetic library with
# BEFORE_JAR and with AFTER_JAR (default: this build), default settings (standard mode) and a fresh cache_directory
# per run (every run decides every part). From each run's migration-summary.json it takes the component_mapping wall
# time, full_migration wall time, the rules' evaluations (distinct inputs decided) and, where the build reports them,
# the standard rule's footprint decisions and distinct footprints. The company library is migrated once per build
# for its decision counts. Prints a Markdown table of medians to stdout and writes it, with every run, to
# bench/results/<date>-footprint-decisions/results.md.
#
# Environment: BEFORE_JAR (required), AFTER_JAR, RUNS (default 5), WORK_DIR (default: a new folder in $TMPDIR or
#              /tmp, deleted at the end), KEEP_WORK=1 keeps it, JAVA (default: java), MIGRATE_ARGS (extra options for
#              every migration, e.g. a config with enable_caching: false to leave the mapping caches out), OUT_NAME
#              (the results file in the folder, default results.md).
# Needs: Java 17+, jq.
set -euo pipefail
WORK_PREFIX=altium2kicad-footprint-decisions
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
N="${1:-50000}"
require_counts "N is a part count, RUNS a run count" "$N" "$RUNS"
AFTER_JAR="${AFTER_JAR:-$CLI_JAR}"
MISSING=0
[[ -n "${BEFORE_JAR:-}" && -f "$BEFORE_JAR" ]] || { echo "error: set BEFORE_JAR to the CLI jar to compare with (a build of the older commit)" >&2; MISSING=1; }
[[ -f "$AFTER_JAR" ]] || { echo "error: AFTER_JAR $AFTER_JAR is missing" >&2; MISSING=1; }
command -v jq >/dev/null || { echo "error: jq is missing: apt-get install jq" >&2; MISSING=1; }
require_tools
make_work

# migrate LABEL JAR DBLIB: one CLI migration with a fresh cache; sets WALL (s) and SUMMARY (its migration-summary.json)
migrate() {
  local label="$1" jar="$2" dblib="$3" start end
  rm -rf "$WORK/out" "$WORK/cache"
  start="$(date +%s%N)"
  local rc=0
  "$JAVA" -jar "$jar" migrate "$dblib" -o "$WORK/out" --force --no-progress --cache-directory "$WORK/cache" \
      ${MIGRATE_ARGS:-} >"$WORK/$label.log" 2>&1 || rc=$?
  if [[ $rc -ne 0 && $rc -ne 3 ]]; then # 3: completed with warnings (the company library has some on purpose)
    echo "error: the $label migration failed (exit code $rc); its output:" >&2; tail -n 30 "$WORK/$label.log" >&2; exit 1
  fi
  end="$(date +%s%N)"
  WALL="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  SUMMARY="$WORK/$label.json"
  cp "$WORK/out/migration-summary.json" "$SUMMARY"
}
field() { jq -r "$1 // \"-\"" "$SUMMARY"; }
group() { sed -e ":a" -e "s/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/" -e "ta" <<<"$1"; }
ms_to_s() { awk -v v="$1" 'BEGIN { printf "%.3f", v / 1000 }'; }

DATE="$(date +%Y-%m-%d)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -n 1)"
log "work folder $WORK; N=$N; $RUNS runs per build"
log "generating the synthetic library ($N parts) and the company library"
generate_library "$WORK/synthetic" "$N"
SYNTHETIC="$(ls "$WORK"/synthetic/*.DbLib | head -n 1)"
"$JAVA" -cp "$TESTKIT_JAR:$CLI_JAR" io.github.altium2kicad.testkit.company.CompanyLibrary "$WORK/company" >"$WORK/company.log" 2>&1 \
  || { cat "$WORK/company.log" >&2; exit 1; }
COMPANY="$WORK/company/Company.DbLib"

declare -A MAP FULL WALLS
RUN_ROWS=()
for ((r = 1; r <= RUNS; r++)); do
  if (( r % 2 )); then order=(before after); else order=(after before); fi
  for build in "${order[@]}"; do
    jar="$BEFORE_JAR"; [[ "$build" == after ]] && jar="$AFTER_JAR"
    log "run $r: $build"
    migrate "$build-$r" "$jar" "$SYNTHETIC"
    mapping="$(ms_to_s "$(field '.performance.phases.component_mapping.wall_ms')")"
    full="$(ms_to_s "$(field '.performance.phases.full_migration.wall_ms')")"
    MAP[$build]+="$mapping "; FULL[$build]+="$full "; WALLS[$build]+="$WALL "
    RUN_ROWS+=("| $r | $build | $mapping | $full | $WALL | $(field '.performance.components') | $(field '.performance.cache.rule_evaluations') | $(field '.performance.cache.footprint_decisions') | $(field '.performance.cache.distinct_footprints') |")
    cp "$SUMMARY" "$WORK/last-$build.json"
  done
done
decisions() {  # decisions BUILD LIBRARY-LABEL: counts from the build's last summary of that library
  SUMMARY="$1"
  echo "| $2 | $3 | $(field '.performance.components') | $(field '.performance.cache.rule_evaluations') | $(field '.performance.cache.footprint_decisions') | $(field '.performance.cache.distinct_footprints') |"
}
COUNT_ROWS=("$(decisions "$WORK/last-before.json" "synthetic $(group "$N")" before)" "$(decisions "$WORK/last-after.json" "synthetic $(group "$N")" after)")
for build in before after; do
  jar="$BEFORE_JAR"; [[ "$build" == after ]] && jar="$AFTER_JAR"
  log "company library: $build"
  migrate "company-$build" "$jar" "$COMPANY"
  COUNT_ROWS+=("$(decisions "$SUMMARY" company "$build")")
done

med() { median $1; }
OUT_DIR="$ROOT/bench/results/$DATE-footprint-decisions"
mkdir -p "$OUT_DIR"
{
  echo "# Footprint decisions: mapping time before and after, $DATE"
  echo
  echo "After: commit \`$COMMIT\` ($AFTER_JAR); before: \`$BEFORE_JAR\`. $(nproc) processors, load average at start $LOAD; $JAVA_VERSION."
  echo "Medians of $RUNS interleaved runs per build (alternating which goes first). Command: \`BEFORE_JAR=$BEFORE_JAR RUNS=$RUNS${MIGRATE_ARGS:+ MIGRATE_ARGS=\"$MIGRATE_ARGS\"} bench/footprint-decisions.sh $N\`."
  echo
  echo "| synthetic library, $(group "$N") parts | component_mapping (s) | full_migration (s) | process wall (s) |"
  echo "|---|---:|---:|---:|"
  for build in before after; do
    echo "| $build | $(med "${MAP[$build]}") | $(med "${FULL[$build]}") | $(med "${WALLS[$build]}") |"
  done
  echo
  echo "Decisions (one run each; rule evaluations = distinct mapping inputs the rules decided; footprint decisions and"
  echo "distinct footprints = the standard-library rule's own counts, \`-\` where the build does not report them):"
  echo
  echo "| library | build | parts | rule evaluations | footprint decisions | distinct footprints |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${COUNT_ROWS[@]}"
  echo
  echo "<details><summary>Every run</summary>"
  echo
  echo "| run | build | component_mapping (s) | full_migration (s) | process wall (s) | parts | rule evaluations | footprint decisions | distinct footprints |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${RUN_ROWS[@]}"
  echo
  echo "</details>"
} | tee "$OUT_DIR/${OUT_NAME:-results.md}"
