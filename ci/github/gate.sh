#!/usr/bin/env bash
# Last step of action.yml: fail the job when ssot-check's gate failed and INPUT_FAIL_ON_GATE is true.
#   GATE                passed | failed | error (run.sh's output); SARIF: the SARIF report, for the reason
#   INPUT_FAIL_ON_GATE  true | false
set -uo pipefail

if [ "${GATE:-}" != failed ]; then
  exit 0
fi
reason=""
if [ -n "${SARIF:-}" ] && [ -f "$SARIF" ] && command -v jq >/dev/null; then
  reason=$(jq -r '.runs[0].properties.gateReason // empty' "$SARIF")
fi
if [ "${INPUT_FAIL_ON_GATE:-true}" = true ]; then
  echo "::error title=ssot-check::Gate failed${reason:+: $reason}"
  exit 1
fi
echo "::warning title=ssot-check::Gate failed${reason:+: $reason} (fail-on-gate is false)"
