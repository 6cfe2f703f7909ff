#!/usr/bin/env bash
# Realistic-library benchmark: the migration next to its output floor, in the same run, on the test kit's
# RealisticLibrary (168 tables of 30-80 real column names, two thirds distinct descriptions, a few thousand footprints
# reused, one .SchLib/.PcbLib per symbol and footprint), every step a separate process (wall time and peak RSS with
# GNU time), end to end including JVM start-up.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package               # builds migration-cli/target/altium2kicad.jar and the test kit
#   bench/realistic.sh                          # N = 70000 and 100000 parts, with library files, RUNS=5
#   RUNS=3 bench/realistic.sh 1000000           # other sizes / run counts
#   LIBRARY_FILES=0 bench/realistic.sh 70000    # without the .SchLib/.PcbLib files
#   MIGRATE_ARGS="--max-workers 1" bench/realistic.sh   # extra options for every migration
#
# For each N it generates one library (RealisticLibrary, seed 42), then RUNS times, interleaved so drift on a busy
# machine hits all equally:
#   (a) raw       sqlite3: per table CREATE TABLE with the same columns, INSERT INTO main.t SELECT * FROM src.t
#                 (SQLite's transfer optimization copies records without decoding them: the fastest possible copy)
#   (b) floor     the KiCad-shaped copy: the same rows into tables with the two KiCad columns (constant values) and
#                 the UNIQUE key index only (what KiCad queries); nothing read out or mapped
#       floor+idx the same plus the symbol, footprints and MPN indexes (what create_indexes: true adds)
#   (c) preserve  migration-cli/target/altium2kicad migrate X.DbLib -o out --force --mapping-mode preserve (fresh cache;
#                 the launcher users run: the jar with its JVM options, see ALTIUM2KICAD_JAVA_OPTS below)
#   (d) standard  the same in the default standard mode, cold: a fresh cache_directory
#   (e) warm      standard again with the cache (d) left: a re-run of an unchanged library
#   index cost    on a copy of (d)'s output, one sqlite3 process per column indexing it in every table: what each
#                 create_indexes index costs on real values
# All copies use the bulk-load pragmas the KiCad writer uses (no journal, no fsync, one transaction). Peak heap is the
# migration's own performance.peak_heap_bytes from migration-summary.json; the phase medians come from the same file.
# Prints Markdown to stdout and writes it to bench/results/<date>-realistic/run-<time>.md.
#
# Environment: RUNS (default 5), LIBRARY_FILES (default 1), COMMIT (default: git rev-parse), WORK_DIR (default: a new folder in $TMPDIR or /tmp,
#              deleted at the end), KEEP_WORK=1 keeps it, JAVA (default: java), MIGRATE_ARGS,
#              ALTIUM2KICAD_JAVA_OPTS (the launcher's JVM options instead of its defaults, -XX:TieredStopAtLevel=1 and the
#              class-data sharing archive altium2kicad.jsa).
# Needs: Java 17+, python3, sqlite3 (apt-get install sqlite3), GNU time as /usr/bin/time (apt-get install time).
set -euo pipefail
WORK_PREFIX=altium2kicad-realistic
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SIZES=("$@")
if [[ ${#SIZES[@]} -eq 0 ]]; then SIZES=(70000 100000); fi
require_counts "sizes are part counts, RUNS a run count" "${SIZES[@]}" "$RUNS"
LIBRARY_FILES="${LIBRARY_FILES:-1}"

MISSING=0
command -v sqlite3 >/dev/null || { echo "error: the sqlite3 command is missing: apt-get install sqlite3" >&2; MISSING=1; }
command -v python3 >/dev/null || { echo "error: python3 is missing (it reads migration-summary.json): apt-get install python3" >&2; MISSING=1; }
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  echo "error: GNU time is missing as /usr/bin/time (the shell's 'time' cannot report peak memory): apt-get install time" >&2; MISSING=1
fi
require_tools
make_work

INDEXED=("KiCad Symbol" "KiCad Footprints" "Manufacturer Part Number")

# index_script DB COLUMN > script.sql : an index on COLUMN in every table of DB that has it
index_script() {
  echo "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536; BEGIN;"
  sqlite3 -batch -noheader "$1" "SELECT 'CREATE INDEX \"' || replace(m.name, '\"', '\"\"') || ' ($2)\" ON \"'
      || replace(m.name, '\"', '\"\"') || '\" (\"$2\");' FROM sqlite_master AS m
      WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = '$2') ORDER BY m.rowid;"
  echo "COMMIT;"
}

# migrate LABEL CACHE [ARGS...]: one migration into $WORK/out; sets WALL, RSS_KB, HEAP (bytes), WRITTEN; keeps the summary
migrate() {
  local label="$1" cache="$2"; shift 2
  rm -rf "$WORK/out"
  # shellcheck disable=SC2086
  timed "$label" "$CLI" migrate "$dblib" -o "$WORK/out" --force --no-progress --cache-directory "$cache" "$@" ${MIGRATE_ARGS:-}
  cp "$WORK/out/migration-summary.json" "$WORK/summaries/$N-$label-$r.json"
  HEAP="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["performance"]["peak_heap_bytes"])' "$WORK/out/migration-summary.json")"
  WRITTEN="$(grep -o '"parts_written" *: *[0-9]*' "$WORK/out/migration-summary.json" | head -n 1 | grep -o '[0-9]*$')"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "n/a" }'; }

DATE="$(date +%Y-%m-%d)"
COMMIT="${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}"
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -n 1)"
SQLITE_VERSION="$(sqlite3 --version | cut -d' ' -f1)"
RAM_GB="$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo '?')"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
mkdir -p "$WORK/summaries"
log "work folder $WORK; sizes ${SIZES[*]}; $RUNS runs each; library files: $LIBRARY_FILES"

SUMMARY_ROWS=()
RATIO_ROWS=()
INDEX_ROWS=()
PHASE_SECTIONS=()
DETAIL_ROWS=()
LIBRARY_ROWS=()
for N in "${SIZES[@]}"; do
  lib="$WORK/lib-$N"
  log "N=$N: generating the library"
  files_arg=(); [[ "$LIBRARY_FILES" == 1 ]] || files_arg=(--no-library-files)
  "$JAVA" -cp "$TESTKIT_JAR:$CLI_JAR" io.github.altium2kicad.testkit.company.RealisticLibrary "$lib" "$N" 42 "${files_arg[@]}" \
      >"$WORK/generate.log" 2>&1 || { cat "$WORK/generate.log" >&2; exit 1; }
  LIBRARY_ROWS+=("| $(group "$N") | $(tail -n 1 "$WORK/generate.log" | sed -e 's/ written to .* in / in /') |")
  dblib="$lib/Realistic.DbLib"
  src="$lib/Realistic.sqlite"
  copy_script "$src" "" >"$WORK/raw.sql"
  floor_script "$src" >"$WORK/floor.sql"
  floor_script "$src" "${INDEXED[@]}" >"$WORK/floor-idx.sql"
  raw=(); raw_rss=(); flo=(); flo_idx=(); pre=(); pre_rss=(); pre_heap=(); std=(); std_rss=(); std_heap=()
  warm=(); warm_rss=(); warm_heap=(); idx_sym=(); idx_fp=(); idx_mpn=(); written=""
  for ((r = 1; r <= RUNS; r++)); do
    rm -f "$WORK/copy.sqlite"; timed raw sqlite3 -bail "$WORK/copy.sqlite" ".read $WORK/raw.sql"; raw+=("$WALL"); raw_rss+=("$RSS_KB")
    if [[ $r -eq 1 ]]; then
      copied="$(count_rows "$WORK/copy.sqlite")"
      [[ "$copied" -eq "$N" ]] || { echo "error: the raw copy holds $copied rows, expected $N" >&2; exit 1; }
    fi
    rm -f "$WORK/copy.sqlite"; timed floor sqlite3 -bail "$WORK/copy.sqlite" ".read $WORK/floor.sql"; flo+=("$WALL")
    rm -f "$WORK/copy.sqlite"; timed floor-idx sqlite3 -bail "$WORK/copy.sqlite" ".read $WORK/floor-idx.sql"; flo_idx+=("$WALL")
    rm -f "$WORK/copy.sqlite"
    rm -rf "$WORK/cache-preserve"
    migrate preserve "$WORK/cache-preserve" --mapping-mode preserve
    pre+=("$WALL"); pre_rss+=("$RSS_KB"); pre_heap+=("$HEAP")
    rm -rf "$WORK/cache"
    migrate standard "$WORK/cache"
    std+=("$WALL"); std_rss+=("$RSS_KB"); std_heap+=("$HEAP"); written="$WRITTEN"
    cp "$WORK/out/Realistic.sqlite" "$WORK/output.sqlite"
    for column in "${INDEXED[@]}"; do
      cp "$WORK/output.sqlite" "$WORK/indexed.sqlite"
      index_script "$WORK/indexed.sqlite" "$column" >"$WORK/index.sql"
      timed index sqlite3 -bail "$WORK/indexed.sqlite" ".read $WORK/index.sql"
      case "$column" in
        "KiCad Symbol") idx_sym+=("$WALL") ;;
        "KiCad Footprints") idx_fp+=("$WALL") ;;
        *) idx_mpn+=("$WALL") ;;
      esac
    done
    rm -f "$WORK/indexed.sqlite" "$WORK/output.sqlite"
    migrate warm "$WORK/cache"
    warm+=("$WALL"); warm_rss+=("$RSS_KB"); warm_heap+=("$HEAP")
    log "N=$N run $r/$RUNS: raw ${raw[-1]} s, floor ${flo[-1]} s (+idx ${flo_idx[-1]} s), preserve ${pre[-1]} s, standard ${std[-1]} s (heap $(mb "${std_heap[-1]}" 1) MB), warm ${warm[-1]} s"
    DETAIL_ROWS+=("| $(group "$N") | $r | ${raw[-1]} | ${flo[-1]} | ${flo_idx[-1]} | ${pre[-1]} | $(mb "${pre_heap[-1]}" 1) | ${std[-1]} | $(mb "${std_rss[-1]}" 1024) | $(mb "${std_heap[-1]}" 1) | ${warm[-1]} | $(mb "${warm_heap[-1]}" 1) | ${idx_sym[-1]} | ${idx_fp[-1]} | ${idx_mpn[-1]} |")
  done
  m_raw="$(median "${raw[@]}")"; m_flo="$(median "${flo[@]}")"; m_flo_idx="$(median "${flo_idx[@]}")"
  m_pre="$(median "${pre[@]}")"; m_std="$(median "${std[@]}")"; m_warm="$(median "${warm[@]}")"
  pps="$(awk -v n="$written" -v t="$m_std" 'BEGIN { printf "%.0f", (t > 0 ? n / t : 0) }')"
  SUMMARY_ROWS+=("| $(group "$N") | $(fmt "$m_raw" 3) | $(fmt "$m_flo" 3) | $(fmt "$m_flo_idx" 3) | $(fmt "$m_pre" 3) | $(mb "$(median "${pre_heap[@]}")" 1) | $(fmt "$m_std" 3) | $(group "$pps") | $(mb "$(median "${std_rss[@]}")" 1024) | $(mb "$(median "${std_heap[@]}")" 1) | $(fmt "$m_warm" 3) | $(mb "$(median "${warm_heap[@]}")" 1) |")
  RATIO_ROWS+=("| $(group "$N") | $(ratio "$m_flo" "$m_raw") | $(ratio "$m_pre" "$m_flo") | $(ratio "$m_std" "$m_flo") | $(ratio "$m_std" "$m_warm") |")
  INDEX_ROWS+=("| $(group "$N") | $(fmt "$(median "${idx_sym[@]}")" 3) | $(fmt "$(median "${idx_fp[@]}")" 3) | $(fmt "$(median "${idx_mpn[@]}")" 3) | $(fmt "$(awk -v a="$m_flo_idx" -v b="$m_flo" 'BEGIN { print a - b }')" 3) |")
  PHASE_SECTIONS+=("$(python3 - "$WORK/summaries" "$N" <<'EOF'
import glob, json, os, statistics, sys
folder, n = sys.argv[1], sys.argv[2]
modes = ["preserve", "standard", "warm"]
phases = {}
for mode in modes:
    for f in glob.glob(os.path.join(folder, f"{n}-{mode}-*.json")):
        for name, p in json.load(open(f))["performance"]["phases"].items():
            if p.get("inside", "full_migration") == "full_migration" or name == "full_migration":
                phases.setdefault(name, {}).setdefault(mode, []).append(p["wall_ms"] / 1000)
order = sorted(phases, key=lambda k: (k != "full_migration", -statistics.median(phases[k].get("standard", [0]))))
print(f"| phase (N={int(n):,}), median s | " + " | ".join(modes) + " |")
print("|---|" + "---:|" * len(modes))
for name in order:
    cells = [f"{statistics.median(phases[name][m]):.3f}" if m in phases[name] else "" for m in modes]
    print(f"| {name} | " + " | ".join(cells) + " |")
EOF
)")
  rm -rf "$lib"
