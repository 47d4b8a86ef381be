#!/usr/bin/env bash
# Counts the instructions the extractor spends on a slice of the benchmark's long text: the first
# 2,000,000 bytes of bench.sh's long.txt, cut at a paragraph break, read by one thread through
# ExtractIO.extractBatch (scripts/eval/harness/main.swift, built in a scratch package in $TMPDIR
# over this repository's SitrepExtract and SitrepModel). The count does not depend on the machine
# or its load, where bench.sh's wall-clock figures do. Needs valgrind (apt-get install -y valgrind).
# Usage: scripts/eval/instructions.sh   (prints the count; callgrind's output is in
# $TMPDIR/sitrep-instructions/callgrind.out, for callgrind_annotate)
set -euo pipefail
source "$(dirname "$0")/common.sh"
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is needed (apt-get install -y valgrind)" >&2; exit 2; }
out="$(eval_out sitrep-instructions)"
eval_bench_corpora "$out" >/dev/null
python3 - "$out" <<'PY'
import sys
data = open(f"{sys.argv[1]}/long.txt", "rb").read()
cut = data.rfind(b"\n\n", 0, 2_000_000) + 2
open(f"{sys.argv[1]}/slice.txt", "wb").write(data[:cut])
print(f"slice: {cut} bytes of the long text")
PY
pkg="$out/package"
mkdir -p "$pkg/Sources/harness"
ln -sfn "$root/Sources/SitrepExtract" "$pkg/Sources/SitrepExtract"
ln -sfn "$root/Sources/SitrepModel" "$pkg/Sources/SitrepModel"
cp "$root/scripts/eval/harness/main.swift" "$pkg/Sources/harness/main.swift"
cat > "$pkg/Package.swift" <<'SWIFT'
// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "SitrepInstructions",
    platforms: [.macOS(.v15)],
    targets: [
        .target(name: "SitrepModel"),
        .target(name: "SitrepExtract", dependencies: ["SitrepModel"], resources: [.copy("Resources")]),
        .executableTarget(name: "harness", dependencies: ["SitrepExtract", "SitrepModel"]),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
(cd "$pkg" && swift build -c release --product harness >/dev/null)
SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --toggle-collect='*measuredExtraction*' \
  --callgrind-out-file="$out/callgrind.out" "$pkg/.build/release/harness" "$out/slice.txt" 2>&1 | grep -E "^events|I +refs"
