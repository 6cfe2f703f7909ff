# Shared by the bench/*.sh scripts (sourced, not run): help from the script's header, the repository root as
# working folder, the jars, a work folder, and small helpers. The sourcing script sets WORK_PREFIX first.

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then usage; exit 0; fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
JAVA="${JAVA:-java}"
CLI_JAR="migration-cli/target/altium2kicad.jar"
TESTKIT_JAR="$(ls migration-testkit/target/migration-testkit-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e tests | head -n 1 || true)"

# require_tools: exits 2 with what to install if java or the jars are missing (plus what the script added to MISSING)
require_tools() {
  local missing="${MISSING:-0}"
  command -v "$JAVA" >/dev/null || { echo "error: java not found: install Java 17+ (apt-get install openjdk-17-jdk-headless)" >&2; missing=1; }
  if [[ ! -f "$CLI_JAR" || -z "$TESTKIT_JAR" ]]; then
    echo "error: $CLI_JAR or the test kit jar is missing: run 'mvn -B -q -DskipTests package' in $ROOT first" >&2; missing=1
  fi
  [[ $missing -eq 0 ]] || exit 2
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
