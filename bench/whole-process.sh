#!/usr/bin/env bash
# Whole-process benchmark: how long a complete `altium2kicad migrate` takes next to a raw SQLite copy of the
# same rows, both measured as separate processes (wall time and peak RSS with GNU time).
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package          # builds migration-cli/target/altium2kicad.jar and the test kit
#   bench/whole-process.sh                 # N = 100000 and 1000000 parts, RUNS=5
#   RUNS=3 bench/whole-process.sh 100000   # other sizes / run counts
#   MIGRATE_ARGS="--mapping-mode preserve" bench/whole-process.sh   # extra options for every migration
#
# For each N it generates one synthetic Altium library (8 tables, 30-60 TEXT columns; the test kit's
# SyntheticLibraryGenerator), then RUNS times, interleaved so drift on a busy machine hits all equally:
#   raw      sqlite3: ATTACH the source, per table CREATE TABLE with the same columns and
#            INSERT INTO main.t SELECT * FROM src.t  (SQLite's transfer optimization copies records
#            without decoding them: the fastest possible copy)
#   decoded  the same with `... FROM src.t WHERE 1`, which disables the transfer optimization, so every
#            row is decoded and re-encoded as an engine must do
#   floor    what the output alone costs: the copy into tables with the two KiCad columns (constant values),
#            with the UNIQUE key index and the symbol, footprints and MPN indexes (create_indexes: true; kept so
#            results compare with earlier ones); nothing is read out or mapped (the test kit's key is "Part Number", its MPN column "Manufacturer Part Number")
#   migrate  migration-cli/target/altium2kicad migrate X.DbLib -o out --force, default
#            settings except a fresh cache_directory per run (every run is a first migration, and your
#            ~/.cache is left alone)
# Both raw copies use the bulk-load pragmas the KiCad writer uses (no journal, no fsync, one transaction).
# Prints a Markdown table (medians) to stdout and writes it to bench/results/whole-process-<date>.md.
#
# Environment: RUNS (default 5), WORK_DIR (default: a new folder in $TMPDIR or /tmp, deleted at the end),
#              KEEP_WORK=1 keeps it, JAVA (default: java).
# Needs: Java 17+, sqlite3 (apt-get install sqlite3), GNU time as /usr/bin/time (apt-get install time).
set -euo pipefail
WORK_PREFIX=altium2kicad-whole-process
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SIZES=("$@")
if [[ ${#SIZES[@]} -eq 0 ]]; then SIZES=(100000 1000000); fi
require_counts "sizes are part counts, RUNS a run count" "${SIZES[@]}" "$RUNS"

MISSING=0
command -v sqlite3 >/dev/null || { echo "error: the sqlite3 command is missing: apt-get install sqlite3" >&2; MISSING=1; }
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  echo "error: GNU time is missing as /usr/bin/time (the shell's 'time' cannot report peak memory): apt-get install time" >&2; MISSING=1
fi
require_tools
make_work


DATE="$(date +%Y-%m-%d)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -n 1)"
SQLITE_VERSION="$(sqlite3 --version | cut -d' ' -f1)"
RAM_GB="$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo '?')"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
log "work folder $WORK; sizes ${SIZES[*]}; $RUNS runs each"

SUMMARY_ROWS=()
DETAIL_ROWS=()
for N in "${SIZES[@]}"; do
  lib="$WORK/lib-$N"
  log "N=$N: generating the library"
  generate_library "$lib" "$N"
  dblib="$(ls "$lib"/*.DbLib | head -n 1)"
  src="$(ls "$lib"/*.sqlite | head -n 1)"
  copy_script "$src" "" >"$WORK/raw.sql"
  copy_script "$src" " WHERE 1" >"$WORK/decoded.sql"
  floor_script "$src" "KiCad Symbol" "KiCad Footprints" "Manufacturer Part Number" >"$WORK/floor.sql"
  raw=(); raw_rss=(); dec=(); dec_rss=(); flo=(); mig=(); mig_rss=(); heap=(); written=""
  for ((r = 1; r <= RUNS; r++)); do
    rm -f "$WORK/copy.sqlite"
    timed raw sqlite3 -bail "$WORK/copy.sqlite" ".read $WORK/raw.sql"
    raw+=("$WALL"); raw_rss+=("$RSS_KB")
    if [[ $r -eq 1 ]]; then
      copied="$(count_rows "$WORK/copy.sqlite")"
      [[ "$copied" -eq "$N" ]] || { echo "error: the raw copy holds $copied rows, expected $N" >&2; exit 1; }
    fi
    rm -f "$WORK/copy.sqlite"
    timed decoded sqlite3 -bail "$WORK/copy.sqlite" ".read $WORK/decoded.sql"
    dec+=("$WALL"); dec_rss+=("$RSS_KB")
    rm -f "$WORK/copy.sqlite"
    timed floor sqlite3 -bail "$WORK/copy.sqlite" ".read $WORK/floor.sql"
    flo+=("$WALL")
    rm -f "$WORK/copy.sqlite"
    rm -rf "$WORK/out" "$WORK/cache"
    timed migrate "$CLI" migrate "$dblib" -o "$WORK/out" --force --no-progress --cache-directory "$WORK/cache" ${MIGRATE_ARGS:-}
    mig+=("$WALL"); mig_rss+=("$RSS_KB")
    summary="$WORK/out/migration-summary.json"
    h="$(grep -o '"peak_heap_bytes" *: *[0-9]*' "$summary" | grep -o '[0-9]*$' || echo 0)"
    heap+=("$h")
    written="$(grep -o '"parts_written" *: *[0-9]*' "$summary" | head -n 1 | grep -o '[0-9]*$')"
    log "N=$N run $r/$RUNS: raw ${raw[-1]} s, decoded ${dec[-1]} s, floor ${flo[-1]} s, migration ${mig[-1]} s (peak RSS $(mb "$RSS_KB" 1024) MB, heap $(mb "$h" 1) MB)"
    DETAIL_ROWS+=("| $(group "$N") | $r | ${raw[-1]} | $(mb "${raw_rss[-1]}" 1024) | ${dec[-1]} | $(mb "${dec_rss[-1]}" 1024) | ${flo[-1]} | ${mig[-1]} | $(mb "${mig_rss[-1]}" 1024) | $(mb "$h" 1) |")
    rm -rf "$WORK/out" "$WORK/cache"
  done
  m_raw="$(median "${raw[@]}")"; m_dec="$(median "${dec[@]}")"; m_flo="$(median "${flo[@]}")"; m_mig="$(median "${mig[@]}")"
  ratio="$(awk -v a="$m_mig" -v b="$m_raw" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }')"
  ratio_flo="$(awk -v a="$m_mig" -v b="$m_flo" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }')"
  ratio_dec="$(awk -v a="$m_mig" -v b="$m_dec" 'BEGIN { if (b > 0) printf "%.1f×", a / b; else print "n/a" }')"
  pps="$(awk -v n="$written" -v t="$m_mig" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }')"
  SUMMARY_ROWS+=("| $(group "$N") | $(fmt "$m_raw" 3) | $(fmt "$m_dec" 3) | $(fmt "$m_flo" 3) | $(fmt "$m_mig" 3) | $ratio | $ratio_dec | $ratio_flo | $(group "$pps") | $(mb "$(median "${mig_rss[@]}")" 1024) | $(mb "$(median "${heap[@]}")" 1) |")
  rm -rf "$lib"
done

mkdir -p bench/results
RESULT="bench/results/whole-process-$DATE.md"
[[ -e "$RESULT" ]] && RESULT="bench/results/whole-process-$DATE-$(date +%H%M%S).md"
{
  echo "# Whole-process benchmark, $DATE"
  echo
  echo "Commit \`$COMMIT\`; $(nproc) processors, $RAM_GB GB RAM, load average at start $LOAD; $JAVA_VERSION; sqlite3 $SQLITE_VERSION."
  echo "Medians of $RUNS runs per size, run interleaved (raw, decoded, floor, migration). Command: \`${MIGRATE_ARGS:+MIGRATE_ARGS=\"$MIGRATE_ARGS\" }RUNS=$RUNS bench/whole-process.sh ${SIZES[*]}\`."
  echo
  echo "| parts | raw copy (s) | raw copy, decoded (s) | output floor (s) | migration (s) | migration / raw | migration / decoded | migration / floor | migration parts/s | migration peak RSS (MB) | migration peak heap (MB) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${SUMMARY_ROWS[@]}"
  echo
  echo "- **raw copy**: \`sqlite3\`, \`INSERT INTO main.t SELECT * FROM src.t\` per table into a table with the same columns."
  echo "  SQLite's transfer optimization copies the records without decoding them: a lower bound no row-by-row engine can reach."
  echo "- **raw copy, decoded**: the same with \`... WHERE 1\`, which turns the transfer optimization off: every row is decoded"
  echo "  and encoded again. The fairer reference for an engine that reads, maps and writes each row."
  echo "- **output floor**: what the output alone costs: the decoded copy into tables with the two KiCad columns (constant"
  echo "  values), with the UNIQUE key index and the symbol, footprints and MPN indexes; nothing read out or mapped."
  echo "- **migration**: \`migration-cli/target/altium2kicad migrate X.DbLib -o out --force\`, default settings"
  echo "  (a fresh cache_directory per run): JVM start, DbLib parsing, reading, mapping, writing with the UNIQUE key index,"
  echo "  secondary indexes only with create_indexes: true, ANALYZE, the .kicad_dbl, lib tables and summary. Wall time"
  echo "  and peak RSS from GNU time;"
  echo "  peak heap is the migration's own \`performance.peak_heap_bytes\` from migration-summary.json."
  echo "- **parts/s**: parts written ÷ median migration wall time (including JVM start)."
  echo
  echo "<details><summary>Every run</summary>"
  echo
  echo "| parts | run | raw (s) | raw RSS (MB) | decoded (s) | decoded RSS (MB) | floor (s) | migration (s) | migration RSS (MB) | migration heap (MB) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${DETAIL_ROWS[@]}"
  echo
  echo "</details>"
} | tee "$RESULT"
log "written to $RESULT"
