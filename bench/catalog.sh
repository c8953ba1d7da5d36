#!/usr/bin/env bash
# Catalog / time-travel benchmark, side by side in one run (the machine is noisy: compare ratios, not absolutes).
#   1  ROWS-row Delta table, Spark NOT started: history, schema, details, first page through the app's compute-free
#      reader (engine.tables()), from the click, in a fresh JVM per round (first calls), then warm    < 1 s
#   2  Spark ready: first sorted / first filtered page through the app's DeltaTableService.rows (the Data tab's call)
#      against a bare read.format("delta")…orderBy/filter….limit(200).collect() in the same JVM         <= 1.2x
#   3  history of a COMMITS-commit table through the app's compute-free reader (fresh JVM)              < 1 s
#   4  version 0 of that table, the way the app opens it, against a bare versionAsOf 0 …limit(200)        <= 1.2x
#   5  keyed diff of two versions of a DIFF_ROWS-row table (engine.delta().diff, as `table diff --key`)
#      against bare v1.except(v2).count() + v2.except(v1).count()                                       <= 2x
#   6  the real main window headless (Monocle) doing all of the above: longest gap between FX pulses   <= 100 ms
# Tables are made once (real Delta writes) under bench/out/catalog/, named by size. Each round runs the fresh-JVM
# measures (1, 3, 6); then one JVM runs the Spark measures (2, 4, 5) for a warm-up round plus ROUNDS rounds,
# alternating which side goes first. Prints medians, ratios and PASS/MISS per target.
#   ROUNDS=3 ROWS=10000000 COMMITS=1000 DIFF_ROWS=1000000 bench/catalog.sh        (defaults)
#   ROUNDS=1 ROWS=200000 COMMITS=100 DIFF_ROWS=50000 bench/catalog.sh              (a quick check)
# Other knobs: WARM (warm repetitions, 5), SORT_COLUMN (amount), FILTER (customer = 7), BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
ROWS="${ROWS:-10000000}"
COMMITS="${COMMITS:-1000}"
DIFF_ROWS="${DIFF_ROWS:-1000000}"
WARM="${WARM:-5}"
SORT_COLUMN="${SORT_COLUMN:-amount}"
FILTER="${FILTER:-customer = 7}"
[ -f target/lakehouse-explorer.jar ] || mvn -B -q -DskipTests package

out="bench/out/catalog"; run="$out/run"
mkdir -p "$out"; rm -rf "$run"; mkdir -p "$run/classes"
monocle="$HOME/.m2/repository/org/testfx/openjfx-monocle/17.0.10/openjfx-monocle-17.0.10.jar"
[ -f "$monocle" ] || mvn -B -q dependency:get -Dartifact=org.testfx:openjfx-monocle:17.0.10
cp="$run/classes:target/lakehouse-explorer.jar:target/lib/*"
javac -d "$run/classes" -cp "$cp" bench/src/BenchSupport.java bench/src/CatalogTables.java \
    bench/src/CatalogCold.java bench/src/CatalogSpark.java bench/src/CatalogFx.java
opens=$(unzip -p target/lakehouse-explorer.jar META-INF/MANIFEST.MF | tr -d '\r' | awk '/^Add-Opens:/{f=1; sub(/^Add-Opens: /,""); printf "%s", $0; next} f&&/^ /{sub(/^ /,""); printf "%s", $0; next} {f=0}')
jvm_opens=""; for o in $opens; do jvm_opens="$jvm_opens --add-opens=$o=ALL-UNNAMED"; done
# derby.stream.error.file: closing an engine whose Spark never started still shuts its Derby database down, and
# Derby would otherwise write derby.log into the working directory (the repository).
# shellcheck disable=SC2206
java_cmd=(java $jvm_opens -Dderby.stream.error.file="$run/derby.log" ${BENCH_JAVA_OPTS:-})
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)

# Runs one benchmark JVM with its output in a log; on failure shows the log's end and stops.
step() {
  local log="$run/$1.log"; shift
  if ! "$@" > "$log" 2>&1; then
    echo "FAILED: $* (log: $log)" >&2; tail -n 40 "$log" >&2; exit 1
  fi
}

