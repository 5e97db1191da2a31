#!/usr/bin/env bash
# Build the Containerfile with podman and use the image the way an operator would:
#   - `carelevel --version` in the image prints the app and rules versions of this checkout;
#   - `serve` on SQLite answers /api/health and serves the web app, as the non-root user, with the
#     database in the data volume; the image's own HEALTHCHECK passes;
#   - one-off commands run beside the server (`podman exec -i NAME carelevel users add …`, and
#     `carelevel backup` from a second container on the same volume);
#   - the data outlives the container (an administrator created before a restart is still there);
#   - SIGTERM stops it cleanly (exit status 0);
#   - with DATABASE_URL it serves from PostgreSQL (when CARELEVEL_CHECK_DATABASE_URL names one).
#
# Where no container can run here (no podman, not root, a kernel or sandbox that refuses), it says so
# and exits 0: CI then relies on the other tests. Anything that fails after the engine has shown it
# can run a container is a failure (exit 1).
#
# Where the registry holding the base image (NODE_IMAGE in the Containerfile) cannot be reached, it
# builds a stand-in laid out like the official node:20-bookworm-slim image: Debian bookworm from
# Debian's packages (debootstrap) with this machine's Node.js 20 and npm under /usr/local.
#
# Settings: CARELEVEL_NODE_IMAGE (base image to try first), CARELEVEL_CHECK_PORT (default 38080; the
# containers share the host's network), CARELEVEL_CHECK_DATABASE_URL (a PostgreSQL database the
# image may migrate), CARELEVEL_DEBIAN_MIRROR (for the stand-in).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${CARELEVEL_NODE_IMAGE:-docker.io/library/node:20-bookworm-slim}
STANDIN=localhost/carelevel-node-base:20
IMAGE=localhost/carelevel:check
PORT=${CARELEVEL_CHECK_PORT:-38080}
NAME=carelevel-check-$$
VOLUME=carelevel-check-data-$$
WORK=$(mktemp -d /tmp/carelevel-container-check.XXXXXX)

skip() {
  echo "container check: SKIPPED: $*"
  exit 0
}
fail() {
  echo "container check: FAILED: $*" >&2
  if podman container exists "$NAME" 2>/dev/null; then
    echo "--- the container's last output:" >&2
    podman logs --tail 30 "$NAME" >&2 2>&1 || true
  fi
  [ -s "$WORK/podman.log" ] && { echo "--- podman said:" >&2; tail -n 20 "$WORK/podman.log" >&2; }
  exit 1
}
cleanup() {
  podman rm -f -v "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

command -v podman >/dev/null || skip "podman is not installed (Debian: apt-get install podman)"
[ "$(id -u)" = 0 ] || skip "run as root (the rootless set-up of subordinate ids is not made here)"
node_major=$(node -p 'process.versions.node.split(".")[0]')

echo "== base image"
if timeout 120 podman pull -q "$BASE" >/dev/null 2>"$WORK/pull.log"; then
  base=$BASE
elif podman image exists "$STANDIN"; then
  echo "$BASE cannot be pulled here; using the stand-in $STANDIN built earlier"
  base=$STANDIN
else
  echo "$BASE cannot be pulled here ($(tail -n 1 "$WORK/pull.log")); building a stand-in from Debian's packages"
  [ "$node_major" = 20 ] || skip "the stand-in copies this machine's Node.js, which is $node_major, not 20"
  command -v debootstrap >/dev/null || skip "debootstrap is not installed (Debian: apt-get install debootstrap)"
  debootstrap --variant=minbase bookworm "$WORK/rootfs" "${CARELEVEL_DEBIAN_MIRROR:-http://deb.debian.org/debian}" \
    >"$WORK/debootstrap.log" 2>&1 || skip "debootstrap could not build Debian bookworm here: $(tail -n 1 "$WORK/debootstrap.log")"
  node_bin=$(readlink -f "$(command -v node)")
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  headers=$(dirname "$(dirname "$node_bin")")/include/node
  [ -f "$headers/node.h" ] || skip "no Node.js headers at $headers to build native modules against"
  install -D -m 0755 "$node_bin" "$WORK/rootfs/usr/local/bin/node"
  mkdir -p "$WORK/rootfs/usr/local/include" "$WORK/rootfs/usr/local/lib/node_modules"
  cp -a "$headers" "$WORK/rootfs/usr/local/include/node"
  cp -a "$npm_dir" "$WORK/rootfs/usr/local/lib/node_modules/npm"
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$WORK/rootfs/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$WORK/rootfs/usr/local/bin/npx"
  tar -C "$WORK/rootfs" -c . | podman import -q \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["node"]' - "$STANDIN" >/dev/null
  rm -rf "$WORK/rootfs"
  base=$STANDIN
fi

echo "== can this machine run a container?"
# Some sandboxes refuse the default resource limits (no CAP_SYS_RESOURCE) or crun's cgroup set-up;
# take the first way that runs the base image's node.
runtime=()
limits=()
ran=no
for try in default limits runc; do
  case $try in
    default) runtime=() limits=() ;;
    limits) runtime=() limits=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096) ;;
    runc)
      command -v runc >/dev/null || continue
      runtime=(--runtime runc) limits=(--ulimit nofile=4096:4096 --ulimit nproc=4096:4096)
      ;;
  esac
  if podman "${runtime[@]}" run --rm "${limits[@]}" "$base" node --version >"$WORK/probe.log" 2>&1; then
    ran=yes
    break
  fi
