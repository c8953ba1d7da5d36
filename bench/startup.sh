#!/usr/bin/env bash
# Start-up benchmark, side by side in one run (the machine is noisy, so compare ratios, not absolute times):
#   app    — JVM start → main window shown, and → engine READY (Spark + Delta + metastore + medallion schemas)
#   bare   — a plain program: JVM start → SparkSession with the same configuration, → first metastore answer
# Runs ROUNDS alternating rounds, fresh workspaces each, and prints medians, ratios and peak RSS.
# Needs Xvfb for the window: apt-get install -y xvfb libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
[ -f target/lakehouse-explorer.jar ] || mvn -B -q -DskipTests package
# Only its own files: bench/out also caches the other benchmarks' tables (bench/out/catalog takes minutes to make).
out="bench/out"; rm -rf "$out"/classes "$out"/bare-* "$out"/app-*; mkdir -p "$out/classes"
javac -d "$out/classes" -cp "target/lakehouse-explorer.jar:target/lib/*" bench/src/BareSparkStart.java
opens=$(unzip -p target/lakehouse-explorer.jar META-INF/MANIFEST.MF | tr -d '\r' | awk '/^Add-Opens:/{f=1; sub(/^Add-Opens: /,""); printf "%s", $0; next} f&&/^ /{sub(/^ /,""); printf "%s", $0; next} {f=0}')
jvm_opens=""; for o in $opens; do jvm_opens="$jvm_opens --add-opens=$o=ALL-UNNAMED"; done

for i in $(seq 1 "$ROUNDS"); do
  java $jvm_opens -cp "$out/classes:target/lakehouse-explorer.jar:target/lib/*" BareSparkStart "$out/bare-ws-$i" > "$out/bare-$i.txt"
  xvfb-run -a -s "-screen 0 1600x1000x24" java -Dlakehouse.bench.report="$out/app-$i.txt" \
      -jar target/lakehouse-explorer.jar --workspace "$out/app-ws-$i" > "$out/app-$i.log" 2>&1
done

python3 - "$out" "$ROUNDS" <<'PY'
import sys, statistics, pathlib
out, rounds = pathlib.Path(sys.argv[1]), int(sys.argv[2])
def read(name):
    d = {}
    for line in (out / name).read_text().split():
        k, v = line.split("="); d[k] = int(v)
    return d
bare = [read(f"bare-{i}.txt") for i in range(1, rounds + 1)]
app = [read(f"app-{i}.txt") for i in range(1, rounds + 1)]
med = lambda rows, k: statistics.median(r[k] for r in rows)
window, ready = med(app, "windowShownMs"), med(app, "engineReadyMs")
session, metastore = med(bare, "sessionMs"), med(bare, "metastoreMs")
print(f"rounds: {rounds} (medians, ms since JVM start)")
print(f"app  window shown        {window:8.0f}   target < 2000")
print(f"app  engine ready        {ready:8.0f}")
print(f"bare SparkSession        {session:8.0f}")
print(f"bare + first metastore   {metastore:8.0f}")
print(f"ratio engine ready / bare session+metastore  {ready / metastore:5.2f}   target <= 1.10")
print(f"ratio engine ready / bare session only       {ready / session:5.2f}")
print(f"peak RSS app {med(app, 'peakRssMb'):.0f} MiB, bare {med(bare, 'peakRssMb'):.0f} MiB")
PY
