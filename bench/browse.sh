#!/usr/bin/env bash
# Browse-without-compute benchmark, side by side in one run: a table's first page of 200 rows from a cold JVM,
#   kernel — `table show` (Delta Kernel, no Spark session)
#   spark  — `sql "SELECT * … LIMIT 200"` (the embedded Spark session)
# on a 10M-row, 51-commit Delta table. Prints medians of ROUNDS alternating rounds and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-3}"
[ -f target/lakehouse-explorer.jar ] || mvn -B -q -DskipTests package
out="bench/out/browse"; mkdir -p "$out"
ws="$out/ws"; table="$(pwd)/$out/events"
jar=(java -jar target/lakehouse-explorer.jar --workspace "$ws")
if [ ! -d "$table/_delta_log" ]; then
  {
    echo "CREATE TABLE delta.\`$table\` USING delta AS SELECT id, id % 1000 AS customer, rand(7) * 100 AS amount, 'event-' || id AS label FROM range(0, 10000000, 1, 8);"
    for i in $(seq 1 50); do echo "INSERT INTO delta.\`$table\` SELECT id, $i AS customer, $i * 1.5 AS amount, 'late-$i' AS label FROM range(0, 1000);"; done
  } > "$out/make-table.sql"
  "${jar[@]}" sql --file "$out/make-table.sql" > /dev/null
fi
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
: > "$out/kernel.txt"; : > "$out/spark.txt"
for i in $(seq 1 "$ROUNDS"); do
  ms "${jar[@]}" table show "$table" --limit 200 --format json >> "$out/kernel.txt"
  ms "${jar[@]}" sql "SELECT * FROM delta.\`$table\` LIMIT 200" --format json >> "$out/spark.txt"
done
python3 - "$out" <<'PY'
import sys, statistics, pathlib
out = pathlib.Path(sys.argv[1])
k = [int(x) for x in (out / "kernel.txt").read_text().split()]
s = [int(x) for x in (out / "spark.txt").read_text().split()]
print(f"first page of 200 rows, process wall time (ms), {len(k)} rounds")
print(f"kernel (table show)  median {statistics.median(k):7.0f}   runs {k}")
print(f"spark  (sql LIMIT)   median {statistics.median(s):7.0f}   runs {s}")
print(f"ratio spark / kernel {statistics.median(s) / statistics.median(k):5.1f}x")
PY
