#!/usr/bin/env bash
# The JSON API against its own OpenAPI schema. schemathesis sends a few generated requests to the
# operations of a live server holding the demo, authenticated with API tokens: first as the demo's
# mentee to the operations of her mentorship and groups (path ids fixed to hers, see
# schemathesis_setup.py), then as the programme manager to every operation. It fails on a server
# error, a body unlike the documented one, or a status code the schema does not document.
# Needs the test extras installed (scripts/test.sh does that). SCHEMATHESIS_EXAMPLES and
# SCHEMATHESIS_SEED change how many requests, and which; arguments are passed on to each
# `schemathesis run` (e.g. --include-path-regex goals).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-$PWD/.venv}"
PY="$VENV/bin/python"
DATA="$(mktemp -d)"
PORT="${SCHEMATHESIS_PORT:-$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export CROSSMENTOR_DATA_DIR="$DATA" SITE_URL="http://127.0.0.1:$PORT" SCHEMATHESIS_CONFIG_DIR="$DATA"
unset DATABASE_URL REDIS_URL

"$PY" manage.py migrate --noinput >/dev/null
"$PY" manage.py demo >/dev/null
"$PY" manage.py shell --no-imports <.ci/schemathesis_setup.py

"$PY" manage.py runserver "127.0.0.1:$PORT" --noreload >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"' EXIT

check() {
  # $1: the persona (its config file); then schemathesis options
  local persona="$1"
  shift
  echo "== schemathesis as the demo's $persona"
  "$VENV/bin/schemathesis" --no-color --config-file "$DATA/$persona.toml" run "$SITE_URL/api/openapi.json" \
    --wait-for-schema 60 \
    --checks not_a_server_error,response_schema_conformance,status_code_conformance \
    --phases coverage,fuzzing \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-5}" \
    --seed "${SCHEMATHESIS_SEED:-11}" \
    --workers 2 \
    --request-timeout 60 \
    "$@"
}

rc=0
check mentee --include-path-regex '/(mentorships|requests|groups|needs)\b' "$@" || rc=$?
check manager "$@" || rc=$?
if [ "$rc" -ne 0 ]; then
  echo "== the server's log (last lines)" >&2
  tail -n 60 "$DATA/server.log" >&2
fi
exit "$rc"
