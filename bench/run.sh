#!/usr/bin/env bash
# Benchmark: the service against the limits of this machine, at N projects.
#
#   bench/run.sh                 # N=100000, 16 connections, 120 s warm-up, 30 s per endpoint
#   N=20000 DURATION=15s WARMUP=60 bench/run.sh
#   SKIP_BUILD=1 bench/run.sh    # reuse target/quarkus-app
#   STATS_ONLY=1 bench/run.sh    # only the indicators (GET /stats/pipeline) over 12 reports per project
#
# Builds the jar, creates a MariaDB database of its own, bulk-loads N synthetic projects, starts
# the jar on it with the production JVM settings, warms it up, then measures with wrk:
#   /q/health/live (the framework's ceiling), GET /api/v1/projects/{random id}, and a filtered
#   list page (random stage + industry, size 20, with total count);
# then the indicators over 12 monthly reports per project (1.2 million at N=100000): the first
# answer after a write (computed) and repeated answers (reused while nothing changes);
# then replays the exact SQL the service sent for those two through mysqlslap at the same
# concurrency (the database's own limit) and prints the ratios. Cleans up after itself.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

N=${N:-100000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-120}
PORT=${PORT:-8089}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
DB_NAME="bench_$(date +%s)_$$"
OUT="$ROOT/bench/out/$(date +%Y%m%d-%H%M%S)"
# The runtime and JVM settings docs/operations.md recommends for production: Java 25 where installed
# (measured +18 % on GET by id over 17) with compact object headers, a 96 MiB heap, and glibc
# limited to two malloc arenas (each arena otherwise holds on to freed native memory), trimmed
# every 2 s so memory the JIT freed goes back to the system (about -40 MB resident at steady load).
if [ -z "${JAVA:-}" ]; then
  JAVA=java
  [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
COMPACT_HEADERS=""
[ "${JAVA_MAJOR%%.*}" -ge 25 ] && COMPACT_HEADERS="-XX:+UseCompactObjectHeaders"
JVM_OPTS=${JVM_OPTS:-"-XX:+UseSerialGC $COMPACT_HEADERS -Xms96m -Xmx96m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:TrimNativeHeapInterval=2000 -XX:+ExitOnOutOfMemoryError"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
MYSQL=(mysql --protocol=TCP -h"$DB_HOST" -P"$DB_PORT" -uroot)
JAR_PID=""

mkdir -p "$OUT"
log() { printf '\n[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
  [ -n "${POOL_BEFORE:-}" ] && "${MYSQL[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $POOL_BEFORE" 2>/dev/null || true
  if [ -n "$JAR_PID" ] && kill -0 "$JAR_PID" 2>/dev/null; then
    kill "$JAR_PID" 2>/dev/null || true
    wait "$JAR_PID" 2>/dev/null || true
  fi
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`" 2>/dev/null || true
}
trap cleanup EXIT

need() {
  command -v "$1" >/dev/null 2>&1 && return
  log "installing $2"
  apt-get update -qq >/dev/null && apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk
need mysqlslap mariadb-client

if "${MYSQL[@]}" -e 'SELECT 1' >/dev/null 2>&1; then :; else
  log "starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do "${MYSQL[@]}" -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the jar"
  ./mvnw -B -q -ntp package -DskipTests
fi

# MariaDB's default 128 MiB buffer pool cannot hold the indicators' working set at N=100000
# (the report index alone is ~70 MiB) and turns them into disk reads; any production MySQL is given
# more. Resized online for the run, put back afterwards.
DB_BUFFER_POOL=${DB_BUFFER_POOL:-1073741824}
POOL_BEFORE=$("${MYSQL[@]}" -N -e "SELECT @@innodb_buffer_pool_size")
"${MYSQL[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $DB_BUFFER_POOL"

log "database $DB_NAME"
"${MYSQL[@]}" -e "CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

# The jar runs in the prod profile; tokens are the dev key's, so bench/run.sh can mint them.
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME"
export QUARKUS_DATASOURCE_USERNAME=root QUARKUS_DATASOURCE_PASSWORD=
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/dev/jwt/public.pem"
export MP_JWT_VERIFY_ISSUER=https://dev.district.local MP_JWT_VERIFY_AUDIENCES=district-investment
export QUARKUS_HTTP_PORT=$PORT
TOKEN=$(./dev/token.sh reader "" "" bench-reader)
BASE="http://127.0.0.1:$PORT"

start_jar() { # $1: log file, rest: extra JVM options; sets READY_MS
  local logfile=$1; shift
  local started
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  "$JAVA" $JVM_OPTS "$@" -jar target/quarkus-app/quarkus-run.jar >"$logfile" 2>&1 &
  JAR_PID=$!
  for _ in $(seq 1 1200); do
    if curl -sf "$BASE/q/health/ready" >/dev/null 2>&1; then READY_MS=$((($(date +%s%N) - started) / 1000000)); return; fi
    kill -0 "$JAR_PID" 2>/dev/null || { cat "$logfile"; echo "the jar died" >&2; exit 1; }
    sleep 0.05
  done
  echo "the jar did not become ready" >&2; exit 1
}
stop_jar() { kill "$JAR_PID"; wait "$JAR_PID" 2>/dev/null || true; JAR_PID=""; }

log "first start: Flyway migrates"
# no month-end snapshot while the data is half loaded (it would be dropped, and the month's run spent)
APP_STATS_SNAPSHOT_JOB_ENABLED=false start_jar "$OUT/capture.log"
log "loading $N projects"
"${MYSQL[@]}" "$DB_NAME" -e "SET @n = $N; source bench/load-projects.sql;" >/dev/null
log "loading their plans and 12 monthly reports each"
"${MYSQL[@]}" "$DB_NAME" <bench/load-reports.sql >/dev/null
# The year figures the service keeps on every plan and report write, filled from what was just
# loaded by the very statement the migration (V51) fills them with on existing data.
awk '/^INSERT INTO project_year_figures/,/;$/' src/main/resources/db/migration/V51__project_year_figures.sql \
  | "${MYSQL[@]}" "$DB_NAME"
"${MYSQL[@]}" "$DB_NAME" -e "ANALYZE TABLE project_year_figures" >/dev/null
INDUSTRIES=$("${MYSQL[@]}" -N "$DB_NAME" -e "SELECT GROUP_CONCAT(code ORDER BY code) FROM ref_industry")
STAGES=PLANNING,PRELIMINARY,CONSTRUCTION,COMPLETED,OPERATING

# Every statement one request of each kind sends, as MariaDB's general log records it (native
# ones included, parameters filled in): that is what the replay below sends again.
log "capturing the SQL of one request of each kind from the database's general log"
LOG_BEFORE=$("${MYSQL[@]}" -N -e "SELECT CONCAT(@@general_log, ' ', @@general_log_file)")
CAPTURE_ID=$((N - 3)) # a value no other parameter of these requests takes
capture() { # $1 name, $2 path: the statements of one request, one per line
  local general_log="/tmp/bench-general-$$-$1.log" # written by the server: a new file it creates itself
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$2" >/dev/null # prepares its statements
  "${MYSQL[@]}" -e "SET GLOBAL general_log_file = '$general_log'; SET GLOBAL general_log = 1"
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$2" >/dev/null
  "${MYSQL[@]}" -e "SET GLOBAL general_log = 0"
  # Execute and Query lines of the service's connections only (the mysql client's SET lines are its own)
  awk -F'\t' '$0 ~ /(Execute|Query)\t/ && $0 !~ /general_log|@@version_comment/ { print $NF }' "$general_log" >"$OUT/sql-$1.txt"
  rm -f "$general_log"
  [ -s "$OUT/sql-$1.txt" ] || { echo "could not capture the SQL of $2" >&2; exit 1; }
}
capture byid "/api/v1/projects/$CAPTURE_ID"
capture list "/api/v1/projects?stage=CONSTRUCTION&industry=GLASS&size=20&page=1"
read -r general_was general_file_was <<<"$LOG_BEFORE"
"${MYSQL[@]}" -e "SET GLOBAL general_log_file = '$general_file_was'; SET GLOBAL general_log = $general_was" || true
stop_jar

log "starting the jar on $("$JAVA" -version 2>&1 | head -1) with: $JVM_OPTS"
start_jar "$OUT/service.log"

export N TOKEN STAGES INDUSTRIES
run_wrk() { # $1 name, $2 duration, $3 url, [$4 lua mode]
  local name=$1 duration=$2 url=$3 mode=${4:-}
  if [ -n "$mode" ]; then
    MODE=$mode wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency -s bench/wrk.lua "$url" >"$OUT/$name.txt"
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$url" >"$OUT/$name.txt"
  fi
  if grep -q 'Non-2xx' "$OUT/$name.txt"; then
    cat "$OUT/$name.txt"; echo "$name: some responses were not 2xx" >&2; exit 1
  fi
}

OFFICE_TOKEN=$(./dev/token.sh project-office "" "" bench-office)
REPORT_MONTH=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
mapfile -t WRITABLE < <("${MYSQL[@]}" -N "$DB_NAME" -e "SELECT id FROM project WHERE stage = 'CONSTRUCTION' ORDER BY id LIMIT 7")
WRITES=0
# Each timed request follows a report write, so the indicators are computed, not reused.
measure_stats() { # $1 name, $2 query string; writes the seconds of 7 computed answers to stats-$1.txt
  local i code
  : >"$OUT/stats-$1.txt"
  for i in 0 1 2 3 4 5 6; do
    WRITES=$((WRITES + 1)) # a new figure every time: an unchanged one would not be a write
    code=$(curl -s -o "$OUT/stats-write.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $OFFICE_TOKEN" \
      -H 'Content-Type: application/json' -d "{\"completedInvestment\": $((100 + WRITES)), \"reason\": \"基准测试\"}" \
      "$BASE/api/v1/projects/${WRITABLE[$i]}/reports/$REPORT_MONTH")
    [ "$code" = 200 ] || [ "$code" = 201 ] || { cat "$OUT/stats-write.json"; echo "report write: HTTP $code" >&2; exit 1; }
    curl -s -o "$OUT/stats-$1.json" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $TOKEN" \
      "$BASE/api/v1/stats/pipeline$2" >>"$OUT/stats-$1.txt"
  done
  if grep -qv '^200 ' "$OUT/stats-$1.txt"; then cat "$OUT/stats-$1.txt" "$OUT/stats-$1.json"; echo "stats $1 failed" >&2; exit 1; fi
}
median_max() { # milliseconds: median and max of stats-$1.txt
  awk '{ print $2 }' "$OUT/stats-$1.txt" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f ms median, %.0f ms max", a[int((NR + 1) / 2)] * 1000, a[NR] * 1000 }'
}
stats_section() {
  log "indicators: first answer after a write, 7 times each (1 warm-up round first)"
  measure_stats warmup ""
  measure_stats cold ""
  measure_stats asof "?asOf=$(date -d "$(date +%Y-%m-01) -1 day" +%F)"
  log "indicators: repeated answers, 4 connections, $DURATION"
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/stats/pipeline" # computed once, then reused
  MODE=stats wrk -t1 -c4 -d"$DURATION" --latency -s bench/wrk.lua "$BASE" >"$OUT/stats-warm.txt"
  grep -q 'Non-2xx' "$OUT/stats-warm.txt" && { cat "$OUT/stats-warm.txt"; echo "stats: some responses were not 2xx" >&2; exit 1; }
  {
    echo
    echo "== Indicators (GET /api/v1/stats/pipeline): $N projects, $("${MYSQL[@]}" -N "$DB_NAME" -e 'SELECT COUNT(*) FROM monthly_report') report rows =="
    echo "computed (first after a write): $(median_max cold)"
    echo "asOf last month-end (kept)    : $(median_max asof)"
    echo "repeated (reused)             : $(awk '/Requests\/sec/ {print $2}' "$OUT/stats-warm.txt") req/s, p50 $(awk '$1 == "50%" {print $2}' "$OUT/stats-warm.txt"), p99 $(awk '$1 == "99%" {print $2}' "$OUT/stats-warm.txt")"
  } | tee "$OUT/summary-stats.txt"
}
if [ "${STATS_ONLY:-0}" = 1 ]; then
  stats_section
  exit 0
fi

log "warming up for ${WARMUP}s"
half=$((WARMUP / 2))
run_wrk warmup-byid "${half}s" "$BASE" byid
run_wrk warmup-list "$((WARMUP - half))s" "$BASE" list

log "measuring ($CONNECTIONS connections, $DURATION each)"
run_wrk health "$DURATION" "$BASE/q/health/live"
run_wrk byid "$DURATION" "$BASE" byid
rss_byid=$(awk '/VmRSS/ {print $2}' "/proc/$JAR_PID/status")
run_wrk list "$DURATION" "$BASE" list
rss_list=$(awk '/VmRSS/ {print $2}' "/proc/$JAR_PID/status")
stats_section
rss_peak=$(awk '/VmHWM/ {print $2}' "/proc/$JAR_PID/status") # the peak includes the indicators' work
stop_jar

# wrk prints latencies as 812.00us, 1.23ms or 1.02s
to_ms() { awk -v v="$1" 'BEGIN { u = v; sub(/[0-9.]+/, "", u); x = v + 0;
  if (u == "us") x /= 1000; else if (u == "s") x *= 1000; else if (u == "m") x *= 60000; printf "%.2f", x }'; }
rps() { awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"; }
pct() { to_ms "$(awk -v p="$2%" '$1 == p {print $2}' "$OUT/$1.txt")"; }

log "the database's own limit: mysqlslap, $CONNECTIONS clients, the same SQL"
QUERIES=${SLAP_QUERIES:-40000}
slap() { # $1 name, $2 query file
  mysqlslap --protocol=TCP -h"$DB_HOST" -P"$DB_PORT" -uroot --create-schema="$DB_NAME" --no-drop \
    --concurrency="$CONNECTIONS" --iterations=2 --number-of-queries="$QUERIES" \
    --query="$2" --delimiter=';' >"$OUT/slap-$1.txt"
  awk -v q="$QUERIES" '/Average number of seconds/ {printf "%.0f", q / $9}' "$OUT/slap-$1.txt"
}
# every statement of one request per line, in the order the service sent them, with the same kind
# of random draws wrk makes: a random id for the one captured, a random stage and industry for the list
# (MariaDB logs a server-side prepared statement as prepared, with its placeholders: those are
# filled with the values the captured request bound, in Hibernate's order)
YEAR=$(date +%Y)
perl -e 'srand(1); my ($n, $id, $year) = @ARGV; my @sql = <STDIN>;
  for (1 .. 5000) { my $r = 1 + int(rand($n));
    for (@sql) { (my $s = $_) =~ s/(?<![0-9])$id(?![0-9])/$r/g; $s =~ s/plan_year=\?/plan_year=$year/g; $s =~ s/\?/$r/g;
      chomp $s; print "$s;\n" } }' "$N" "$CAPTURE_ID" "$YEAR" <"$OUT/sql-byid.txt" >"$OUT/slap-byid.sql"
perl -e 'srand(2); my @st = split /,/, $ARGV[0]; my @in = split /,/, $ARGV[1]; my @sql = <STDIN>;
  for (1 .. 5000) { my ($a, $b) = ($st[rand @st], $in[rand @in]);
    for (@sql) { (my $s = $_) =~ s/'"'"'CONSTRUCTION'"'"'/'"'"'$a'"'"'/g; $s =~ s/'"'"'GLASS'"'"'/'"'"'$b'"'"'/g;
      $s =~ s/stage in \(\?\)/stage in ('"'"'$a'"'"')/; $s =~ s/industry_code=\?/industry_code='"'"'$b'"'"'/;
      $s =~ s/limit \?,\?/limit 20,21/; chomp $s; print "$s;\n" } }' \
  "$STAGES" "$INDUSTRIES" <"$OUT/sql-list.txt" >"$OUT/slap-list.sql"
byid_statements=$(wc -l <"$OUT/sql-byid.txt")
list_statements=$(wc -l <"$OUT/sql-list.txt")
db_byid=$(($(slap byid "$OUT/slap-byid.sql") / byid_statements))
db_list=$(($(slap list "$OUT/slap-list.sql") / list_statements))

health_rps=$(rps health); byid_rps=$(rps byid); list_rps=$(rps list)
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", 100 * a / b }'; }
# the issue-16 targets: prints the figure, the target and whether it is met; counts the misses
MISSED=0
target() { # $1 label, $2 value, $3 unit, $4 op (ge|lt), $5 target
  local ok
  ok=$(awk -v v="$2" -v t="$5" -v op="$4" 'BEGIN { print (op == "ge" ? v >= t : v < t) ? "met" : "MISSED" }')
  [ "$ok" = met ] || MISSED=$((MISSED + 1))
  printf '%-34s %9s %-3s  target %s %s%s  %s\n' "$1" "$2" "$3" "$([ "$4" = ge ] && echo '>=' || echo '<')" "$5" "$3" "$ok"
}
stats_median() { awk '{ print $2 }' "$OUT/stats-$1.txt" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }'; }
stats_max() { awk '{ print $2 }' "$OUT/stats-$1.txt" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[NR] * 1000 }'; }

{
  echo
  echo "== District investment service benchmark: $N projects, $CONNECTIONS connections, $(nproc) cores =="
  printf '%-28s %10s %9s %9s\n' endpoint "req/s" "p50 ms" "p99 ms"
  printf '%-28s %10s %9s %9s\n' "/q/health/live (ceiling)" "$health_rps" "$(pct health 50)" "$(pct health 99)"
  printf '%-28s %10s %9s %9s\n' "GET /projects/{id}" "$byid_rps" "$(pct byid 50)" "$(pct byid 99)"
  printf '%-28s %10s %9s %9s\n' "GET /projects?stage&industry" "$list_rps" "$(pct list 50)" "$(pct list 99)"
  echo
  printf '%-40s %10s\n' "MariaDB, by id ($byid_statements statements, req/s)" "$db_byid"
  printf '%-40s %10s\n' "MariaDB, list page ($list_statements statements, req/s)" "$db_list"
  echo "start to ready: ${READY_MS} ms (second start, schema migrated)"
  echo
  target "GET by id / health ceiling" "$(percent "$byid_rps" "$health_rps")" "%" ge 25
  target "GET by id / MariaDB, same SQL" "$(percent "$byid_rps" "$db_byid")" "%" ge 35
  target "GET by id p99" "$(pct byid 99)" "ms" lt 10
  target "list page p99" "$(pct list 99)" "ms" lt 25
  target "RSS peak (VmHWM)" "$((rss_peak / 1024))" "MB" lt 300
  target "indicators computed, median" "$(stats_median cold)" "ms" lt 300
  target "indicators computed, max" "$(stats_max cold)" "ms" lt 300
  target "indicators asOf month-end, median" "$(stats_median asof)" "ms" lt 300
  target "indicators asOf month-end, max" "$(stats_max asof)" "ms" lt 300
  echo "list page / health ceiling: $(percent "$list_rps" "$health_rps")%; list page / MariaDB: $(percent "$list_rps" "$db_list")%"
  echo "RSS under load: by id $((rss_byid / 1024)) MB, list $((rss_list / 1024)) MB, peak $((rss_peak / 1024)) MB"
  echo "targets missed: $MISSED"
  echo "JVM: $("$JAVA" -version 2>&1 | head -1); $JVM_OPTS"
  echo "raw output: $OUT"
} | tee "$OUT/summary.txt"