events="$(pwd)/$out/events-$ROWS"; commits="$(pwd)/$out/commits-$COMMITS"; diff="$(pwd)/$out/diff-$DIFF_ROWS"
echo "tables (made once, kept in $out): events-$ROWS, commits-$COMMITS, diff-$DIFF_ROWS"
"${java_cmd[@]}" -cp "$cp" CatalogTables "$out/ws-setup" "$events" "$ROWS" "$commits" "$COMMITS" "$diff" "$DIFF_ROWS" \
    2>&1 | tee "$run/tables.log" | grep -E '^(creating|created|  )' || true
[ -d "$events/_delta_log" ] && [ -d "$commits/_delta_log" ] && [ -d "$diff/_delta_log" ] \
    || { echo "FAILED to create the tables (log: $run/tables.log)" >&2; tail -n 40 "$run/tables.log" >&2; exit 1; }

samples="$run/samples.txt"; : > "$samples"
for i in $(seq 1 "$ROUNDS"); do
  echo "round $i/$ROUNDS: fresh JVMs without Spark (events, commits), then the headless window"
  step "cold-events-$i" "${java_cmd[@]}" -cp "$cp" CatalogCold "$run/ws-cold" "$events" events "$samples" "$WARM"
  step "cold-commits-$i" "${java_cmd[@]}" -cp "$cp" CatalogCold "$run/ws-cold" "$commits" commits "$samples" "$WARM" --v0
  step "fx-$i" "${java_cmd[@]}" "${headless[@]}" -cp "$cp:$monocle" CatalogFx "$run/ws-fx" "$events" "$commits" "$diff" \
      "$samples" "$SORT_COLUMN" "$FILTER"
done
echo "Spark side by side: one JVM, a warm-up round and $ROUNDS alternating rounds"
step spark "${java_cmd[@]}" -cp "$cp" CatalogSpark "$run/ws-spark" "$events" "$commits" "$diff" "$samples" "$ROUNDS" \
    "$SORT_COLUMN" "$FILTER"

python3 - "$samples" "$ROUNDS" "$ROWS" "$COMMITS" "$DIFF_ROWS" "$SORT_COLUMN" "$FILTER" <<'PY'
import sys, statistics
path, rounds, rows, commits, diff_rows, sort_column, flt = sys.argv[1:8]
vals, notes = {}, {}
for line in open(path):
    line = line.rstrip("\n")
    if not line:
        continue
    key, _, value = line.partition(" ")
    if key.startswith("#"):
        notes.setdefault(key[1:], []).append(value)
    else:
        vals.setdefault(key, []).append(float(value))
med = lambda k: statistics.median(vals[k])
runs = lambda k: "(" + " / ".join(f"{v:,.0f}" for v in vals[k]) + ")"
def verdict(ok):
    return "PASS" if ok else "MISS"
def fmt(k):
    return f"{med(k):8,.0f} {runs(k)}"
n = lambda x: f"{int(x):,}"
print()
print(f"Catalog / time-travel benchmark: ROWS={n(rows)} COMMITS={n(commits)} DIFF_ROWS={n(diff_rows)} ROUNDS={rounds}")
print("ms, medians (runs); ratios are app / bare of the medians\n")

print(f"1. {n(rows)}-row table, Spark not started — engine.tables(), fresh JVM per round, the page's four reads")
print("   submitted together at the click; first = first calls in the JVM, warm = median of later calls")
for call, label in [("history", "history"), ("schema", "schema"), ("detail", "details"), ("firstRows", "first page")]:
    print(f"   {label:<12} first {fmt('events.first.' + call)}   warm {med('events.warm.' + call):6,.0f}")
page = med("events.first.page")
print(f"   page complete from the click {fmt('events.first.page')}   "
      f"(ms since JVM start: {med('events.pageShownSinceJvmStart'):,.0f})")
started = max(vals["events.sparkStarted"] + vals["commits.sparkStarted"])
print(f"   Spark started by these reads: {'YES' if started else 'no'}")
worst1 = max(med(f"events.first.{c}") for c in ("history", "schema", "firstRows"))
print(f"   target: schema, history and first page < 1,000 ms from the click → {verdict(worst1 < 1000 and not started)}"
      f" (slowest {worst1:,.0f})\n")

