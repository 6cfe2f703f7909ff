#!/usr/bin/env bash
# Native-library conversion benchmark: how long native_libraries (kicad-cli sym/fp upgrade of every used .SchLib and
# .PcbLib) takes per 1,000 library files, with 1 and 2 workers, and what an incremental run with nothing changed costs.
#
# Usage (from anywhere; paths are taken from the repository root):
#   mvn -B -q -DskipTests package            # builds migration-cli/target/altium2kicad.jar and the test kit
#   . /opt/kicad9/env.sh                     # kicad-cli 9 on the PATH (or set KICAD_CLI)
#   bench/native-libraries.sh                # RUNS=5
#   RUNS=3 bench/native-libraries.sh
#
# It writes the test kit's company library (CompanyLibrary: real binary .SchLib/.PcbLib files, of which Company.DbLib
# uses 31), then RUNS times, interleaved so drift on a busy machine hits all equally, times these CLI migrations of
# Company.DbLib (preserve mode, separate processes):
#   1 worker       --native-libraries kicad-cli --max-workers 1 (one kicad-cli at a time)
#   2 workers      --native-libraries kicad-cli --max-workers 2
#   incremental    --incremental on the 2-worker output, nothing changed (every conversion reused)
# and prints, as a Markdown table also written to bench/results/native-libraries-<date>.md, the medians of the
# native_libraries phase (from migration-summary.json), files per second and seconds per 1,000 files. Then it runs
# kicad-cli once more on each used file, one at a time, under /usr/bin/time, for the CPU seconds (user + system) a
# conversion costs, which a busy machine does not change: 1,000 files need about 1,000 x that on one free core.
#
# Environment: RUNS (default 5), WORK_DIR (default: a new folder in $TMPDIR or /tmp, deleted at the end),
#              KEEP_WORK=1 keeps it, JAVA (default: java).
set -euo pipefail
WORK_PREFIX=altium2kicad-native-libraries
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "error: RUNS='$RUNS' is not a positive whole number" >&2; exit 2; }
if ! command -v kicad-cli >/dev/null && [[ -z "${KICAD_CLI:-}" ]]; then
  echo "error: kicad-cli 9 not found: run '. /opt/kicad9/env.sh' (sudo ../shared/tools/install-kicad9 installs it) or set KICAD_CLI" >&2
  MISSING=1
fi
require_tools
make_work

# migrate LABEL OUT OPTIONS...: one CLI migration of the company library; sets WALL (s), PHASE (s), FILES
migrate() {
  local label="$1" out="$2" start end; shift 2
  start="$(date +%s%N)"
  local rc=0
  "$JAVA" -jar "$CLI_JAR" migrate "$DBLIB" -o "$out" --no-progress --mapping-mode preserve \
      --native-libraries kicad-cli "$@" >"$WORK/$label.log" 2>&1 || rc=$?
  # exit code 3: finished with warnings (the company library has missing files on purpose)
  if [[ $rc -ne 0 && $rc -ne 3 ]]; then
    echo "error: the $label migration failed (exit code $rc); its output:" >&2; tail -n 30 "$WORK/$label.log" >&2; exit 1
  fi
  end="$(date +%s%N)"
  WALL="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')"
  read -r PHASE FILES < <(python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
phase = json.load(open(out + "/migration-summary.json"))["performance"]["phases"]["native_libraries"]["wall_ms"] / 1000
print("%.3f %d" % (phase, len(json.load(open(out + "/native-libraries.json"))["libraries"])))
PY
)
}

log "writing the company library into $WORK/lib"
"$JAVA" -cp "$TESTKIT_JAR:$CLI_JAR" io.github.altium2kicad.testkit.company.CompanyLibrary "$WORK/lib" >"$WORK/generate.log" 2>&1 \
  || { cat "$WORK/generate.log" >&2; exit 1; }
DBLIB="$WORK/lib/Company.DbLib"

one=(); two=(); inc=(); one_wall=(); two_wall=(); inc_wall=()
for ((r = 1; r <= RUNS; r++)); do
  rm -rf "$WORK/out1" "$WORK/out2"
  migrate one "$WORK/out1" --max-workers 1; one+=("$PHASE"); one_wall+=("$WALL"); files="$FILES"
  migrate two "$WORK/out2" --max-workers 2; two+=("$PHASE"); two_wall+=("$WALL")
  migrate incremental "$WORK/out2" --max-workers 2 --incremental; inc+=("$PHASE"); inc_wall+=("$WALL")
  log "run $r/$RUNS: conversion phase 1 worker ${one[-1]} s, 2 workers ${two[-1]} s, incremental ${inc[-1]} s ($files files)"
