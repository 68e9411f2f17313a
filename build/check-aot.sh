#!/usr/bin/env bash
# Keeps the native AOT build of jsonresume clean and working (README: "Native binary"):
#   1. publishes src/JsonResume.Cli.Lean for linux-x64 with PublishAot=true, from scratch (the linux-x64 intermediate
#      folders are removed first: the trim and AOT analysis only speaks when the native code is really compiled); that
#      publishes both executables: jsonresume (validate, schema, init) and jsonresume-full (every command, the one the
#      front executable hands render, convert, roundtrip and migrate to);
#   2. fails on any trim or AOT warning (IL2xxx, IL3xxx) or a failed publish;
#   3. runs them: every command through jsonresume (so the hand-over too), validate through jsonresume-full alone, and
#      a companion command without the companion, with the exit codes and output they must give;
#   4. packs the .NET tool as it ships (the pointer package JsonResume.Cli and the per-platform packages, here those of
#      linux-x64, compiled ReadyToRun, and of 'any', the plain IL one), installs it from that feed and runs it (the
#      test run packs the platform-independent form only: tests/JsonResume.Tests/Packaging).
# Output: artifacts/aot/linux-x64/{jsonresume,jsonresume-full} (override the folder with AOT_OUT).
# Log: artifacts/aot-publish.log.
set -euo pipefail
cd "$(dirname "$0")/.."

rid=linux-x64
out=${AOT_OUT:-artifacts/aot/$rid}
log=artifacts/aot-publish.log
mkdir -p artifacts
rm -rf "$out" "src/JsonResume.Cli/obj/Release/net10.0/$rid" "src/JsonResume.Cli.Lean/obj/Release/net10.0/$rid"

fail() { echo "check-aot: FAILED: $*" >&2; exit 1; }

echo "check-aot: dotnet publish src/JsonResume.Cli.Lean -c Release -r $rid -p:PublishAot=true"
start=$SECONDS
status=0
dotnet publish src/JsonResume.Cli.Lean -c Release -r "$rid" -p:PublishAot=true -o "$out" \
  -nologo -tl:off >"$log" 2>&1 || status=$?
echo "check-aot: publish took $((SECONDS - start)) s (exit $status)"
if grep -E 'warning IL[23][0-9]{3}' "$log" | sort -u; then
  fail "trim/AOT warnings above (full log: $log)"
fi
[ "$status" -eq 0 ] || { tail -n 40 "$log" >&2; fail "dotnet publish exited with $status (full log: $log)"; }

bin=$out/jsonresume
full=$out/jsonresume-full
[ -x "$bin" ] || fail "$bin was not produced"
[ -x "$full" ] || fail "$full was not produced"
echo "check-aot: $bin, $(du -k "$bin" | cut -f1) KiB; $full, $(du -k "$full" | cut -f1) KiB"
# What the front executable must not hold (its start-up grows with its size): YAML input goes to the companion.
for absent in YamlDotNet RegexInterpreter SymbolicRegexBuilder; do
  if LC_ALL=C grep -q "$absent" "$bin"; then fail "$bin holds $absent"; fi
done

# expect CODE COMMAND...: runs COMMAND, which must exit with CODE; its standard output is kept in $output.
expect() {
  local want=$1; shift
  local got=0
  output=$("$@" 2>/tmp/check-aot-stderr.$$) || got=$?
  if [ "$got" -ne "$want" ]; then
    cat /tmp/check-aot-stderr.$$ >&2; rm -f /tmp/check-aot-stderr.$$
    fail "'$*' exited with $got, expected $want. Output: $output"
  fi
  rm -f /tmp/check-aot-stderr.$$
}

