#!/usr/bin/env python3
"""Publishing throughput through the API: M updates as fast as C concurrent editors can post them.

  pubrate.py PORT TOKEN SLUG M [CONCURRENCY=4] [SEED=1]

Each editor holds one keep-alive connection and posts `POST /api/v1/stories/SLUG/updates` (JSON,
bearer token) back to back; the bodies are made-up wire prose (Benchmarks/gencorpus.py's
sentences), so extraction, when on, has real work. Prints one line:
"PUBRATE ok=.. failed=.. seconds=.. updates_per_s=.. post_p50_ms=.. post_p99_ms=..".
Exit status 1 when a publish failed.
"""
import http.client
import json
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gencorpus import paragraph  # noqa: E402


def main() -> int:
    if len(sys.argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    port, token, slug, count = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    concurrency = int(sys.argv[5]) if len(sys.argv) > 5 else 4
    rng = random.Random(int(sys.argv[6]) if len(sys.argv) > 6 else 1)
    bodies = [paragraph(rng, rng.randint(2, 4)) for _ in range(count)]
    lock = threading.Lock()
    state = {"next": 0, "ok": 0, "failed": 0}
    latencies = []

    def editor():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        while True:
            with lock:
                k = state["next"]
                if k >= count:
                    break
                state["next"] += 1
            t0 = time.monotonic()
            try:
                conn.request("POST", f"/api/v1/stories/{slug}/updates", body=json.dumps({"body": bodies[k]}), headers=headers)
                response = conn.getresponse()
                response.read()
                good = response.status == 201
                if not good:
                    print(f"publish {k}: HTTP {response.status}", file=sys.stderr)
            except (OSError, http.client.HTTPException) as error:
                good = False
                print(f"publish {k}: {error}", file=sys.stderr)
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with lock:
                state["ok" if good else "failed"] += 1
                latencies.append((time.monotonic() - t0) * 1000)
        conn.close()

    start = time.monotonic()
    threads = [threading.Thread(target=editor) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - start
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0
    print(f"PUBRATE ok={state['ok']} failed={state['failed']} seconds={seconds:.3f} "
          f"updates_per_s={state['ok'] / seconds:.1f} post_p50_ms={p(0.5):.1f} post_p99_ms={p(0.99):.1f}")
    return 0 if state["failed"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
