#!/usr/bin/env bash
# Install Crossmentor, load the demo and start it on http://127.0.0.1:8000 (SQLite, inline tasks).
source "$(dirname "$0")/_env.sh"
ensure_venv ""
export PATH="$ROOT/.venv/bin:$PATH"
# Links in the demo's output and its mails point at the port the server really listens on.
export SITE_URL="${SITE_URL:-http://127.0.0.1:${PORT:-8000}}"
crossmentor migrate --noinput >/dev/null
crossmentor demo
crossmentor compilemessages --ignore=.venv >/dev/null 2>&1 || true
echo
echo "Crossmentor is starting on http://127.0.0.1:${PORT:-8000}/  (Ctrl+C stops it)"
exec crossmentor runserver "127.0.0.1:${PORT:-8000}" --noreload
