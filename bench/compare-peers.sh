#!/usr/bin/env bash
# Side by side: `validate` of the same two files with our native AOT binary, our dotnet tool, and what users would
# otherwise pick from npm (resume-cli 3.1.2 and the newest 3.x, resumed, hackmyresume, and ajv + ajv-formats with a
# 10-line script); also the floor of any native .NET program (an AOT-published hello world) and our `--version`.
# Times each with hyperfine (medians), measures peak RSS with /usr/bin/time -v, records each tool's exit code on a
# broken file, and writes the table into docs/benchmarks.md between the compare-peers markers (other sections of
# that file are left as they are).
#
# Needs: the .NET 10 SDK, node and npm, hyperfine (Debian: apt-get install -y hyperfine; installed here when missing
# and running as root), GNU time (/usr/bin/time). Everything else goes to a temporary folder, removed at the end.
# Usage: bench/compare-peers.sh [SAMPLE.json]   (default: ../shared/reference/examples/sample.resume.json, the
#        official sample; the broken file is that sample with a bad email, a URL without a scheme and a non-ISO date)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

sample=${1:-../shared/reference/examples/sample.resume.json}
[ -f "$sample" ] || { echo "compare-peers: $sample not found (give the official sample as the first argument)" >&2; exit 2; }
for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "compare-peers: $tool is required" >&2; exit 2; }
done
if ! command -v hyperfine >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "compare-peers: install hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
  apt-get install -y hyperfine >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y hyperfine >/dev/null; }
fi
[ -x /usr/bin/time ] || { echo "compare-peers: GNU time (/usr/bin/time) is required (apt-get install -y time)" >&2; exit 2; }

work=$(mktemp -d /tmp/jsonresume-peers.XXXXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "== our native AOT binary (build/check-aot.sh)"
AOT_OUT="$work/aot" bash build/check-aot.sh
aot="$work/aot/jsonresume"

echo "== the floor: a Native AOT hello world, published with the same SDK and settings"
dotnet new console -o "$work/hello" -n hello >/dev/null
dotnet publish "$work/hello" -c Release -r linux-x64 -p:PublishAot=true -p:InvariantGlobalization=true \
  -o "$work/hello/out" -nologo >"$work/hello.log" 2>&1 || { cat "$work/hello.log" >&2; exit 1; }
hello="$work/hello/out/hello"

echo "== our dotnet tool (packed and installed like a user would)"
dotnet pack src/JsonResume.Cli -c Release -o "$work/feed" -nologo >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; exit 1; }
# A NuGet cache of its own: the package never meets an older build of the same version.
NUGET_PACKAGES="$work/nuget" dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" JsonResume.Cli >/dev/null
tool="$work/tool/jsonresume"

echo "== npm peers"
(
  cd "$work"
  npm init -y >/dev/null
  # resume-cli: versions after 3.1.2 do not install (they pull a browser); its puppeteer must not download one either.
  PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error \
    resume-cli@3.1.2 resumed hackmyresume ajv ajv-formats ajv-cli >/dev/null
  # The newest resume-cli (3.7.x at the time of writing) depends on @jsonresume/ats-validator, which the registry no
  # longer has; only `resume audit` needs it. Installed from its tarball without that dependency, in a folder of its own.
  mkdir -p newest && cd newest && npm init -y >/dev/null
  tarball=$(npm pack --silent resume-cli@3 2>/dev/null | tail -n 1)
  mkdir pkg && tar -xzf "$tarball" -C pkg --strip-components=1
  node -e 'const f = "pkg/package.json"; const p = require("./" + f); delete p.dependencies["@jsonresume/ats-validator"];
    require("fs").writeFileSync(f, JSON.stringify(p, null, 2));'
  PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error ./pkg >/dev/null
)
cat >"$work/ajv-validate.mjs" <<'JS'
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(read(process.argv[2]));
const valid = validate(read(process.argv[3]));
for (const e of validate.errors ?? []) console.log(`${e.instancePath || "/"}: ${e.message}`);
process.exit(valid ? 0 : 1);
JS
bin="$work/node_modules/.bin"
version() { node -p "require('$work/node_modules/$1/package.json').version"; }

