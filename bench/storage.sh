#!/usr/bin/env bash
# Connections / secrets / storage benchmark, side by side in one run (the machine is noisy: compare ratios, not
# absolutes). Its own Azurite on a free port, stopped at the end.
#   1  SELECT count(*) FROM default.bench_local (a small local Delta table) through engine.sql(): the same engine
#      with 20 saved Azurite connections (each with a {{secrets/bench/key}} reference) vs with none — toggled by
#      removing / re-adding them (untimed) between statements, interleaved; per round the median of REPS a side,
#      plus the app's added lookup alone (saved connections read + table locations looked up)           <= 1.05x
#      and SELECT count(*) FROM default.bench_remote (LOCATION 'wasb://…' on Azurite): first run (after one local
#      statement; includes unlocking the scope) vs later runs
#   2  one UPLOAD_MIB-MiB file: engine.storage().upload vs bare BlobClient.uploadFromFile, same endpoint and key <= 1.3x
#   3  a folder of BLOBS small blobs + 20 sub-folders (5 Delta tables): engine.storage().list vs a bare
#      listBlobsByHierarchy("/") collecting names                                                      (ratio reported)
#   4  first value() of a fresh WorkspaceSecrets: the local scope's PBKDF2 (600,000 iterations)              < 1 s
# A setup JVM writes the scope, connections, tables and blobs; a fresh JVM measures 4 (before any Spark); a third
# measures 1–3 for a warm-up round plus ROUNDS rounds, alternating which side goes first.
#   ROUNDS=3 UPLOAD_MIB=64 BLOBS=1000 REPS=15 bench/storage.sh        (defaults)
# Other knobs: BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
UPLOAD_MIB="${UPLOAD_MIB:-64}"
BLOBS="${BLOBS:-1000}"
REPS="${REPS:-15}"
[ -f target/lakehouse-explorer.jar ] || mvn -B -q -DskipTests package

out="bench/out/storage"; run="$out/run"
rm -rf "$run"; mkdir -p "$run/classes" "$run/azurite"
cp="$run/classes:target/lakehouse-explorer.jar:target/lib/*"
javac -d "$run/classes" -cp "$cp" bench/src/BenchSupport.java bench/src/StorageBench.java
opens=$(unzip -p target/lakehouse-explorer.jar META-INF/MANIFEST.MF | tr -d '\r' | awk '/^Add-Opens:/{f=1; sub(/^Add-Opens: /,""); printf "%s", $0; next} f&&/^ /{sub(/^ /,""); printf "%s", $0; next} {f=0}')
jvm_opens=""; for o in $opens; do jvm_opens="$jvm_opens --add-opens=$o=ALL-UNNAMED"; done
# shellcheck disable=SC2206
java_cmd=(java $jvm_opens -Dderby.stream.error.file="$run/derby.log" ${BENCH_JAVA_OPTS:-})

# Azurite on a free port (--blobPort 0), in its own folder; stopped on every exit.
azurite-blob --blobHost 127.0.0.1 --blobPort 0 --location "$run/azurite" --skipApiVersionCheck --loose --silent \
    --disableTelemetry > "$run/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*successfully listens on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$run/azurite.log" | head -n 1)
  [ -n "$port" ] && break
  kill -0 "$azurite_pid" 2>/dev/null || { echo "Azurite did not start:" >&2; cat "$run/azurite.log" >&2; exit 1; }
  sleep 0.2
done
[ -n "$port" ] || { echo "Azurite did not say its port:" >&2; cat "$run/azurite.log" >&2; exit 1; }
endpoint="http://127.0.0.1:$port/devstoreaccount1"
echo "Azurite (pid $azurite_pid) on $endpoint"

step() {
  local log="$run/$1.log"; shift
  if ! "$@" > "$log" 2>&1; then
    echo "FAILED: $* (log: $log)" >&2; tail -n 40 "$log" >&2; exit 1
  fi
}
samples="$run/samples.txt"; : > "$samples"
args=("$run/ws" "$endpoint" "$samples" "$ROUNDS" "$UPLOAD_MIB" "$BLOBS" "$REPS")
echo "setup: scope, 20 connections, local and remote tables, $BLOBS blobs, a $UPLOAD_MIB MiB file"
step setup "${java_cmd[@]}" -cp "$cp" StorageBench setup "${args[@]}"
echo "unlock: fresh JVM, $ROUNDS rounds + a warm-up"
step unlock "${java_cmd[@]}" -cp "$cp" StorageBench unlock "${args[@]}"
echo "measure: fresh JVM, a warm-up round and $ROUNDS alternating rounds"
step measure "${java_cmd[@]}" -cp "$cp" StorageBench measure "${args[@]}"

