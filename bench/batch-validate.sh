#!/usr/bin/env bash
# Many small files in one process: `jsonresume validate` of 1,000 files (fictional: copies of examples/resume.json,
# and as many copies of examples/invalid/bad-dates.json, which has findings) with --jobs 1 pinned to one core, --jobs 1
# and --jobs 2 on two cores, and one file alone (the start-up, subtracted to get files per second). Times by hyperfine
# (mean and user+system CPU; on a shared machine the CPU figures are the ones to compare); prints a Markdown table for
# docs/benchmarks.md.
#
# Usage: bench/batch-validate.sh [COUNT]          (default 1000; builds src/JsonResume.Cli in Release into a temp folder)
#        JSONRESUME=/path/to/jsonresume bench/batch-validate.sh   (measure that executable instead, e.g. the native binary,
#        or "dotnet /path/to/jsonresume.dll")
# Needs: the .NET 10 SDK, hyperfine, taskset (util-linux).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
command -v hyperfine >/dev/null || { echo "batch-validate: hyperfine is required (apt-get install -y hyperfine)" >&2; exit 2; }

work=$(mktemp -d /tmp/jsonresume-batch.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ -n "${JSONRESUME:-}" ]; then
  read -r -a cli <<<"$JSONRESUME" # a path, or a command such as "dotnet /path/jsonresume.dll"
else
  dotnet build src/JsonResume.Cli -c Release -o "$work/cli" -nologo -v q >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
  cli=(dotnet "$work/cli/jsonresume.dll")
fi

mkdir -p "$work/valid" "$work/findings"
for i in $(seq -w 1 "$count"); do
  cp examples/resume.json "$work/valid/r$i.json"
  cp examples/invalid/bad-dates.json "$work/findings/r$i.json"
done

run() { hyperfine -N -i --warmup 2 --min-runs 10 --export-json "$work/$1.json" "$2" >/dev/null; }
mean() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('%.1f %.1f %.1f' % (r['mean']*1000, (r['user']+r['system'])*1000, r['stddev']*1000))" "$work/$1.json"; }
c="${cli[*]}"
run one "taskset -c 0 $c validate $work/valid/r$(printf "%0${#count}d" 1).json"
for set in valid findings; do
  run "$set-1core" "taskset -c 0 $c validate $work/$set/*.json --jobs 1"
  run "$set-j1" "$c validate $work/$set/*.json --jobs 1"
  run "$set-j2" "$c validate $work/$set/*.json --jobs 2"
done

read -r one_ms one_cpu one_sd < <(mean one)
echo "one file, one core: ${one_ms} ms (CPU ${one_cpu} ms)"
echo
echo "| files | run | mean wall | ± | CPU (user+sys) | files/s after start-up (wall) | files per CPU-second after start-up |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for set in valid findings; do
  for r in 1core j1 j2; do
    read -r ms cpu sd < <(mean "$set-$r")
    rate=$(python3 -c "print('{:,.0f}'.format($count / max(($ms - $one_ms) / 1000, 1e-6)))")
    cpurate=$(python3 -c "print('{:,.0f}'.format($count / max(($cpu - $one_cpu) / 1000, 1e-6)))")
    label=$(case $r in 1core) echo "--jobs 1, one core (taskset -c 0)";; j1) echo "--jobs 1";; j2) echo "--jobs 2";; esac)
    echo "| $count $set | $label | $ms ms | $sd | $cpu ms | $rate | $cpurate |"
  done
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(date -u '+%Y-%m-%d %H:%M UTC')"
