# Shared by the scripts in scripts/eval (sourced, not run): where the repository and the shared
# data are, and the `sitrep` binary to run.
#   root:   the repository;  shared: $SITREP_SHARED, default ../shared beside the repository.
#   eval_out NAME:        makes and prints $TMPDIR/NAME (outputs never go into the repository).
#   eval_binary CONFIG:   sets SITREP_BIN, building this repository's `sitrep` in CONFIG (scratch
#                         path .build-CONFIG) unless SITREP_BIN already names a binary.
#   eval_bench_corpora OUT: writes the benchmark corpora into OUT: short.jsonl (the dev notes
#                         repeated to 11 MB) and long.txt (the sample page and dev notes, 11 MB).
#   eval_inputs IN OUT:   copies a JSON Lines set's id, text and published day (2020-01-01 when
#                         it has none) into OUT, the input `sitrep extract --input jsonl` reads.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"

eval_out() {
  local dir="${TMPDIR:-/tmp}/$1"
  mkdir -p "$dir"
  printf '%s\n' "$dir"
}

eval_binary() {
  if [[ -z "${SITREP_BIN:-}" ]]; then
    (cd "$root" && swift build -c "$1" --product sitrep --scratch-path ".build-$1" >/dev/null)
    SITREP_BIN="$root/.build-$1/$1/sitrep"
  fi
}

eval_inputs() {
  python3 -c 'import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        out.write(json.dumps({"id": d["id"], "text": d["text"], "published": d.get("published") or "2020-01-01"}) + "\n")' "$1" "$2"
}

eval_bench_corpora() {
  python3 - "$shared" "$1" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
texts = [json.loads(l)["text"] for l in open(f"{shared}/eval/dev.jsonl", encoding="utf-8")]
page = open(f"{shared}/samples/syria-daily-2016-05-05.txt", encoding="utf-8").read()
n = i = 0
with open(f"{out}/short.jsonl", "w") as f:
    while n < 11_000_000:
        t = texts[i % len(texts)]
        f.write(json.dumps({"id": f"d{i}", "text": t, "published": "2020-05-05"}) + "\n")
        n += len(t.encode()); i += 1
print(f"short reports: {n} bytes in {i} documents, {n / i:.0f} bytes each on average")
m = k = 0
with open(f"{out}/long.txt", "w") as g:
    while m < 11_000_000:
        t = page if k % 10 == 0 else texts[k % len(texts)]
        g.write(t + "\n\n")
        m += len(t.encode()) + 2; k += 1
print(f"one long text: {m} bytes (the sample page and dev notes, {k} pieces)")
PY
}
