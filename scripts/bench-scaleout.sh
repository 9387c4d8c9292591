#!/usr/bin/env bash
# Throughput of annotate (--threads 1 and 2) and of the Spark application (local[1], local[2]) on
# the seeds copied N times. Prints wall time, peak RSS, documents/s and tokens/s for each.
# Usage: scripts/bench-scaleout.sh [COPIES]   (default 200 copies = 1,000 documents)
# Needs: target/isnad.jar (mvn -B package -DskipTests) and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for ((i = 0; i < copies; i++)); do
  for f in seeds/*.txt; do cp "$f" "$work/in/${i}_$(basename "$f")"; done
done
echo "input: $(ls "$work/in" | wc -l) documents"

measure() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out.txt" 2> "$work/err.txt" || true
  read -r wall rss < "$work/time"
  echo "$name: wall ${wall} s, peak RSS $((rss / 1024)) MB; $(grep -E 'documents' "$work/out.txt" | tail -1)"
}

for t in 1 2; do
  measure "annotate --threads $t" java -jar target/isnad.jar annotate -q --threads "$t" \
      --format xmi -o "$work/annotate$t" "$work/in"
done

mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$work/spark.cp" > /dev/null
opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
for n in 1 2; do
  # shellcheck disable=SC2086
  measure "spark local[$n]" java $opens -Dspark.master="local[$n]" -Dspark.ui.enabled=false \
      -cp "target/isnad.jar:$(cat "$work/spark.cp")" org.isnad.spark.IsnadSparkJob \
      --input "$work/in" --output "$work/spark$n" --partitions $((n * 4))
done