done
m_one="$(median "${one[@]}")"; m_two="$(median "${two[@]}")"; m_inc="$(median "${inc[@]}")"

# CPU seconds per conversion, one file at a time (each file of the last 1-worker output's manifest)
log "measuring kicad-cli's CPU time per file"
cli="${KICAD_CLI:-kicad-cli}"
cpu_total=0; sym_cpu=0; sym_n=0; fp_cpu=0; fp_n=0
while IFS=$'\t' read -r kind source; do
  rm -rf "$WORK/cpu"; mkdir -p "$WORK/cpu"
  if [[ "$kind" == symbols ]]; then cmd=(sym upgrade "$source" -o "$WORK/cpu/x.kicad_sym"); else cmd=(fp upgrade "$source" -o "$WORK/cpu/x.pretty"); fi
  /usr/bin/time -f "%U %S" -o "$WORK/cpu.time" env KICAD_CONFIG_HOME="$WORK/cpu/config" "$cli" "${cmd[@]}" >/dev/null 2>&1 || true
  t="$(awk '{ printf "%.2f", $1 + $2 }' "$WORK/cpu.time")"
  if [[ "$kind" == symbols ]]; then sym_cpu="$(awk -v a="$sym_cpu" -v b="$t" 'BEGIN { print a + b }')"; sym_n=$((sym_n + 1));
  else fp_cpu="$(awk -v a="$fp_cpu" -v b="$t" 'BEGIN { print a + b }')"; fp_n=$((fp_n + 1)); fi
done < <(python3 -c 'import json,sys; [print(l["kind"] + "\t" + l["source"]) for l in json.load(open(sys.argv[1]))["libraries"]]' "$WORK/out1/native-libraries.json")
cpu_per_file="$(awk -v a="$sym_cpu" -v b="$fp_cpu" -v n="$files" 'BEGIN { printf "%.2f", (a + b) / n }')"
rate() { awk -v f="$files" -v s="$1" 'BEGIN { printf "%.1f", f / s }'; }
per1000() { awk -v f="$files" -v s="$1" 'BEGIN { printf "%.0f s (%.1f min)", 1000 * s / f, 1000 * s / f / 60 }'; }

DATE="$(date +%Y-%m-%d)"
mkdir -p bench/results
RESULT="bench/results/native-libraries-$DATE.md"
[[ -e "$RESULT" ]] && RESULT="bench/results/native-libraries-$DATE-$(date +%H%M%S).md"
{
  echo "# Native-library conversion benchmark, $DATE"
  echo
  echo "Commit \`$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\`; $(nproc) processors; load average at end $(cut -d' ' -f1-3 /proc/loadavg); $("${KICAD_CLI:-kicad-cli}" version 2>/dev/null | head -n 1 | sed 's/^/kicad-cli /'); $("$JAVA" -version 2>&1 | head -n 1)."
  echo "Company library (\`CompanyLibrary\`, Company.DbLib: $files used library files), medians of $RUNS interleaved runs. Command: \`RUNS=$RUNS bench/native-libraries.sh\`."
  echo
  echo "| run | native_libraries phase (s) | files/s | per 1,000 files | whole migration (s) |"
  echo "|---|---:|---:|---:|---:|"
  echo "| 1 worker | $m_one | $(rate "$m_one") | $(per1000 "$m_one") | $(median "${one_wall[@]}") |"
  echo "| 2 workers | $m_two | $(rate "$m_two") | $(per1000 "$m_two") | $(median "${two_wall[@]}") |"
  echo "| incremental, nothing changed | $m_inc | $(rate "$m_inc") | $(per1000 "$m_inc") | $(median "${inc_wall[@]}") |"
  echo
  echo "CPU (user + system) per conversion, one file at a time: $cpu_per_file s on average ($(awk -v a="$sym_cpu" -v n="$sym_n" 'BEGIN { printf "%.2f", a / n }') s per .SchLib over $sym_n, $(awk -v a="$fp_cpu" -v n="$fp_n" 'BEGIN { printf "%.2f", a / n }') s per .PcbLib over $fp_n): about $(awk -v c="$cpu_per_file" 'BEGIN { printf "%.0f s (%.1f min)", 1000 * c, 1000 * c / 60 }') of CPU per 1,000 files, so that long on one free core and half that on two."
  echo "Every run (s): 1 worker ${one[*]}; 2 workers ${two[*]}; incremental ${inc[*]}."
} | tee "$RESULT"
log "written to $RESULT"
