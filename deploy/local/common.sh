# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared by deploy/local/start and deploy/local/stop (sourced, not run).

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$LOCAL_DIR/../.." && pwd)"
STATE="$LOCAL_DIR/.state"
PIDS="$STATE/pids"
LOGS="$STATE/logs"
KEYS="$STATE/keys"

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
SMTP_PORT=3025
MAIL_API_PORT=8025
KEYCLOAK_PORT=8180
KEYCLOAK_URL="http://127.0.0.1:$KEYCLOAK_PORT"
# the issuer of the identity provider's tokens, which the services trust in the local run (with the platform's keys)
KEYCLOAK_ISSUER="$KEYCLOAK_URL/realms/meldpunt"

# name:port, in start order
SERVICES=(klacht-service:8081 melding-service:8082 termijn-service:8083 notificatie-service:8084 portaal:8080)

# What a process's command line must contain to be ours (guards against a recycled pid).
marker() {
  case "$1" in
    kafka) echo "nl.tweedekamer.meldpunt.testing.KafkaBroker" ;;
    kafka-broker) echo "kafka.Kafka" ;;
    greenmail) echo "greenmail-standalone" ;;
    keycloak) echo "$STATE/keycloak/" ;;
    *) echo "$1/target/local/quarkus-run.jar" ;;
  esac
}

pid_file() {
  if [[ "$1" == kafka-broker ]]; then
    echo "$STATE/kafka/broker.pid" # written by KafkaBroker for the broker JVM it runs
  else
    echo "$PIDS/$1.pid"
  fi
}

# Prints the pid of a running process we started under this name; fails (and drops a stale pid file) otherwise.
running_pid() {
  local name="$1" file pid args
  file="$(pid_file "$name")"
  [[ -f "$file" ]] || return 1
  pid="$(tr -d '[:space:]' <"$file")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    args="$(ps -p "$pid" -o args= 2>/dev/null || true)"
    if [[ "$args" == *"$(marker "$name")"* ]]; then
      echo "$pid"
      return 0
    fi
  fi
  [[ "$name" == kafka-broker ]] || rm -f "$file"
  return 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  else
    command -v java
  fi
}

# A JDK 21 or newer for Keycloak: KEYCLOAK_JAVA_HOME, else JAVA_HOME or the java on PATH if new enough, else one
# under /usr/lib/jvm (the machine's image has a JDK 25 beside the JDK 17).
keycloak_java_home() {
  local candidate major
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null)")" 2>/dev/null)" /usr/lib/jvm/*; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    major="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    if [[ "${major%%.*}" -ge 21 ]] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Stops a process by name: SIGTERM, then SIGKILL after $2 seconds.
stop_process() {
  local name="$1" grace="${2:-30}" pid waited=0
  if ! pid="$(running_pid "$name")"; then
    return 0
  fi
  printf '  stopping %-20s (pid %s) ... ' "$name" "$pid"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if ((waited >= grace * 10)); then
      kill -KILL "$pid" 2>/dev/null || true
      echo "killed after ${grace}s"
      rm -f "$(pid_file "$name")"
      return 0
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$(pid_file "$name")"
  echo "stopped"
}
