#!/usr/bin/env bash
# Builds the published modules' jars at a git commit into a directory, as the baseline of the API
# compatibility check (japicmp), without installing anything into the local Maven repository:
#
#   scripts/api-baseline.sh main target/api-baseline
#   mvn -B verify -Dgongkai.api.baselineDir="$PWD/target/api-baseline"
#
# Any commit or tag works (a released tag gives what Maven Central would). Extra arguments go to
# Maven, e.g. -o to build offline.
set -euo pipefail
ref="${1:?usage: scripts/api-baseline.sh <commit> <output-dir> [maven args...]}"
out="${2:?usage: scripts/api-baseline.sh <commit> <output-dir> [maven args...]}"
shift 2
repo="$(cd "$(dirname "$0")/.." && pwd)"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
git -C "$repo" archive --format=tar "$ref" | tar -x -C "$src"
modules="core,rules,report,jackson2,jackson3"
mvn -B -q -f "$src/pom.xml" -pl "$modules" -am -DskipTests -Dmaven.javadoc.skip=true \
  -Dmaven.source.skip=true -Dgongkai.api.skip=true "$@" package
mkdir -p "$out"
for m in ${modules//,/ }; do
  jar=$(ls "$src/$m/target/"gongkai-"$m"-*.jar | grep -vE -- '-(tests|sources|javadoc)\.jar$' | head -1)
  cp "$jar" "$out/gongkai-$m.jar"
done
echo "baseline jars of $ref in $out:"
ls "$out"