done

LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
RESULT_DIR="bench/results/$DATE-realistic"
mkdir -p "$RESULT_DIR"
RESULT="$RESULT_DIR/run-$(date +%H%M%S).md"
{
  echo "# Realistic-library benchmark, $DATE"
  echo
  echo "Commit \`$COMMIT\`; $(nproc) processors, $RAM_GB GB RAM, load average $LOAD_START at start, $LOAD_END at the end;"
  echo "$JAVA_VERSION (JVM options: ${ALTIUM2KICAD_JAVA_OPTS-the launcher defaults, -XX:TieredStopAtLevel=1 and altium2kicad.jsa}); sqlite3 $SQLITE_VERSION. Medians of $RUNS interleaved runs per size. Command:"
  echo "\`${MIGRATE_ARGS:+MIGRATE_ARGS=\"$MIGRATE_ARGS\" }LIBRARY_FILES=$LIBRARY_FILES RUNS=$RUNS bench/realistic.sh ${SIZES[*]}\`."
  echo
  echo "| parts | library (RealisticLibrary, seed 42) |"
  echo "|---:|---|"
  printf '%s\n' "${LIBRARY_ROWS[@]}"
  echo
  echo "| parts | (a) raw copy (s) | (b) floor: KiCad-shaped, key index (s) | floor + 3 indexes (s) | (c) preserve (s) | preserve heap (MB) | (d) standard, cold (s) | standard parts/s | standard RSS (MB) | standard heap (MB) | (e) standard, warm (s) | warm heap (MB) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${SUMMARY_ROWS[@]}"
  echo
  echo "| parts | floor (b) / raw (a) | preserve / floor (b) | standard / floor (b) | warm speed-up (cold / warm) |"
  echo "|---:|---:|---:|---:|---:|"
  printf '%s\n' "${RATIO_ROWS[@]}"
  echo
  echo "What each \`create_indexes\` index costs, one sqlite3 process indexing that column in every table of the standard"
  echo "migration's output (real values; process start included), and the floor's difference with all three:"
  echo
  echo "| parts | KiCad Symbol (s) | KiCad Footprints (s) | Manufacturer Part Number (s) | floor + 3 indexes − floor (s) |"
  echo "|---:|---:|---:|---:|---:|"
  printf '%s\n' "${INDEX_ROWS[@]}"
  echo
  echo "Top-level phases (\`performance.phases\` of migration-summary.json, wall time; they overlap where the engine"
  echo "pipelines them, and JVM start-up is outside them):"
  echo
  for section in "${PHASE_SECTIONS[@]}"; do echo "$section"; echo; done
  echo "<details><summary>Every run</summary>"
  echo
  echo "| parts | run | raw (s) | floor (s) | floor+idx (s) | preserve (s) | preserve heap (MB) | standard (s) | standard RSS (MB) | standard heap (MB) | warm (s) | warm heap (MB) | idx symbol (s) | idx footprints (s) | idx MPN (s) |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${DETAIL_ROWS[@]}"
  echo
  echo "</details>"
} | tee "$RESULT"
log "written to $RESULT"