expect 0 "$bin" validate examples/resume.json
[ "$output" = "examples/resume.json: valid" ] || fail "validate printed: $output"
expect 2 "$bin" validate examples/invalid/trailing-comma.json
expect 0 "$bin" validate --format sarif --jobs 2 examples/resume.json examples/invalid/old-field-names.json
expect 0 "$bin" schema
[ "$output" = "$(cat schema/resume.schema.json)" ] || fail "schema does not print the bundled schema"
expect 0 "$bin" init -
[ "$output" = "$(cat examples/resume.json)" ] || fail "init - does not print examples/resume.json"
expect 0 "$bin" migrate examples/invalid/old-field-names.json
printf '%s\n' "$output" | "$bin" validate --strict - >/dev/null || fail "the migrated example does not validate with --strict"
# YAML goes through YamlDotNet's parser and emitter, which must stay reflection-free in the binary.
expect 1 "$bin" validate examples/invalid/bad-dates.yaml
case $output in *"bad-dates.yaml:7:16: error JR1002"*) ;; *) fail "validate of YAML printed: $output" ;; esac
expect 0 "$bin" render examples/resume.yaml --to json
[ "$output" = "$("$bin" render examples/resume.json --to json)" ] || fail "render of examples/resume.yaml --to json differs from the JSON's"
expect 0 "$bin" render examples/resume.json --to yaml
[ "$output" = "$(cat examples/resume.yaml)" ] || fail "render --to yaml does not give examples/resume.yaml"
# Both executables are the same tool: the full one alone validates, and --help lists every command in both.
expect 0 "$full" validate examples/resume.json
[ "$output" = "examples/resume.json: valid" ] || fail "jsonresume-full validate printed: $output"
expect 0 "$bin" --help
lean_help=$output
expect 0 "$full" --help
[ "$lean_help" = "${output//jsonresume-full/jsonresume}" ] || fail "jsonresume --help differs from jsonresume-full --help"
# The companion names the command users typed in its help and messages.
expect 0 "$bin" migrate --help
case $output in *"jsonresume migrate"*) ;; *) fail "migrate --help through the front executable printed: $output" ;; esac
expect 0 "$bin" render examples/resume.json -t markdown
[ "$output" = "$(cat examples/resume.md)" ] || fail "render through the front executable does not give examples/resume.md"
expect 0 "$bin" roundtrip examples/resume.json
case $output in *"markdown: lossless"*"text: lossless"*) ;; *) fail "roundtrip through the front executable printed: $output" ;; esac
# Without its companion the front executable still validates, and says what is missing for the rest.
alone=$(mktemp -d)
cp "$bin" "$alone/jsonresume"
expect 0 "$alone/jsonresume" validate examples/resume.json
expect 2 "$alone/jsonresume" convert examples/resume.md
expect 2 "$alone/jsonresume" validate examples/resume.yaml
rm -rf "$alone"
echo "check-aot: OK: no trim/AOT warnings; validate (JSON and YAML), schema, init, migrate, render and roundtrip work through the native front executable and its companion"

# 4. The .NET tool's packages: dotnet tool install picks JsonResume.Cli.linux-x64 here, with ReadyToRun code.
tool=$(mktemp -d)
echo "check-aot: dotnet pack src/JsonResume.Cli -c Release (tool packages for linux-x64 and any)"
start=$SECONDS
status=0
dotnet pack src/JsonResume.Cli -c Release -o "$tool/feed" "-p:ToolPackageRuntimeIdentifiers=\"$rid;any\"" \
  "-p:NuspecOutputPath=$tool/nuspec/" -nologo -tl:off >artifacts/tool-pack.log 2>&1 || status=$?
echo "check-aot: tool pack took $((SECONDS - start)) s (exit $status)"
[ "$status" -eq 0 ] || { tail -n 40 artifacts/tool-pack.log >&2; fail "dotnet pack of the tool exited with $status (log: artifacts/tool-pack.log)"; }
for id in JsonResume.Cli JsonResume.Cli.$rid JsonResume.Cli.any; do
  ls "$tool/feed/$id".[0-9]*.nupkg >/dev/null 2>&1 || fail "the tool pack gave no $id package: $(ls "$tool/feed")"
done
version=$(cd "$tool/feed" && ls JsonResume.Cli.[0-9]*.nupkg | sed 's/^JsonResume\.Cli\.//; s/\.nupkg$//')
NUGET_PACKAGES=$tool/packages dotnet tool install --tool-path "$tool/bin" --add-source "$tool/feed" JsonResume.Cli \
  --version "$version" >artifacts/tool-install.log 2>&1 || { cat artifacts/tool-install.log >&2; fail "dotnet tool install from the packed feed failed"; }
installed=$(find "$tool/bin/.store" -path "*/tools/net10.0/$rid/jsonresume.dll")
[ -n "$installed" ] || fail "dotnet tool install did not install the $rid package: $(find "$tool/bin/.store" -name jsonresume.dll)"
# A ReadyToRun image carries the signature RTR in its header; the plain IL of the any package does not.
LC_ALL=C grep -q RTR "$installed" || fail "$installed has no ReadyToRun code"
unzip -p "$tool/feed"/JsonResume.Cli.any.[0-9]*.nupkg tools/net10.0/any/jsonresume.dll | LC_ALL=C grep -q RTR \
  && fail "the any package's jsonresume.dll has ReadyToRun code"
expect 0 "$tool/bin/jsonresume" render examples/resume.json -t markdown
[ "$output" = "$(cat examples/resume.md)" ] || fail "render by the installed tool does not give examples/resume.md"
expect 0 "$tool/bin/jsonresume" convert examples/resume.md
expect 1 "$tool/bin/jsonresume" validate examples/invalid/bad-dates.yaml
rm -rf "$tool"
echo "check-aot: OK: the .NET tool installs from its per-platform packages ($rid, ReadyToRun) and runs"
