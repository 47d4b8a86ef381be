#!/usr/bin/env bash
# Short libFuzzer run over the extractor (and the HTML stripper).
# Usage: scripts/eval/fuzz/run.sh [SECONDS]   (default 60; SANITIZE=fuzzer for no AddressSanitizer)
# Builds a throw-away package in $TMPDIR that links SitrepModel and SitrepExtract from this
# checkout and compiles FuzzExtract.swift with -sanitize=fuzzer,address (Linux toolchain); the
# libraries are instrumented too (only the executable links libFuzzer) so that coverage guides the
# search through the extractor, and AddressSanitizer checks every memory access, including the
# tokenizer's and the event text's raw-pointer loads and copies.
set -euo pipefail
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
sanitize="${SANITIZE:-fuzzer,address}"
work="${TMPDIR:-/tmp}/sitrep-fuzz"
rm -rf "$work/Sources" && mkdir -p "$work/Sources/FuzzExtract" "$work/corpus"
ln -sfn "$root/Sources/SitrepModel" "$work/Sources/SitrepModel"
ln -sfn "$root/Sources/SitrepExtract" "$work/Sources/SitrepExtract"
cp "$here/FuzzExtract.swift" "$work/Sources/FuzzExtract/FuzzExtract.swift"
cat > "$work/Package.swift" <<PKG
// swift-tools-version:6.2
import PackageDescription
let package = Package(
    name: "SitrepFuzz",
    targets: [
        .target(name: "SitrepModel", swiftSettings: [.unsafeFlags(["-sanitize=$sanitize"])]),
        .target(name: "SitrepExtract", dependencies: ["SitrepModel"], resources: [.copy("Resources")],
                swiftSettings: [.unsafeFlags(["-sanitize=$sanitize"])]),
        .executableTarget(name: "FuzzExtract", dependencies: ["SitrepExtract"],
                          swiftSettings: [.unsafeFlags(["-sanitize=$sanitize", "-parse-as-library"])],
                          linkerSettings: [.unsafeFlags(["-sanitize=$sanitize"])]),
    ],
    swiftLanguageModes: [.v6]
)
PKG
# seed corpus: a few hand-written reports (no evaluation data)
printf 'UPDATE 1345 GMT: Regime forces shelled Khan Tuman, killing 3 fighters.\n' > "$work/corpus/a.txt"
printf '30+ Killed in Airstrike on Camp\n\nMore than 30 people were killed near Sarmada in Idlib Province.\n' > "$work/corpus/b.txt"
printf '<p>Protesters &amp; police clashed in &#8220;Homs&#8221; on Tuesday.</p><script>x</script>\n' > "$work/corpus/c.txt"
(cd "$work" && swift build -c release --product FuzzExtract 2>&1 | tail -3)
"$work/.build/release/FuzzExtract" -max_total_time="$seconds" -max_len=65536 -timeout=5 "$work/corpus"