# The broken file: the same sample with three mistakes every validator should catch.
cp "$sample" "$work/sample.json"
node -e '
  const fs = require("fs"); const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  r.basics.email = "richard at piedpiper dot com"; r.basics.url = "piedpiper.example.com";
  (r.work ?? [{}])[0].startDate = "Dec 2013";
  fs.writeFileSync(process.argv[2], JSON.stringify(r, null, 2) + "\n");' "$work/sample.json" "$work/broken.json"

# name|version|command (FILE stands for the file)
tools=(
  "AOT hello world (floor)|.NET $(dotnet --version)|$hello"
  "jsonresume --version (native AOT)|$("$aot" --version | cut -d+ -f1)|$aot --version"
  "jsonresume (native AOT)|$("$aot" --version | cut -d+ -f1)|$aot validate FILE"
  "jsonresume (dotnet tool)|$("$tool" --version | cut -d+ -f1)|$tool validate FILE"
  "resume-cli|$(version resume-cli)|$bin/resume validate --resume FILE"
  "resume-cli (newest, without ats-validator)|$(node -p "require('$work/newest/pkg/package.json').version")|$work/newest/node_modules/.bin/resume validate --resume FILE"
  "resumed|$(version resumed)|$bin/resumed validate FILE"
  "hackmyresume|$(version hackmyresume)|$bin/hackmyresume validate FILE"
  "ajv + ajv-formats|$(version ajv) + $(version ajv-formats)|node $work/ajv-validate.mjs $repo/schema/resume.schema.json FILE"
)

