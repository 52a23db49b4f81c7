#!/usr/bin/env bash
# Install everything the tests need, then run the whole suite: lint, unit and integration tests
# (on SQLite, or on the database DATABASE_URL names), then the browser tests in Debian's chromium.
source "$(dirname "$0")/_env.sh"
ensure_venv "[test]"
export PATH="$ROOT/.venv/bin:$PATH"

run_pytest() {
  local rc=0
  pytest "$@" || rc=$?
  if [ "$rc" -eq 5 ]; then
    echo "pytest collected no tests for: $*" >&2
    return 1
  fi
  return "$rc"
}

ruff check .
ruff format --check .
run_pytest -n "${TEST_WORKERS:-2}" -m "not browser"
if [ "${SKIP_BROWSER:-0}" != "1" ]; then
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = "0" ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
    else
      echo "The browser tests need Debian's chromium: sudo apt-get install chromium" >&2
      exit 1
    fi
  fi
  run_pytest -m browser
fi
