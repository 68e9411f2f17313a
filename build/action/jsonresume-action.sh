#!/usr/bin/env bash
# The steps of the repository's GitHub Action (action.yml), kept in a script so that tests can run them exactly.
#   jsonresume-action.sh install    uses `jsonresume` from the PATH, or installs the JsonResume.Cli tool with dotnet
#   jsonresume-action.sh validate   validates INPUT_FILES with --format github (annotations); with INPUT_SARIF=true also
#                                   writes a SARIF report and names it in the step's `sarif-file` output
# Exit codes are the tool's: 0 valid, 1 findings (invalid résumé), 2 usage or read error.
set -uo pipefail

tool_dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/jsonresume-tool"

case "${1:-}" in
  install)
    if command -v jsonresume >/dev/null 2>&1; then
      echo "Using $(command -v jsonresume) ($(jsonresume --version))"
      exit 0
    fi
    if ! command -v dotnet >/dev/null 2>&1; then
      echo "::error title=jsonresume::Neither jsonresume nor dotnet is on the PATH. Add actions/setup-dotnet (dotnet-version 10.0.x) before this action."
      exit 2
    fi
    args=(tool install --tool-path "$tool_dir" JsonResume.Cli)
    [ -n "${INPUT_VERSION:-}" ] && args+=(--version "$INPUT_VERSION")
    [ -n "${INPUT_SOURCE:-}" ] && args+=(--add-source "$INPUT_SOURCE")
    if ! dotnet "${args[@]}"; then
      echo "::error title=jsonresume::Could not install the JsonResume.Cli tool (dotnet ${args[*]})."
      exit 2
    fi
    [ -n "${GITHUB_PATH:-}" ] && echo "$tool_dir" >> "$GITHUB_PATH"
    echo "Installed $("$tool_dir/jsonresume" --version) into $tool_dir"
    ;;

  validate)
    jsonresume=jsonresume
    command -v jsonresume >/dev/null 2>&1 || jsonresume="$tool_dir/jsonresume"
    # The patterns go to the tool unexpanded (it expands globs itself, ** included), split on white space.
    # Quotes around a word are removed (users write globs quoted out of habit; nothing here would expand them).
    set -f
    files=()
    # shellcheck disable=SC2206
    for word in ${INPUT_FILES:-resume.json}; do
      case "$word" in
        \'*\') word=${word:1:${#word}-2} ;;
        \"*\") word=${word:1:${#word}-2} ;;
      esac
      files+=("$word")
    done
    set +f
    if [ "${#files[@]}" -eq 0 ]; then
      echo "::error title=jsonresume::The files input is empty."
      exit 2
    fi
    options=()
    [ "${INPUT_STRICT:-false}" = true ] && options+=(--strict)

    "$jsonresume" validate --format github "${options[@]}" -- "${files[@]}"
    status=$?
    if [ "${INPUT_SARIF:-false}" = true ]; then
      sarif="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/jsonresume.sarif"
      "$jsonresume" validate --format sarif "${options[@]}" -- "${files[@]}" > "$sarif"
      sarif_status=$?
      # Findings (exit 1) still make a report worth uploading; a usage or read error (2) does not.
      if [ "$sarif_status" -le 1 ] && [ -n "${GITHUB_OUTPUT:-}" ]; then
        echo "sarif-file=$sarif" >> "$GITHUB_OUTPUT"
      fi
    fi
    exit "$status"
    ;;

  *)
    echo "usage: $0 install|validate" >&2
    exit 2
    ;;
esac