results="$work/results.tsv" # name, version, file, median ms, exit code, peak RSS KiB, crashed
: >"$results"
for entry in "${tools[@]}"; do
  IFS='|' read -r name ver command <<<"$entry"
  for file in sample broken; do
    cmd=${command//FILE/$work/$file.json}
    code=0
    /usr/bin/time -v -o "$work/time.txt" $cmd >"$work/out.txt" 2>"$work/err.txt" || code=$?
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    crashed=no
    grep -qE '^\s+at |Error \[|TypeError|ReferenceError' "$work/err.txt" "$work/out.txt" && crashed=yes
    echo "-- $name, $file.json: exit $code, peak RSS ${rss} KiB, crashed: $crashed"
    hyperfine -N -i --warmup 3 --min-runs 10 --style basic --export-json "$work/h.json" "$cmd" >/dev/null
    median=$(jq '.results[0].median * 1000' "$work/h.json")
    printf '%s\t%s\t%s\t%.1f\t%s\t%s\t%s\n' "$name" "$ver" "$file" "$median" "$code" "$rss" "$crashed" >>"$results"
  done
done

# The rest of issue 11's table, in the same run: in process (the corpus set against ajv, render), many files in one
# process (against ajv-cli), and the dotnet tool's start-up.
echo "== in process: validate the corpus set (ours and ajv), render the sample"
corpus_dir=$(dirname "$sample")/../../corpus/json
[ -d "$corpus_dir" ] || corpus_dir=$repo/examples/invalid
dotnet build bench/JsonResume.Benchmarks -c Release -o "$work/bench" -nologo -v q >"$work/bench.log" 2>&1 \
  || { cat "$work/bench.log" >&2; exit 1; }
dotnet "$work/bench/JsonResume.Benchmarks.dll" --cpu-time | tee "$work/cpu.txt"
ours_corpus=$(awk '$1 == "Corpus" {print $2}' "$work/cpu.txt")
cp bench/ajv-corpus.mjs "$work/"
node "$work/ajv-corpus.mjs" "$repo/schema/resume.schema.json" "$corpus_dir" | tee "$work/ajv-corpus.txt"
ajv_corpus=$(awk '{print $(NF-5)}' "$work/ajv-corpus.txt")
dotnet "$work/bench/JsonResume.Benchmarks.dll" --render-cpu-time | tee "$work/render.txt"
render() { awk -v f="$1" '$1 == f {gsub(",", "", $8); print $8}' "$work/render.txt"; }

echo "== 1,000 files in one process"
mkdir -p "$work/batch"
for i in $(seq -w 1 1000); do cp "$sample" "$work/batch/r$i.json"; done
one="$work/batch/r0001.json"
hfmean() { hyperfine -N -i --warmup 2 --min-runs 10 --style basic --export-json "$work/h.json" "$1" >/dev/null; jq '.results[0].mean * 1000' "$work/h.json"; }
t_one=$(hfmean "taskset -c 0 $aot validate $one")
t_core=$(hfmean "taskset -c 0 $aot validate $work/batch/*.json --jobs 1")
t_j1=$(hfmean "$aot validate $work/batch/*.json --jobs 1")
t_j2=$(hfmean "$aot validate $work/batch/*.json --jobs 2")
t_ajvcli=$(hfmean "$bin/ajv validate --all-errors --strict=false -c ajv-formats -s $repo/schema/resume.schema.json -d $work/batch/*.json")

echo "== the dotnet tool: render and convert"
t_render=$(hfmean "$tool render $repo/examples/resume.json -t markdown")
t_render_html=$(hfmean "$tool render $repo/examples/resume.json -t html")
t_convert_md=$(hfmean "$tool convert $repo/examples/resume.md")
t_convert_txt=$(hfmean "$tool convert $repo/examples/handwritten/cv.txt")

targets="$work/targets.md"
python3 - "$targets" "$ours_corpus" "$ajv_corpus" "$(render Markdown)" "$(render Text)" "$(render Html)" \
  "$t_one" "$t_core" "$t_j1" "$t_j2" "$t_ajvcli" "$t_render" "$t_render_html" "$t_convert_md" "$t_convert_txt" \
  "$(basename "$(realpath "$corpus_dir")")" <<'PY'
import sys
(out, ours, ajv, md, txt, html, one, core, j1, j2, ajvcli, render, render_html, conv_md, conv_txt, corpus) = sys.argv[1:]
f = lambda s: float(s)
ours, ajv, one, core, j1, j2, ajvcli = map(f, (ours, ajv, one, core, j1, j2, ajvcli))
per_s = lambda t: 1000 / ((t - one) / 1000)
verdict = lambda ok: "met" if ok else "NOT met"
rows = [
    ("in process: validate every file of `corpus/" + corpus + "` (CPU per set, best of 7 × 500)",
     f"{ours:.0f} µs", f"ajv {ajv:.0f} µs", f"{ajv / ours:.2f}×", "≥ 2×", verdict(ajv / ours >= 2)),
    ("1,000 copies of the sample in one process, `--jobs 1`, one core (files/s after start-up)",
     f"{core:.1f} ms ({per_s(core):,.0f} files/s)", f"ajv-cli {ajvcli:.1f} ms", f"{ajvcli / core:.1f}×", "≥ 20,000 files/s",
     verdict(per_s(core) >= 20000)),
    ("the same, `--jobs 2` against `--jobs 1` on 2 cores", f"{j2:.1f} ms against {j1:.1f} ms", "–",
     f"{(j1 - one) / (j2 - one):.2f}×", "≥ 1.7× or `--help` says when it does not pay", "see `--help`" if (j1 - one) / (j2 - one) < 1.7 else "met"),
    ("render the sample in process (documents per CPU-second): Markdown / text / HTML", f"{md} / {txt} / {html}", "–", "–",
     "≥ 40,000/s each", verdict(min(f(md), f(txt), f(html)) >= 40000)),
    ("dotnet tool: `render examples/resume.json -t markdown` / `-t html`", f"{f(render):.0f} / {f(render_html):.0f} ms", "–", "–",
     "≤ 250 ms", verdict(max(f(render), f(render_html)) <= 250)),
    ("dotnet tool: `convert examples/resume.md` / `examples/handwritten/cv.txt`", f"{f(conv_md):.0f} / {f(conv_txt):.0f} ms", "–", "–",
     "≤ 250 ms", verdict(max(f(conv_md), f(conv_txt)) <= 250)),
]
with open(out, "w") as w:
    w.write("\nThe rest of issue 11's table, same run (wall-clock means by hyperfine unless CPU is said; the one-file run, "
            f"{one:.1f} ms pinned to one core, is subtracted for files per second):\n\n")
    w.write("| job | ours | peer | ratio | target | |\n| --- | ---: | ---: | ---: | --- | --- |\n")
    for r in rows:
        w.write("| " + " | ".join(r) + " |\n")
PY

# The Markdown section.
section="$work/section.md"
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
load=$(cut -d' ' -f1-3 /proc/loadavg)
awk -F'\t' -v cpu="$cpu" -v cores="$(nproc)" -v date="$(date -u +%Y-%m-%d)" \
    -v load="$load" -v node="$(node --version)" -v hf="$(hyperfine --version | cut -d' ' -f2)" -v sample="$(basename "$sample")" '
  { key = $1 SUBSEP $3; median[key] = $4; code[key] = $5; rss[key] = $6; crashed[key] = $7
    if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1; ver[$1] = $2 } }
  function note(name) {
    if (name ~ /floor/) return "prints a line: what any native .NET program costs to start"
    if (name ~ /--version/) return "prints the version"
    if (name ~ /^jsonresume/) return "exit 1 with every problem at its line:column"
    if (name ~ /newest/) return "installed without @jsonresume/ats-validator (missing from the registry; only `resume audit` uses it)"
    if (name == "resume-cli") return "accepts an invalid URL (this file fails on the email and the date)"
    if (name == "resumed") return "crashes on any invalid file (a TypeError while printing the errors)"
    if (name == "hackmyresume") return "exits 0 on invalid files"
    return "a bare schema check: messages without lines"
  }
  END {
    aot = "jsonresume (native AOT)"
    print "Validating the official sample (`" sample "`) and a broken copy of it (a bad email, a URL without a"
    print "scheme, a non-ISO date): median wall time of one `validate` run, measured by hyperfine (`-N`, 3 warm-ups,"
    print "at least 10 runs), and peak resident memory of one run (`/usr/bin/time -v`). `× AOT` is how many times"
    print "longer than our native binary. Run on " date ": " cores " cores, " cpu " (load average " load " at the end:"
    print "other work on the machine inflates absolute times more than ratios); node " node ", hyperfine " hf "."
    print ""
    print "| tool | version | sample: median | × AOT | broken: median | × AOT | exit on broken | peak RSS | known failures |"
    print "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    for (i = 1; i <= n; i++) {
      t = order[i]; s = t SUBSEP "sample"; b = t SUBSEP "broken"
      printf "| %s | %s | %.1f ms | %.1f× | %.1f ms | %.1f× | %s%s | %.1f MB | %s |\n", t, ver[t], median[s], median[s] / median[aot SUBSEP "sample"], median[b], median[b] / median[aot SUBSEP "broken"], code[b], (crashed[b] == "yes" ? " (crash)" : ""), rss[s] / 1024, note(t)
    }
    ratio = median["resumed" SUBSEP "sample"] / median[aot SUBSEP "sample"]
    floor = median[aot SUBSEP "sample"] / median["AOT hello world (floor)" SUBSEP "sample"]
    version = median["jsonresume --version (native AOT)" SUBSEP "sample"] / median["AOT hello world (floor)" SUBSEP "sample"]
    mb = rss[aot SUBSEP "sample"] / 1024
    print ""
    printf "Targets (issue 11): native `validate` at least 30× faster than `resumed validate`: **%.1f×** (%s); within 1.5× of the AOT hello world: **%.2f×** (%s); `--version` within 1.5× of it: **%.2f×** (%s); peak RSS at most 30 MB: **%.1f MB** (%s).\n", ratio, (ratio >= 30 ? "met" : "NOT met"), floor, (floor <= 1.5 ? "met" : "NOT met"), version, (version <= 1.5 ? "met" : "NOT met"), mb, (mb <= 30 ? "met" : "NOT met")
  }' "$results" >"$section"
cat "$targets" >>"$section"

doc=docs/benchmarks.md
mkdir -p docs
start='<!-- compare-peers:start (written by bench/compare-peers.sh; do not edit by hand) -->'
end='<!-- compare-peers:end -->'
if [ ! -f "$doc" ]; then
  printf '# Benchmarks\n' >"$doc"
fi
{
  if grep -qF "$start" "$doc"; then
    awk -v start="$start" '$0 == start {exit} {print}' "$doc"
  else
    cat "$doc"
    echo
  fi
  echo "$start"
  echo "## Side by side with the npm tools"
  echo
  echo "Reproduce with \`bench/compare-peers.sh\` (needs node/npm and hyperfine)."
  echo
  cat "$section"
  echo "$end"
  if grep -qF "$end" "$doc"; then
    awk -v end="$end" 'found {print} $0 == end {found = 1}' "$doc"
  fi
} >"$work/doc.md"
mv "$work/doc.md" "$doc"
echo "== wrote $doc"
cat "$section"
