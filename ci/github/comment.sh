#!/usr/bin/env bash
# Step 4 of action.yml: post the markdown report as one pull-request comment, or update the one posted before.
# The comment starts with a hidden marker; a later run finds the comment by it and edits it (PATCH) instead of
# adding another (POST). Does nothing outside a pull request, without a markdown report, or when INPUT_COMMENT
# is not true. A comment that cannot be posted (a fork's read-only token) is a warning, never a failed job.
#   INPUT_COMMENT   true | false
#   MARKDOWN        the markdown report (run.sh's output)
#   GH_TOKEN        the token gh uses (GITHUB_TOKEN with pull-requests: write)
#   GITHUB_REPOSITORY, GITHUB_EVENT_PATH   set by the runner
set -uo pipefail

marker='<!-- netra-ssot -->'

if [ "${INPUT_COMMENT:-true}" != true ]; then
  echo "ssot-check: comment is off"
  exit 0
fi
if [ -z "${MARKDOWN:-}" ] || [ ! -f "$MARKDOWN" ]; then
  echo "ssot-check: no markdown report to comment with"
  exit 0
fi
pr=""
if [ -n "${GITHUB_EVENT_PATH:-}" ] && [ -f "$GITHUB_EVENT_PATH" ]; then
  pr=$(jq -r '.pull_request.number // empty' "$GITHUB_EVENT_PATH")
fi
if [ -z "$pr" ]; then
  echo "ssot-check: not a pull request; no comment"
  exit 0
fi
repository=${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}

body=$(mktemp)
trap 'rm -f "$body"' EXIT
# The marker line must not push a report at GitHub's limit (65,536 characters, counted as ssot-check counts them, in
# UTF-16 units) over it: such a body keeps the whole lines that fit, and a note.
jq -Rsj --arg marker "$marker" --argjson max 65536 '
  def units: [explode[] | if . > 65535 then 2 else 1 end] | add // 0;
  ($marker + "\n") as $head
  | "\n… (cut to fit GitHub'"'"'s 65,536-character limit on a comment; the job summary and the SARIF report have everything)\n" as $note
  | if (($head + .) | units) <= $max then $head + .
    else reduce (split("\n")[] | . + "\n") as $line (
        {text: $head, length: ($head | units), full: false};
        if .full then .
        elif .length + ($line | units) + ($note | units) <= $max then .text += $line | .length += ($line | units)
        else .full = true
        end)
      | .text + $note
    end' "$MARKDOWN" >"$body"

if ! comments=$(gh api --paginate "repos/$repository/issues/$pr/comments"); then
  echo "::warning title=ssot-check::could not list the comments of pull request #$pr; no comment posted"
  exit 0
fi
# --paginate prints one JSON array per page; jq reads them one after another.
existing=$(jq -r --arg marker "$marker" '.[] | select(.body | startswith($marker)) | .id' <<<"$comments" | head -n 1)

if [ -n "$existing" ]; then
  gh api --method PATCH "repos/$repository/issues/comments/$existing" -F "body=@$body" >/dev/null \
    && echo "ssot-check: updated comment $existing on pull request #$pr" \
    || echo "::warning title=ssot-check::could not update comment $existing on pull request #$pr"
else
  gh api --method POST "repos/$repository/issues/$pr/comments" -F "body=@$body" >/dev/null \
    && echo "ssot-check: commented on pull request #$pr" \
    || echo "::warning title=ssot-check::could not comment on pull request #$pr (a fork's token is read-only)"
fi
exit 0