python3 - "$samples" "$ROUNDS" "$UPLOAD_MIB" "$BLOBS" "$REPS" <<'PY'
import sys, statistics
path, rounds, mib, blobs, reps = sys.argv[1:6]
vals, notes = {}, {}
for line in open(path):
    key, _, value = line.rstrip("\n").partition(" ")
    if key.startswith("#"):
        notes.setdefault(key[1:], []).append(value)
    elif key:
        vals.setdefault(key, []).append(float(value))
med = lambda k: statistics.median(vals[k])
runs = lambda k: "(" + " / ".join(f"{v:,.1f}" if v < 100 else f"{v:,.0f}" for v in vals[k]) + ")"
fmt = lambda k: (f"{med(k):,.1f}" if med(k) < 100 else f"{med(k):,.0f}") + " " + runs(k)
verdict = lambda ok: "PASS" if ok else "MISS"
print()
print(f"Connections / storage benchmark: ROUNDS={rounds} UPLOAD_MIB={mib} BLOBS={int(blobs):,} REPS={reps}")
print("ms, medians of the rounds (runs); ratios are of the medians; warm-up rounds left out\n")

a, b = med("resolve.with"), med("resolve.without")
print(f"1. SELECT count(*) FROM default.bench_local; per round, the median of {reps} statements a side, interleaved")
print(f"   20 saved connections {fmt('resolve.with')}")
print(f"   no connection        {fmt('resolve.without')}")
print(f"   ratio with / without {a / b:5.3f} (difference {a - b:+.1f} ms)  target <= 1.05 → {verdict(a / b <= 1.05)}")
l = med("resolve.lookup")
print(f"   the added lookup alone (connections read + table locations) {fmt('resolve.lookup')} = {100 * l / b:.1f}% "
      f"of a statement → {verdict((b + l) / b <= 1.05)} as a ratio ({(b + l) / b:5.3f})")
print(f"     of which reading the saved connections {fmt('resolve.lookup.list')}, the rest the table-location look-up")
print(f"   remote table (wasb:// on Azurite), scope unlocked before: {notes['remote.scopeUnlockedBefore'][0]}")
print(f"   (run after the JVM's first local statement, {med('local.first'):,.0f} ms, so Spark's own first-query cost is out)")
print(f"   first run {fmt('remote.first')}   later runs median {med('remote.later'):,.0f} "
      f"(of {len(vals['remote.later'])}; min {min(vals['remote.later']):,.0f})  ratio first/later "
      f"{med('remote.first') / med('remote.later'):4.1f}\n")

a, b = med("upload.app"), med("upload.bare")
print(f"2. upload of one {mib} MiB file")
print(f"   app  engine.storage().upload     {fmt('upload.app')}   ({float(mib) / (a / 1000):,.0f} MiB/s)")
print(f"   bare BlobClient.uploadFromFile   {fmt('upload.bare')}   ({float(mib) / (b / 1000):,.0f} MiB/s)")
print(f"   ratio {a / b:5.2f}  target <= 1.30 → {verdict(a / b <= 1.3)}   ({notes['upload.sizes'][0]})\n")

a, b = med("list.app"), med("list.bare")
print(f"3. listing {int(blobs):,} blobs + 20 sub-folders")
print(f"   app  engine.storage().list       {fmt('list.app')}   {notes['list.app.result'][0]}")
print(f"   bare listBlobsByHierarchy names  {fmt('list.bare')}   {notes['list.bare.result'][0]}")
print(f"   ratio {a / b:5.2f}  (reported; the app also reads metadata and checks each folder for _delta_log/)\n")

u = med("unlock.first")
print("4. first value() of a fresh WorkspaceSecrets (PBKDF2-HMAC-SHA256, 600,000 iterations), own JVM")
print(f"   first {fmt('unlock.first')}   warm-up (first in the JVM) {med('unlock.first.warmup'):,.0f}   "
      f"cached second call {med('unlock.cached'):,.2f}")
print(f"   target < 1,000 ms → {verdict(u < 1000)}")
PY
