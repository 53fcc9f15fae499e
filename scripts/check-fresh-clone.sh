#!/usr/bin/env bash
# Proves README's two commands on a fresh machine: clones the current commit into a temporary folder and
# runs them verbatim there with the machine's own (older) Node first on PATH and nothing of this checkout's
# node_modules reachable:
#   npm ci && npm start   — waits until the archive is served, checks a few pages, stops the server
#   npm ci && npm test    — the whole suite
# Slow (two installs, a build and the full test suite), so not part of npm test. Commit first: the clone
# holds HEAD, not uncommitted changes.
#
#   scripts/check-fresh-clone.sh [start|test|both]   (default both; PORT and E2E_PORT are passed on)
set -euo pipefail
what="${1:-both}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
port="${PORT:-4321}"

# The machine's node: the first `node` on PATH that does not live in a node_modules folder or a cache.
machine_node=""
IFS=: read -ra dirs <<<"$PATH"
clean_path=""
for dir in "${dirs[@]}"; do
  case "$dir" in *node_modules* | */.cache/*) continue ;; esac
  clean_path="${clean_path:+$clean_path:}$dir"
  [ -z "$machine_node" ] && [ -x "$dir/node" ] && machine_node="$dir/node"
done
[ -n "$machine_node" ] || { echo "fresh-clone: no node on PATH outside node_modules; install the distribution's nodejs and npm" >&2; exit 1; }
export PATH="$clean_path"
echo "fresh-clone: machine node $(node --version) ($machine_node), npm $(npm --version)"
node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?1:0)' ||
  echo "fresh-clone: note: this node is already ≥ 22.12, so the run does not prove the project brings its own"

work="$(mktemp -d "${TMPDIR:-/tmp}/fresh-clone-XXXXXX")"
server=""
cleanup() {
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
git clone --quiet --no-hardlinks "$repo" "$work/archive"
cd "$work/archive"
echo "fresh-clone: cloned $(git log -1 --format='%h %s' | cut -c1-80) into $work/archive"

if [ "$what" = start ] || [ "$what" = both ]; then
  echo "fresh-clone: npm ci && npm start (port $port)"
  # setsid: the server and the build it starts form one process group, stopped together.
  setsid bash -c 'npm ci && npm start' >"$work/start.log" 2>&1 &
  server=$!
  for _ in $(seq 1 900); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then
      tail -40 "$work/start.log" >&2
      echo "fresh-clone: FAILED: npm ci && npm start stopped before serving" >&2
      exit 1
    fi
    sleep 1
  done
  for path in / zh-hans/ zh-hans/reports/harmony-and-unity/ en/ pagefind/pagefind.js; do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/$path" || {
      tail -40 "$work/start.log" >&2
      echo "fresh-clone: FAILED: /$path is not served" >&2
      exit 1
    }
  done
  grep -m1 'Serving dist/' "$work/start.log"
  kill -- -"$server" 2>/dev/null || kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  echo "fresh-clone: npm ci && npm start served the archive"
fi

if [ "$what" = test ] || [ "$what" = both ]; then
  echo "fresh-clone: npm ci && npm test"
  if bash -c 'npm ci && npm test' >"$work/test.log" 2>&1; then
    tail -3 "$work/test.log"
    echo "fresh-clone: npm ci && npm test passed"
  else
    tail -60 "$work/test.log" >&2
    echo "fresh-clone: FAILED: npm ci && npm test" >&2
    exit 1
  fi
fi
