# Sourced by ./hydrant and .ci/run: exports JAVA_HOME pointing at a JDK >= 21
# (JAVA_HOME if it qualifies, otherwise the newest suitable one under /usr/lib/jvm).
jdk_major() {
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  echo "${v%%.*}"
}
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_major=0 d m
  for d in /usr/lib/jvm/*; do
    [ -x "$d/bin/javac" ] || continue
    m=$(jdk_major "$d")
    if [ -n "$m" ] && [ "$m" -ge 21 ] 2>/dev/null && [ "$m" -gt "$best_major" ]; then
      best="$d"; best_major="$m"
    fi
  done
  if [ -z "$best" ]; then
    echo "No JDK >= 21 found (set JAVA_HOME or install one under /usr/lib/jvm)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
if [ "$(jdk_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  # Maven's own libraries touch sun.misc.Unsafe; keep JDK 24+ from warning about it on every build.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