done
[ "$ran" = yes ] || skip "podman cannot start a container here: $(tail -n 1 "$WORK/probe.log")"
echo "yes (${try})"
pm() { podman "${runtime[@]}" "$@"; }

echo "== build the Containerfile (from $base)"
build_args=(--format docker --layers=false --network host "${limits[@]}" --build-arg "NODE_IMAGE=$base" -t "$IMAGE" -f Containerfile)
# A proxy that re-signs TLS (npm's cafile on this machine) is trusted inside the build as well.
cafile=$(npm config get cafile 2>/dev/null || true)
if [ -n "$cafile" ] && [ "$cafile" != null ] && [ -f "$cafile" ]; then
  build_args+=(-v "$cafile:/run/carelevel-build-ca.crt:ro" --build-arg npm_config_cafile=/run/carelevel-build-ca.crt)
fi
pm build "${build_args[@]}" . >"$WORK/build.log" 2>&1 || {
  tail -n 40 "$WORK/build.log" >&2
  fail "the image did not build"
}

# podman reports on stderr that it cannot set up a timer for the health check where systemd does not
# run; the check runs the HEALTHCHECK itself, so that noise goes to a log shown only on failure.
run_image() { pm run --network host "${limits[@]}" "$@" 2>>"$WORK/podman.log"; }
wait_healthy() {
  for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$PORT/api/health" >"$WORK/health.json" 2>/dev/null; then return 0; fi
    sleep 1
  done
  fail "/api/health did not answer within 60 s"
}
expect() { # expect WHAT ACTUAL WANTED
  [ "$2" = "$3" ] || fail "$1: got '$2', wanted '$3'"
  echo "ok: $1"
}

app_version=$(node -p 'require("./packages/cli/package.json").version')
rules_version=$(sed -n "s/^export const RULES_VERSION = '\(.*\)';$/\1/p" packages/engine/src/rules/rule-set.ts)
expect "carelevel --version in the image" "$(run_image --rm "$IMAGE" --version | tr '\n' ' ')" "carelevel $app_version rules $rules_version "

