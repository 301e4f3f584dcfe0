#!/usr/bin/env bash
# The deployment on real parts, all on loopback: two replicas on one data release behind the
# repository's own nginx configuration (deploy/nginx.conf, with the upstream addresses, port and
# paths rewritten). Checks identical answers and ETags from both replicas, nginx cache hits, no
# failed request while a replica is killed during a burst, and a rolling switch to a new release.
# Most of its time goes to building two small releases and starting replicas (each "==" line shows
# the seconds elapsed; see DEPLOY.md for measured run times).
set -euo pipefail
cd "$(dirname "$0")/.."
STARTED_AT=$SECONDS

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nginx >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d /tmp/real-parts-XXXXXX)
# Free ports by default (other jobs on the machine may be running this test too).
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
NGINX_PORT=${NGINX_PORT:-$(free_port)}
PORT1=${PORT1:-$(free_port)}
PORT2=${PORT2:-$(free_port)}
PIDS=()
NGINX_PID=
PASSED=
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$PASSED" ] && rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
  [ -s "$WORK/nginx-error.log" ] && tail -n 40 "$WORK/nginx-error.log" >&2
  echo "FAIL: $* (files kept in $WORK)" >&2
  exit 1
}

echo "== [$((SECONDS - STARTED_AT)) s] building two releases from corpus pages (read at run time from ../shared)"
CORPUS=${CORPUS:-../shared/corpus/state-dept}
mkdir -p "$WORK/src-a" "$WORK/src-b"
tar -xzf "$CORPUS/state-dept-hrr-2023.tar.gz" -C "$WORK/src-a" --wildcards '*/el-salvador.html' '*/norway.html'
cp -r "$WORK/src-a/." "$WORK/src-b/"
tar -xzf "$CORPUS/state-dept-hrr-2023.tar.gz" -C "$WORK/src-b" --wildcards '*/rwanda.html'
# The two builds and the compile run side by side.
RELEASES_DIR="$WORK/a" npx tsx data/release-cli.ts build "$WORK/src-a" >"$WORK/build-a.log" &
BUILD_A=$!
RELEASES_DIR="$WORK/b" npx tsx data/release-cli.ts build "$WORK/src-b" >"$WORK/build-b.log" &
BUILD_B=$!
# Type-checking is .ci/run's job (npm run typecheck); here only the JavaScript is needed.
npx tsc -p tsconfig.build.json --noCheck
wait "$BUILD_A" && wait "$BUILD_B" || fail "building the releases"
RELEASE_A=$(ls "$WORK"/a/*.sqlite)
RELEASE_B=$(ls "$WORK"/b/*.sqlite)
DIGEST_A=$(sed -n 's/^digest //p' "$WORK/build-a.log")
DIGEST_B=$(sed -n 's/^digest //p' "$WORK/build-b.log")
chmod a-w "$RELEASE_A" "$RELEASE_B"
SHA_A=$(sha256sum "$RELEASE_A" | cut -d' ' -f1)
[ -n "$DIGEST_A" ] && [ -n "$DIGEST_B" ] && [ "$DIGEST_A" != "$DIGEST_B" ] || fail "two distinct releases"

declare -A REPLICA_PID
launch_replica() { # name port release
  DATA_RELEASE="$3" PORT="$2" HOST=127.0.0.1 RATE_LIMIT_PER_MINUTE=0 LOG_LEVEL=warn SHUTDOWN_GRACE_SECONDS=5 \
    node dist/server/main.js >>"$WORK/$1.log" 2>&1 &
  REPLICA_PID[$1]=$!
  PIDS+=("$!")
}
await_replica() { # name port
  for _ in $(seq 1 300); do
    curl -fsS "http://127.0.0.1:$2/readyz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  cat "$WORK/$1.log" >&2
  fail "replica $1 did not become ready"
}
start_replica() { launch_replica "$@" && await_replica "$1" "$2"; }
stop_replica() { # name: SIGTERM, then wait for the graceful stop
  kill -TERM "${REPLICA_PID[$1]}"
  while kill -0 "${REPLICA_PID[$1]}" 2>/dev/null; do sleep 0.1; done
}

echo "== [$((SECONDS - STARTED_AT)) s] two replicas on release ${DIGEST_A:0:16}"
launch_replica r1 "$PORT1" "$RELEASE_A"
launch_replica r2 "$PORT2" "$RELEASE_A"
await_replica r1 "$PORT1"
await_replica r2 "$PORT2"

mkdir -p "$WORK/cache" "$WORK/nginx"
sed -e "s|^pid .*|pid $WORK/nginx.pid;|" \
    -e "s|proxy_cache_path [^ ]*|proxy_cache_path $WORK/cache|" \
    -e "s|server app1:3000|server 127.0.0.1:$PORT1|" \
    -e "s|server app2:3000|server 127.0.0.1:$PORT2|" \
    -e "s|listen 8080|listen 127.0.0.1:$NGINX_PORT|" \
    -e "s|^worker_processes auto;|worker_processes 1;|" \
    deploy/nginx.conf >"$WORK/nginx/nginx.conf"
# Rewritten lines only: the rest of the configuration is the repository's, byte for byte.
[ "$(diff deploy/nginx.conf "$WORK/nginx/nginx.conf" | grep -c '^<')" -le 7 ] || fail "nginx.conf rewritten beyond the marked lines"
# As root, nginx's workers would switch to an account that cannot enter this private folder.
if [ "$(id -u)" = 0 ]; then USER_DIRECTIVE='user root;'; else USER_DIRECTIVE=''; fi
# nginx logs every refused connection to a stopped replica: to a file, shown if the test fails.
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e stderr ${USER_DIRECTIVE:+-g "$USER_DIRECTIVE"} 2>"$WORK/nginx-error.log" || fail "nginx did not start"
NGINX_PID=$(cat "$WORK/nginx.pid")
for _ in $(seq 1 50); do curl -fsS "http://127.0.0.1:$NGINX_PORT/readyz" >/dev/null 2>&1 && break; sleep 0.2; done

echo "== [$((SECONDS - STARTED_AT)) s] both replicas answer identical bodies and ETags"
for path in /v1/countries/SV/score /v1/countries '/v1/countries/Norway/history' /embed/SV; do
  # One Host for both, as behind nginx: the page and widget write absolute links from it.
  curl -fsS -H 'Host: risk.example' -D "$WORK/h1" "http://127.0.0.1:$PORT1$path" -o "$WORK/b1"
  curl -fsS -H 'Host: risk.example' -D "$WORK/h2" "http://127.0.0.1:$PORT2$path" -o "$WORK/b2"
  cmp -s "$WORK/b1" "$WORK/b2" || fail "bodies differ for $path"
  e1=$(grep -i '^etag:' "$WORK/h1" | tr -d '\r'); e2=$(grep -i '^etag:' "$WORK/h2" | tr -d '\r')
  [ -n "$e1" ] && [ "${e1,,}" = "${e2,,}" ] || fail "ETags differ for $path: '$e1' vs '$e2'"
  echo "   $path: same body, $e1"
done

echo "== [$((SECONDS - STARTED_AT)) s] nginx serves repeats from its cache"
curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/v1/countries/NO/score"
status=$(curl -fsS -D - -o /dev/null "http://127.0.0.1:$NGINX_PORT/v1/countries/NO/score" | tr -d '\r' | sed -n 's/^X-Cache-Status: //Ip')
[ "$status" = "HIT" ] || fail "second request was $status, not a cache HIT"
echo "   second request: $status"

# A burst that runs until stopped, so it spans the whole event however long replicas take to start
# (node itself, not npx, so the signal reaches it).
start_burst() { # name
  node --require tsx/cjs bench/http-burst.ts "http://127.0.0.1:$NGINX_PORT" 0 16 >"$WORK/$1.json" 2>"$WORK/$1.err" &
  BURST=$!
  PIDS+=("$BURST")
  for _ in $(seq 1 300); do grep -q sending "$WORK/$1.err" 2>/dev/null && return 0; sleep 0.1; done
  fail "the burst did not start"
}
end_burst() { # name
  sleep 1
  kill -TERM "$BURST"
  wait "$BURST" || { cat "$WORK/$1.json" "$WORK/$1.err"; fail "requests failed during: $2"; }
  echo "   $(cat "$WORK/$1.json")"
}

echo "== [$((SECONDS - STARTED_AT)) s] killing one replica (SIGKILL) during a burst, then starting it again: no request fails"
start_burst burst-kill
sleep 1
kill -KILL "${REPLICA_PID[r2]}"
wait "${REPLICA_PID[r2]}" 2>/dev/null || true
sleep 2
start_replica r2 "$PORT2" "$RELEASE_A"
end_burst burst-kill "a replica was killed and restarted"

echo "== [$((SECONDS - STARTED_AT)) s] rolling switch to release ${DIGEST_B:0:16}, one replica at a time (SIGTERM, start on the new release), during a burst"
start_burst burst-roll
stop_replica r1
start_replica r1 "$PORT1" "$RELEASE_B"
stop_replica r2
start_replica r2 "$PORT2" "$RELEASE_B"
end_burst burst-roll "the rolling switch"
node -e "const r=JSON.parse(require('fs').readFileSync('$WORK/burst-roll.json','utf8')).releases; if (!r['$DIGEST_A'] || !r['$DIGEST_B']) { console.error('answers during the switch:', r); process.exit(1); }" ||
  fail "the burst did not span the switch (both releases should have answered)"
# The purge after a release (DEPLOY.md): nginx open source has no purge by key, so empty its cache.
find "$WORK/cache" -type f -delete
node --require tsx/cjs bench/http-burst.ts "http://127.0.0.1:$NGINX_PORT" 400 8 >"$WORK/after.json" 2>/dev/null
echo "   after: $(cat "$WORK/after.json")"
node -e "const r=JSON.parse(require('fs').readFileSync('$WORK/after.json','utf8')).releases; if (Object.keys(r).join()!=='$DIGEST_B') { console.error('answers after the switch:', r); process.exit(1); }" ||
  fail "not every answer carries the new digest"
[ "$(sha256sum "$RELEASE_A" | cut -d' ' -f1)" = "$SHA_A" ] || fail "a release file was modified"
PASSED=1
echo "PASS: real parts (nginx $("$NGINX" -v 2>&1 | sed 's/.*\///')) in $((SECONDS - STARTED_AT)) s"
