#!/usr/bin/env python3
"""Publishes M benchmark updates at a steady pace over one keep-alive connection (loopback only).

Each body carries "bench-seq=<k> bench-ts=<unix-microseconds>", the timestamp taken just before
the request is sent; sseclient reads both back from the SSE frames.

  publish.py sitrep PORT TOKEN SLUG M INTERVAL_MS   -> POST /api/v1/stories/SLUG/updates (JSON)
  publish.py nchan  PORT -      PATH M INTERVAL_MS   -> POST PATH (plain text body)

Prints one "PUBLISH ok=.. failed=.. post_p50_ms=.. post_max_ms=.." line at the end.
"""
import http.client
import json
import sys
import time


def main() -> int:
    if len(sys.argv) != 7:
        print(__doc__, file=sys.stderr)
        return 2
    mode, port, token, target, count, interval_ms = sys.argv[1:]
    port, count, interval = int(port), int(count), int(interval_ms) / 1000.0
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    ok, failed, post_ms = 0, 0, []
    start = time.monotonic()
    for k in range(1, count + 1):
        # Steady pace on an absolute schedule, so a slow POST does not shift the next ones.
        delay = start + (k - 1) * interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        ts = time.time_ns() // 1000
        text = f"Benchmark update {k}: shelling reported near the northern ring road. bench-seq={k} bench-ts={ts}"
        if mode == "sitrep":
            path = f"/api/v1/stories/{target}/updates"
            body = json.dumps({"body": text}).encode()
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        else:
            path = target
            body = text.encode()
            headers = {"Content-Type": "text/plain"}
        t0 = time.monotonic()
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            if 200 <= response.status < 300:
                ok += 1
            else:
                failed += 1
                print(f"publish {k}: HTTP {response.status}", file=sys.stderr)
        except (OSError, http.client.HTTPException) as error:
            failed += 1
            print(f"publish {k}: {error}", file=sys.stderr)
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        post_ms.append((time.monotonic() - t0) * 1000)
    post_ms.sort()
    p50 = post_ms[len(post_ms) // 2] if post_ms else 0
    print(f"PUBLISH ok={ok} failed={failed} post_p50_ms={p50:.2f} post_max_ms={max(post_ms, default=0):.2f}")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
