#!/usr/bin/env bash
# Builds FerretDB v1 (SQLite backend) from the Go module proxy into $(go env GOPATH)/bin.
# FerretDB is the MongoDB-protocol database the tests use where no mongod can be installed.
# The module's build/version/version.txt is empty in the published module, so a plain
# `go install` produces a binary that panics at start: we copy the source, write the
# version file, and build from the copy.
set -euo pipefail
VERSION="v1.24.2"
if ! command -v go >/dev/null 2>&1; then
  echo "go is not installed: installing Debian's golang-go (its toolchain fetches a newer Go from the module proxy if needed)"
  apt-get update -qq && apt-get install -y -qq golang-go >/dev/null
fi
export GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"
BIN="$(go env GOPATH)/bin/ferretdb"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "${VERSION}"; then
  echo "ferretdb ${VERSION} already at ${BIN}"
  exit 0
fi
SRC="$(go mod download -json "github.com/FerretDB/FerretDB@${VERSION}" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
if [ -z "$SRC" ] || [ ! -d "$SRC" ]; then
  echo "could not download github.com/FerretDB/FerretDB@${VERSION} from the Go module proxy" >&2
  exit 1
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cp -r "$SRC"/. "$WORK"
chmod -R u+w "$WORK"
echo "${VERSION}" > "$WORK/build/version/version.txt"
mkdir -p "$(dirname "$BIN")"
(cd "$WORK" && go build -o "$BIN" ./cmd/ferretdb)
"$BIN" --version | head -3
