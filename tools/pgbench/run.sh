#!/usr/bin/env bash
# PostgreSQL's CPU a transaction for the submission's statements, measured on the benchmark's database with pgbench
# (docs/performance.md, run 31). Each script takes a draft application at random, runs its statements in a
# transaction and rolls it back, so the drafts stay drafts and a script can run again and again; a rolled-back
# transaction skips the commit's flush, which every variant would pay alike.
#
#   tools/pgbench/run.sh start          # the benchmark's server (target/bench-pg), as an unprivileged user, port 55432
#   tools/pgbench/run.sh prepare        # the drafts the scripts pick from (an unlogged table, exp_drafts)
#   tools/pgbench/run.sh measure tools/pgbench/submission.pgbench 15
#   tools/pgbench/run.sh clean          # drops exp_drafts
#   tools/pgbench/run.sh stop           # stops the server and gives the directory back (to its parent's owner)
#
# PostgreSQL refuses to run as root; the benchmark's JVM starts the same server itself, so "stop" must run before the
# next benchmark. Needs pgbench (Debian's postgresql package), psql (postgresql-client) and the embedded server's
# binaries, which the test suite unpacks under /tmp/embedded-pg. CPU is that of every server process (the
# postmaster's children, those that ended included), in ms a transaction; base.pgbench is what picking the draft
# costs by itself.
set -euo pipefail
DATA=${BENCH_DATA:-$(pwd)/target/bench-pg}
PORT=${BENCH_PORT:-55432}
USER_NAME=${BENCH_USER:-pgexp}
BIN=$(dirname "$(ls /tmp/embedded-pg/*/bin/postgres | head -1)")
PSQL=(psql -h localhost -p "$PORT" -U postgres -X -At)
server_cpu() { # clock ticks of the postmaster (its own and its ended children's) and of its live children
  local pm; pm=$(head -1 "$DATA/postmaster.pid")
  local total; total=$(awk '{print $14+$15+$16+$17}' "/proc/$pm/stat")
  for p in $(pgrep -P "$pm"); do total=$((total + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
case "${1:-}" in
  start)
    id "$USER_NAME" >/dev/null 2>&1 || useradd -M -s /usr/sbin/nologin "$USER_NAME"
    chown -R "$USER_NAME" "$DATA"
    runuser -u "$USER_NAME" -- "$BIN/pg_ctl" -D "$DATA" -l "/tmp/pgbench-server.log" -w -o \
      "-p $PORT -c synchronous_commit=on -c fsync=on -c timezone=UTC -c shared_buffers=${BENCH_SHARED_BUFFERS:-6026MB} -c max_wal_size=2GB -c max_connections=200" start ;;
  prepare)
    "${PSQL[@]}" -c "DROP TABLE IF EXISTS exp_drafts;
      CREATE UNLOGGED TABLE exp_drafts AS SELECT row_number() OVER () AS n, id FROM intake_application
       WHERE status = 'DRAFT' AND cardinality(CAST(subsidies AS TEXT[])) = 2;
      ALTER TABLE exp_drafts ADD PRIMARY KEY (n); SELECT count(*) FROM exp_drafts;" ;;
  measure)
    script=$2; seconds=${3:-15}
    before=$(server_cpu)
    out=$(pgbench -h localhost -p "$PORT" -U postgres -n -M prepared -c 10 -j 2 -T "$seconds" -f "$script" postgres 2>&1)
    sleep 1
    after=$(server_cpu)
    tx=$(echo "$out" | awk '/number of transactions actually processed/ {split($NF, a, "/"); print a[1]}')
    echo "$script: $tx transactions, $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $tx" | bc) ms of PostgreSQL's CPU each"
    echo "$out" | grep -i "failed" || true ;;
  clean)
    "${PSQL[@]}" -c "DROP TABLE IF EXISTS exp_drafts" ;;
  stop)
    runuser -u "$USER_NAME" -- "$BIN/pg_ctl" -D "$DATA" -m fast stop
    chown -R "$(stat -c '%u:%g' "$(dirname "$DATA")")" "$DATA" ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