echo "== serve on SQLite, data in the volume"
run_image -d --name "$NAME" -e PORT="$PORT" -v "$VOLUME:/var/lib/carelevel" "$IMAGE" >/dev/null
wait_healthy
expect "/api/health" "$(cat "$WORK/health.json")" "{\"status\":\"ok\",\"database\":\"sqlite\",\"rulesVersion\":\"$rules_version\"}"
pm healthcheck run "$NAME" >/dev/null || fail "the image's HEALTHCHECK did not pass"
echo "ok: the image's HEALTHCHECK"
expect "user inside the container" "$(pm exec "$NAME" id -un):$(pm exec "$NAME" id -u)" "carelevel:10001"
expect "database file in the volume" "$(pm exec "$NAME" sh -c 'test -f /var/lib/carelevel/carelevel.sqlite && echo present')" present
expect "code is read-only to the service" "$(pm exec "$NAME" sh -c 'test -w /app/packages/server/dist && echo writable || echo read-only')" read-only
expect "the web app at /" "$(curl -fsS -o /dev/null -w '%{http_code} %{content_type}' "http://127.0.0.1:$PORT/")" "200 text/html; charset=utf-8"
curl -fsS -X POST -H 'content-type: application/json' \
  -d '{"email":"admin@example.test","password":"a long passphrase for the check"}' \
  "http://127.0.0.1:$PORT/api/v1/setup" >/dev/null || fail "first-run setup did not create the administrator"
echo "ok: first-run setup created an administrator"
added=$(printf 'a long passphrase for the check\n' | pm exec -i "$NAME" carelevel users add --email clinician@example.test --role clinician 2>&1) ||
  fail "carelevel users add inside the running container: $added"
expect "carelevel users add inside the running container" "${added%% (*}" "added clinician clinician@example.test"

echo "== stop with SIGTERM, start a new container on the same volume"
pm stop -t 20 "$NAME" >/dev/null 2>>"$WORK/podman.log"
expect "exit status after SIGTERM" "$(pm inspect "$NAME" --format '{{.State.ExitCode}}')" 0
pm rm "$NAME" >/dev/null 2>>"$WORK/podman.log"
run_image -d --name "$NAME" -e PORT="$PORT" -v "$VOLUME:/var/lib/carelevel" "$IMAGE" >/dev/null
wait_healthy
expect "setup after the restart (the administrator was kept)" "$(curl -fsS "http://127.0.0.1:$PORT/api/v1/setup")" '{"needed":false}'
# A backup as docs/operations.md shows it: a second container on the same volume, while the server runs.
install -d -o 10001 -g 10001 -m 0700 "$WORK/backups"
run_image --rm -v "$VOLUME:/var/lib/carelevel" -v "$WORK/backups:/backups" "$IMAGE" backup --to /backups/check.sqlite \
  >"$WORK/backup.log" 2>&1 || fail "carelevel backup from a second container: $(tail -n 3 "$WORK/backup.log")"
expect "carelevel backup from a second container while serving" "$(test -s "$WORK/backups/check.sqlite" && echo written)" written
pm rm -f -v "$NAME" >/dev/null 2>>"$WORK/podman.log"

if [ -n "${CARELEVEL_CHECK_DATABASE_URL:-}" ]; then
  echo "== serve from PostgreSQL (DATABASE_URL)"
  run_image -d --name "$NAME" -e PORT="$PORT" -e DATABASE_URL="$CARELEVEL_CHECK_DATABASE_URL" "$IMAGE" >/dev/null
  wait_healthy
  expect "/api/health on PostgreSQL" "$(cat "$WORK/health.json")" "{\"status\":\"ok\",\"database\":\"postgres\",\"rulesVersion\":\"$rules_version\"}"
  pm rm -f -v "$NAME" >/dev/null 2>>"$WORK/podman.log"
else
  echo "== PostgreSQL: not checked (set CARELEVEL_CHECK_DATABASE_URL to a database the image may migrate)"
fi

echo "container check: passed ($(pm image inspect "$IMAGE" --format '{{.Size}}' | awk '{printf "%.0f MB", $1 / 1e6}') image, from $base)"