print("2. Spark ready, same JVM: engine.delta().rows(…, 200) vs bare load(p)….limit(200).collect()")
res = {}
for m, what in [("sorted", f"orderBy({sort_column} desc)"), ("filtered", f"filter({flt})")]:
    a, b = med(m + ".app"), med(m + ".bare")
    res[m] = a / b
    print(f"   {m:<9} {what:<26} app {fmt(m + '.app')}  bare {fmt(m + '.bare')}  "
          f"ratio {a / b:5.2f}  target <= 1.20 → {verdict(a / b <= 1.2)}")
    print(f"             warm-up round (app ran first, paying the table's first Delta load in the JVM): "
          f"app {med(m + '.app.first'):,.0f}  bare {med(m + '.bare.first'):,.0f}")
print()

print(f"3. history of the {n(commits)}-commit table ({n(med('commits.historyVersions'))} versions)")
print(f"   app, engine.tables().history  first (fresh JVM) {fmt('commits.first.history')}   "
      f"warm {med('commits.warm.history'):,.0f}   same JVM as Spark {med('history.app'):,.0f}")
print(f"   for reference: DESCRIBE HISTORY (bare) {fmt('history.bare')}   "
      f"app's Spark history (engine.delta().history) {fmt('historySparkApp.app')}")
h = med("commits.first.history")
print(f"   target: < 1,000 ms → {verdict(h < 1000)}\n")

print(f"4. version 0 of the {n(commits)}-commit table, first page vs bare versionAsOf 0 …limit(200).collect()")
a, b = med("v0.app"), med("v0.bare")
print(f"   app, time travel (engine.tables().firstRows v0, the Data tab's read) {fmt('v0.app')}")
print(f"   bare {fmt('v0.bare')}   ratio {a / b:5.2f}  target <= 1.20 → {verdict(a / b <= 1.2)}")
s = med("v0SparkApp.app")
print(f"   app, Spark path at v0 (engine.delta().rows, with a sort or filter) {fmt('v0SparkApp.app')}   "
      f"ratio {s / b:5.2f} → {verdict(s / b <= 1.2)}")
print(f"   in a fresh JVM without Spark: first {fmt('commits.first.firstRowsV0')}   warm {med('commits.warm.firstRowsV0'):,.0f}\n")

print(f"5. keyed diff (key id) of versions 0 and latest of the {n(diff_rows)}-row table")
a, b = med("diff.app"), med("diff.bare")
print(f"   app engine.delta().diff, counts (`table diff --key id`) {fmt('diff.app')}")
print(f"   bare except both ways + count {fmt('diff.bare')}   ratio {a / b:5.2f}  target <= 2.00 → {verdict(a / b <= 2.0)}")
c = med("diffCompareTab.app")
print(f"   for reference, the Compare tab's call (rows too, 500) {fmt('diffCompareTab.app')}   ratio {c / b:5.2f}")
for k in ("diff.app.result", "diff.bare.result"):
    if k in notes:
        print(f"   {k.split('.')[1]}: {notes[k][0]}")
print()

print("6. headless main window (Monocle) doing the above through the Catalog view-models and FxTaskRunner")
print("   phase: median duration (action → shown); the longest pulse gap of the phase in the last round, with the FX")
print("   thread's own CPU time and the GC time within it (CPU << gap: the thread waited — GC, or no free core)")
phases = ["openBeforeReady", "awaitReady", "sort", "fileOrder", "filter", "openCommits", "timeTravelV0",
          "openDiff", "compare", "idle"]
for p in phases:
    if f"fx.{p}.ms" in vals:
        detail = notes.get(f"fx.{p}.maxGapDetail", ["-"])[-1]
        lat = vals.get(f"fx.{p}.maxRunLaterLatency", [float("nan")])[-1]
        print(f"   {p:<16} {med('fx.' + p + '.ms'):8,.0f}   {detail}; runnable wait {lat:,.0f} ms")
worst = max(vals["fx.maxGap"])
print(f"   longest gap per round {runs('fx.maxGap')} ms; gaps > 100 ms per round {runs('fx.gapsOver100')}")
print(f"   most FX-thread CPU within one gap (its own work, the part a quiet machine keeps) per round "
      f"{runs('fx.maxFxCpuInOneGap')} ms — last round: {notes['fx.maxFxCpuInOneGap.detail'][-1]}")
print(f"   longest wait of a runnable posted to the FX thread every 5 ms, per round {runs('fx.maxRunLaterLatency')} ms")
print(f"   target: never more than 100 ms → {verdict(worst <= 100)} (longest pulse gap {worst:,.0f} ms)")
print(f"   stack samples of each phase's longest gap: {path}")
PY
