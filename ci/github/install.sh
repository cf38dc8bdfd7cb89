#!/usr/bin/env bash
# Step 1 of action.yml: make ssot-check runnable and write the command that runs it to GITHUB_OUTPUT (command=...).
#   INPUT_COMMAND       a command that already runs ssot-check (e.g. "dotnet path/to/ssot-check.dll"); installs nothing
#   INPUT_VERSION       the Netra.Ssot.Cli version to install with 'dotnet tool install' (default: the latest)
#   INPUT_TOOL_SOURCE   an extra NuGet source for 'dotnet tool install' (a local folder feed, a private feed)
# The recommended install is a local tool manifest (.config/dotnet-tools.json or dotnet-tools.json in the
# repository) that lists netra.ssot.cli: then this runs 'dotnet tool restore' and the command is 'dotnet ssot-check'.
set -euo pipefail

workspace=${GITHUB_WORKSPACE:-$PWD}
output=${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set (this script runs as a GitHub Actions step)}

if [ -n "${INPUT_COMMAND:-}" ]; then
  echo "ssot-check: using the given command: $INPUT_COMMAND"
  echo "command=$INPUT_COMMAND" >>"$output"
  exit 0
fi

for manifest in "$workspace/.config/dotnet-tools.json" "$workspace/dotnet-tools.json"; do
  if [ -f "$manifest" ] && grep -qi '"netra\.ssot\.cli"' "$manifest"; then
    echo "ssot-check: restoring the local tool manifest ${manifest#"$workspace/"}"
    (cd "$workspace" && dotnet tool restore)
    echo "command=dotnet ssot-check" >>"$output"
    exit 0
  fi
done

tool_path="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/netra-ssot-tool"
args=(tool install Netra.Ssot.Cli --tool-path "$tool_path")
if [ -n "${INPUT_VERSION:-}" ]; then
  args+=(--version "$INPUT_VERSION")
fi
if [ -n "${INPUT_TOOL_SOURCE:-}" ]; then
  args+=(--add-source "$INPUT_TOOL_SOURCE")
fi
echo "ssot-check: no local tool manifest lists netra.ssot.cli; dotnet ${args[*]}"
dotnet "${args[@]}"
echo "command=$tool_path/ssot-check" >>"$output"
