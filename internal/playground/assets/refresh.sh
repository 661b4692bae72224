#!/usr/bin/env bash
# Re-fetches the playground's vendored browser assets from the npm registry.
# Edit the versions below, run this script, run `go test ./internal/playground/...`
# (with Chromium installed: .ci/browser.sh), then update README.md with the new sizes.
set -euo pipefail

GRAPHIQL=4.1.2
REACT=18.3.1

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fetch() { # fetch NAME VERSION: npm pack checks the tarball against the registry's integrity hash.
  (cd "$tmp" && npm pack --silent "$1@$2" >/dev/null)
  mkdir -p "$tmp/$1-$2"
  tar -xzf "$tmp/$1-$2.tgz" -C "$tmp/$1-$2"
}
# vendor NAME VERSION FILE...: copies FILEs (paths inside the package) and the LICENSE
# into NAME-VERSION/, dropping the sourceMappingURL comment because the maps are not served.
vendor() {
  local name=$1 version=$2; shift 2
  local src="$tmp/$name-$version/package" dst="$here/$name-$version"
  rm -rf "$dst"; mkdir -p "$dst"
  cp "$src/LICENSE" "$dst/LICENSE"
  for f in "$@"; do
    sed -e '/^\/[/*][#@] sourceMappingURL=/d' "$src/$f" >"$dst/$(basename "$f")"
  done
}

rm -rf "$here"/graphiql-* "$here"/react-*
fetch graphiql "$GRAPHIQL"
fetch react "$REACT"
fetch react-dom "$REACT"
vendor graphiql "$GRAPHIQL" graphiql.min.js graphiql.min.css
vendor react "$REACT" umd/react.production.min.js
vendor react-dom "$REACT" umd/react-dom.production.min.js
du -ab "$here"/graphiql-* "$here"/react-* | sort -k2
