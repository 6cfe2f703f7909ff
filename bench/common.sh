# Shared by the bench/*.sh scripts (sourced, not run): help from the script's header, the repository root as
# working folder, the jars, a work folder, and small helpers. The sourcing script sets WORK_PREFIX first.

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then usage; exit 0; fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
JAVA="${JAVA:-java}"
CLI_JAR="migration-cli/target/altium2kicad.jar"
# the launcher users run: the jar with the launcher's JVM options (ALTIUM2KICAD_JAVA_OPTS replaces them), $JAVA as java
CLI="migration-cli/target/altium2kicad"
export JAVA
TESTKIT_JAR="$(ls migration-testkit/target/migration-testkit-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -n 1 || true)"

# require_tools: exits 2 with what to install if java or the jars are missing (plus what the script added to MISSING)
require_tools() {
  local missing="${MISSING:-0}"
  command -v "$JAVA" >/dev/null || { echo "error: java not found: install Java 17+ (apt-get install openjdk-17-jdk-headless)" >&2; missing=1; }
  if [[ ! -f "$CLI_JAR" || ! -x "$CLI" || -z "$TESTKIT_JAR" ]]; then
    echo "error: $CLI_JAR, $CLI or the test kit jar is missing: run 'mvn -B -q -DskipTests package' in $ROOT first" >&2; missing=1
  fi
  [[ $missing -eq 0 ]] || exit 2
}

# require_counts MEANING N...: exits 2 unless every N is a positive whole number; MEANING says what the numbers are
require_counts() {
  local meaning="$1" n; shift
  for n in "$@"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "error: '$n' is not a positive whole number ($meaning)" >&2; exit 2; }
  done
}

# make_work: the work folder ($WORK_DIR, else a new one in $TMPDIR or /tmp), deleted at exit unless KEEP_WORK=1
make_work() {
  if [[ -n "${WORK_DIR:-}" ]]; then mkdir -p "$WORK_DIR"; WORK="$(cd "$WORK_DIR" && pwd)"; else WORK="$(mktemp -d "${TMPDIR:-/tmp}/$WORK_PREFIX.XXXXXX")"; fi
  trap cleanup EXIT
}
cleanup() { if [[ "${KEEP_WORK:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "work folder kept: $WORK" >&2; fi; }

# generate_library DIR N: a synthetic Altium library of N parts (the test kit's SyntheticLibraryGenerator)
generate_library() {
  "$JAVA" -cp "$TESTKIT_JAR:$CLI_JAR" io.github.altium2kicad.testkit.SyntheticLibraryGenerator "$1" "$2" >"$WORK/generate.log" 2>&1 \
    || { cat "$WORK/generate.log" >&2; exit 1; }
}

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed LABEL CMD...: runs CMD under GNU time; sets WALL (seconds, ms resolution: GNU time's %e has only 10 ms)
# and RSS_KB (peak resident set size); the command's output goes to $WORK/LABEL.log
timed() {
  local label="$1" start end; shift
  start="$(date +%s%N)"
  if ! /usr/bin/time -f '%M' -o "$WORK/time.txt" "$@" >"$WORK/$label.log" 2>&1; then
    echo "error: '$*' failed; its output:" >&2; tail -n 30 "$WORK/$label.log" >&2; exit 1
  fi
  end="$(date +%s%N)"
  WALL="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  RSS_KB="$(tail -n 1 "$WORK/time.txt")"
}

group() { sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta' <<<"$1"; }
fmt() { awk -v v="$1" -v d="$2" 'BEGIN { printf "%.*f", d, v }'; }
mb() { awk -v v="$1" -v k="$2" 'BEGIN { printf "%.0f", v * k / 1048576 }'; }   # mb VALUE BYTES_PER_UNIT

# copy_preamble SOURCE_DB: the bulk-load pragmas the KiCad writer uses, the source attached as src, BEGIN
copy_preamble() {
  local source_sql="${1//\'/\'\'}"
  cat <<EOF
PRAGMA journal_mode=OFF;
PRAGMA synchronous=OFF;
PRAGMA locking_mode=EXCLUSIVE;
PRAGMA cache_size=-65536;
ATTACH DATABASE '$source_sql' AS src;
BEGIN;
EOF
}

# copy_script SOURCE_DB WHERE > script.sql : the raw copy of every table of SOURCE_DB into the main database
copy_script() {
  copy_preamble "$1"
  sqlite3 -batch -noheader "$1" <<'EOF' | sed -e "s/@WHERE@/$2/"
SELECT 'CREATE TABLE main."' || replace(m.name, '"', '""') || '" ('
       || (SELECT group_concat(c, ', ') FROM (SELECT '"' || replace(p.name, '"', '""') || '" ' || p.type AS c
                                              FROM pragma_table_info(m.name) AS p ORDER BY p.cid)) || ');' || char(10)
       || 'INSERT INTO main."' || replace(m.name, '"', '""') || '" SELECT * FROM src."' || replace(m.name, '"', '""') || '"@WHERE@;'
FROM sqlite_master AS m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.rowid;
EOF
  echo "COMMIT;"
}

# floor_script SOURCE_DB [COLUMN...] > script.sql : the copy into KiCad-shaped tables (two more columns, constant
# values) with the UNIQUE key index ("Part Number"), plus an index on each COLUMN given; nothing read out or mapped
floor_script() {
  local source="$1" indexes="" column; shift
  for column in "$@"; do
    indexes+=" || char(10) || 'CREATE INDEX main.\"' || q || '_$column\" ON \"' || q || '\" (\"$column\");'"
  done
  copy_preamble "$source"
  sqlite3 -batch -noheader "$source" <<EOF
SELECT 'CREATE TABLE main."' || q || '" ('
       || (SELECT group_concat(c, ', ') FROM (SELECT '"' || replace(p.name, '"', '""') || '" ' || p.type AS c
                                              FROM pragma_table_info(m.name) AS p ORDER BY p.cid))
       || ', "KiCad Symbol" TEXT, "KiCad Footprints" TEXT);' || char(10)
       || 'CREATE UNIQUE INDEX main."' || q || '_key" ON "' || q || '" ("Part Number");' || char(10)
       || 'INSERT OR IGNORE INTO main."' || q || '" SELECT *, ''Device:R'', ''Resistor_SMD:R_0603_1608Metric'' FROM src."' || q || '";'$indexes
FROM (SELECT name, replace(name, '"', '""') AS q, rowid AS r FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%') AS m
ORDER BY m.r;
EOF
  echo "COMMIT;"
}

count_rows() {  # count_rows DB: rows over all tables
  local db="$1" total=0 t
  while IFS= read -r t; do
    total=$(( total + $(sqlite3 "$db" "SELECT count(*) FROM \"${t//\"/\"\"}\";") ))
  done < <(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';")
  echo "$total"
}
