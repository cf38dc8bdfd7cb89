#!/usr/bin/env bash
# Step 2 of action.yml: run ssot-check once, write every report, and describe the run in GITHUB_OUTPUT:
#   exit-code, gate (passed | failed | error), score, mission-score, sarif, markdown, badge
# (a file output only when the file was written). Exit 0 when ssot-check said "gate passed" (0) or "gate failed" (1),
# so that the SARIF upload and the comment still run; the last step of the action fails the job on the gate.
# Any other exit of ssot-check (2 usage or configuration, 3 load, 4 internal error, 130/143 signals) fails this step
# with an error annotation that carries ssot-check's own message.
#   SSOT_CHECK            the command that runs ssot-check (install.sh's output), split at spaces
#   INPUT_PATH            solution, project or folder, relative to the repository root (default: .)
#   INPUT_CONFIG          ssot.json to use (default: the nearest one at or above the path)
#   INPUT_MISSION_ONLY    true: only mission-critical findings
#   INPUT_MIN_SCORE       --min-score (default: thresholds.overall of ssot.json)
#   INPUT_SARIF, INPUT_MARKDOWN   report files (default: in RUNNER_TEMP/netra-ssot); INPUT_BADGE: the SVG badge (none by default)
#   INPUT_ARGS            more ssot-check options, split at spaces (e.g. --baseline ssot-baseline.json)
set -uo pipefail

output=${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set (this script runs as a GitHub Actions step)}
cd "${GITHUB_WORKSPACE:-$PWD}" || exit 2
read -r -a command <<<"${SSOT_CHECK:?SSOT_CHECK is not set (the command output of the install step)}"
reports="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/netra-ssot"
sarif=${INPUT_SARIF:-$reports/ssot-check.sarif}
markdown=${INPUT_MARKDOWN:-$reports/ssot-check.md}
badge=${INPUT_BADGE:-}

args=("${INPUT_PATH:-.}" --no-progress --report text=- --report "sarif=$sarif" --report "markdown=$markdown")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ "${INPUT_MISSION_ONLY:-false}" = true ] && args+=(--mission-only)
[ -n "${INPUT_MIN_SCORE:-}" ] && args+=(--min-score "$INPUT_MIN_SCORE")
[ -n "$badge" ] && args+=(--badge "$badge")
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<<"$INPUT_ARGS"
  args+=("${extra[@]}")
fi

# Reports written by an earlier run must not pass for this run's.
rm -f -- "$sarif" "$markdown"
errors=$(mktemp)
echo "ssot-check: ${command[*]} ${args[*]}"
"${command[@]}" "${args[@]}" 2>"$errors"
exit_code=$?
cat "$errors" >&2

case $exit_code in
  0) gate=passed ;;
  1) gate=failed ;;
  *) gate=error ;;
esac

score=""
mission_score=""
# The score of a run that stopped on an error (an invalid ssot.json) means nothing: left empty.
if [ "$gate" != error ] && [ -f "$sarif" ] && command -v jq >/dev/null; then
  one_decimal() { [ -n "$1" ] && LC_ALL=C printf '%.1f' "$1"; }
  score=$(one_decimal "$(jq -r '.runs[0].properties.score.overall // empty' "$sarif")")
  mission_score=$(one_decimal "$(jq -r '.runs[0].properties.score.mission // empty' "$sarif")")
fi

{
  echo "exit-code=$exit_code"
  echo "gate=$gate"
  echo "score=$score"
  echo "mission-score=$mission_score"
  if [ -f "$sarif" ]; then echo "sarif=$sarif"; else echo "sarif="; fi
  if [ -f "$markdown" ]; then echo "markdown=$markdown"; else echo "markdown="; fi
  if [ -n "$badge" ] && [ -f "$badge" ]; then echo "badge=$badge"; else echo "badge="; fi
} >>"$output"

if [ -f "$markdown" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$markdown" >>"$GITHUB_STEP_SUMMARY"
fi

case $exit_code in
  0 | 1) rm -f "$errors"; exit 0 ;;
  2) meaning="usage or configuration error" ;;
  3) meaning="the solution could not be loaded" ;;
  4) meaning="internal error in ssot-check (please report it)" ;;
  130) meaning="cancelled (SIGINT)" ;;
  143) meaning="terminated (SIGTERM)" ;;
  *) meaning="unexpected exit code" ;;
esac
# The first lines ssot-check wrote on stderr say what went wrong (a located error, the load failure).
message=$(grep -v '^[[:space:]]*$' "$errors" | head -n 5)
rm -f "$errors"
message="ssot-check exited $exit_code ($meaning)${message:+: $message}"
message=${message//'%'/'%25'}
message=${message//$'\r'/'%0D'}
message=${message//$'\n'/'%0A'}
echo "::error title=ssot-check::$message"
exit "$exit_code"
