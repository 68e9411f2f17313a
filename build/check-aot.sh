#!/usr/bin/env bash
# Keeps the native AOT build of jsonresume clean and working (README: "Native binary"):
#   1. publishes src/JsonResume.Cli.Lean for linux-x64 with PublishAot=true, from scratch (the linux-x64 intermediate
#      folders are removed first: the trim and AOT analysis only speaks when the native code is really compiled); that
#      publishes both executables: jsonresume (validate, schema, init) and jsonresume-full (every command, the one the
#      front executable hands render, convert, roundtrip and migrate to);
#   2. fails on any trim or AOT warning (IL2xxx, IL3xxx) or a failed publish;
#   3. runs them: every command through jsonresume (so the hand-over too), validate through jsonresume-full alone, and
#      a companion command without the companion, with the exit codes and output they must give.
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
rm -rf "$alone"
echo "check-aot: OK: no trim/AOT warnings; validate (JSON and YAML), schema, init, migrate, render and roundtrip work through the native front executable and its companion"
