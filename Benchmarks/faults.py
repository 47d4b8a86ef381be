#!/usr/bin/env python3
"""Live readers and an editor against running `sitrep serve` instances, with faults injected.

Driven by Benchmarks/faults.sh (serve, pgrestart) and Benchmarks/soak.sh (soak), which start the
cluster (Benchmarks/cluster.sh) and create the editor's token first. Standard library only
(asyncio): SSE over HTTP/1.1 with chunked bodies, POSTs on fresh connections.

  faults.py serve     --ports P1,P2,P3 --token T --cluster CLUSTER.SH [--trials 20] ...
  faults.py pgrestart --ports ... --token T --restart-command 'pg_ctlcluster 15 main restart' ...
  faults.py soak      --ports ... --token T --readers 1000 --duration 600 ...

Every reader counts, per connection and across reconnects (always with Last-Event-ID = the last
sequence it got, to a random instance): events received, sequences missed (a gap), sequences
received twice. At the end every reader must stand at the story's last sequence (read from the
store with psql), every acknowledged update (HTTP 201) must be in the store at the sequence the
API gave, and the story's live log must be exactly 1..last. Exit status 1 on any loss.
"""
import argparse
import asyncio
import json
import random
import re
import subprocess
import sys
import time

UPDATE_ID = re.compile(rb'"update":\{.*?"id":"([^"]+)"')


class Reader:
    """One live reader; reconnects forever (until stopped) with Last-Event-ID."""

    def __init__(self, name, ports, port, slug, last=0, record_ids=False, lifetime=None):
        self.name, self.ports, self.port, self.slug = name, ports, port, slug
        self.last = last          # highest sequence received
        self.events = 0
        self.missed = 0
        self.duplicated = 0
        self.connects = 0
        self.failed_connects = 0
        self.forced = 0           # connections this reader closed itself (soak)
        self.lost = 0             # connections the server side ended (killed instance, ...)
        self.ids = {} if record_ids else None
        self.lifetime = lifetime  # mean seconds of a connection before a forced disconnect
        self.stopped = False
        self.connected = asyncio.Event()

    def take(self, sequence, data):
        self.events += 1
        if sequence <= self.last:
            self.duplicated += 1
            return
        if sequence > self.last + 1:
            self.missed += sequence - self.last - 1
            print(f"  {self.name}: gap {self.last + 1}..{sequence - 1} on port {self.port}", file=sys.stderr)
        self.last = sequence
        if self.ids is not None:
            match = UPDATE_ID.search(data)
            self.ids[sequence] = match.group(1).decode() if match else None

    async def stream_once(self):
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", self.port), 5)
        try:
            writer.write((f"GET /stories/{self.slug}/live HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n"
                          f"Accept: text/event-stream\r\nLast-Event-ID: {self.last}\r\n\r\n").encode())
            await writer.drain()
            status = await asyncio.wait_for(reader.readline(), 10)
            chunked = False
            while True:
                line = await asyncio.wait_for(reader.readline(), 10)
                if line in (b"\r\n", b"\n", b""):
                    break
                if line.lower().startswith(b"transfer-encoding:") and b"chunked" in line.lower():
                    chunked = True
            if b" 200 " not in status:
                raise ConnectionError(f"HTTP status {status.strip()!r}")
            self.connects += 1
            self.connected.set()
            buffer = b""
            while not self.stopped:
                if chunked:
                    size_line = await reader.readline()
                    if not size_line:
                        break
                    size = int(size_line.split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        break
                    data = await reader.readexactly(size + 2)
                    buffer += data[:-2]
                else:
                    data = await reader.read(65536)
                    if not data:
                        break
                    buffer += data
                while b"\n\n" in buffer:
                    frame, buffer = buffer.split(b"\n\n", 1)
                    sequence = None
                    payload = b""
                    for line in frame.split(b"\n"):
                        if line.startswith(b"id: "):
                            sequence = int(line[4:])
                        elif line.startswith(b"data: "):
                            payload = line[6:]
                    if sequence is not None:
                        self.take(sequence, payload)
        finally:
            writer.close()

    async def run(self):
        first = True
        while not self.stopped:
            if not first:
                # To a random instance; a dead one refuses and the next try picks again.
                self.port = random.choice(self.ports)
            first = False
            try:
                if self.lifetime:
                    try:
                        await asyncio.wait_for(self.stream_once(), random.uniform(0.1, 2 * self.lifetime))
                        self.lost += 1
                    except asyncio.TimeoutError:
                        self.forced += 1
                else:
                    await self.stream_once()
                    self.lost += 1
            except (OSError, ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                self.failed_connects += 1
                await asyncio.sleep(random.uniform(0.05, 0.3))


async def post(port, path, token, body, timeout=15):
    """POST JSON on a fresh connection; (status, parsed body or None). Raises on a broken connection."""
    payload = json.dumps(body).encode()
    reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)
    try:
        writer.write((f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode()
                     + payload)
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), timeout)
    finally:
        writer.close()
    if not raw:
        raise ConnectionError("empty response")
    head, _, rest = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if b"transfer-encoding: chunked" in head.lower():
        body_bytes, data = b"", rest
        while data:
            size_line, _, data = data.partition(b"\r\n")
            size = int(size_line.split(b";")[0] or b"0", 16)
            if size == 0:
                break
            body_bytes += data[:size]
            data = data[size + 2:]
        rest = body_bytes
    try:
        return status, json.loads(rest) if rest else None
    except ValueError:
        return status, None


class Editor:
    """Publishes through the instances in turn; a failed publish (refused, reset, 5xx) is retried
    through the next instance with a new body (the failed one may or may not have committed)."""

    def __init__(self, ports, token, slug):
        self.ports, self.token, self.slug = ports, token, slug
        self.turn = 0
        self.attempts = 0
        self.acked = []     # (update id, sequence)
        self.failures = {}  # reason -> count
        self.unknown = 0    # attempts whose outcome the editor could not see (connection broken mid-request)
        self.longest = 0.0  # seconds of the slowest publish, retries included

    async def publish(self, text, give_up_after=60):
        began = time.monotonic()
        try:
            return await self._publish(text, give_up_after)
        finally:
            self.longest = max(self.longest, time.monotonic() - began)

    async def _publish(self, text, give_up_after):
        deadline = time.monotonic() + give_up_after
        while time.monotonic() < deadline:
            port = self.ports[self.turn % len(self.ports)]
            self.turn += 1
            self.attempts += 1
            try:
                status, body = await post(port, f"/api/v1/stories/{self.slug}/updates", self.token, {"body": text})
            except ConnectionRefusedError:
                self.failures["refused"] = self.failures.get("refused", 0) + 1
                continue
            except (OSError, ConnectionError, asyncio.TimeoutError, ValueError, IndexError) as error:
                self.unknown += 1
                key = f"{type(error).__name__} via {port}"
                self.failures[key] = self.failures.get(key, 0) + 1
                await asyncio.sleep(0.1)
                continue
            if status == 201 and body and "id" in body:
                self.acked.append((body["id"], body["sequence"]))
                return True
            key = f"HTTP {status} via {port}"
            self.failures[key] = self.failures.get(key, 0) + 1
            if status < 500:
                raise SystemExit(f"FAIL: publish answered {status}: {body}")
            await asyncio.sleep(0.2)
        raise SystemExit(f"FAIL: could not publish for {give_up_after}s; failures {self.failures}")


def psql(database, sql):
    out = subprocess.run(["psql", database, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return out.strip()


def store_last_sequence(database, slug):
    for _ in range(100):
        try:
            return int(psql(database, f"SELECT last_sequence FROM stories WHERE slug = '{slug}'"))
        except subprocess.CalledProcessError:
            time.sleep(0.5)  # PostgreSQL restarting
    raise SystemExit("FAIL: cannot read the story's last sequence")


def check_store(database, slug, acked):
    """Acknowledged updates in the store at their sequence; the live log is exactly 1..last."""
    last = store_last_sequence(database, slug)
    rows = psql(database, f"SELECT u.id, u.sequence FROM updates u JOIN stories s ON s.id = u.story_id WHERE s.slug = '{slug}'")
    stored = dict(line.split("|") for line in rows.splitlines() if line)
    lost = [(i, s) for i, s in acked if stored.get(i) != str(s)]
    log = psql(database, f"SELECT count(*), count(DISTINCT sequence), coalesce(min(sequence), 0), coalesce(max(sequence), 0) "
                         f"FROM live_log l JOIN stories s ON s.id = l.story_id WHERE s.slug = '{slug}'")
    count, distinct, low, high = map(int, log.split("|"))
    log_ok = count == distinct == high == last and (low == 1 or last == 0) and len(stored) == last
    return last, lost, log_ok, log


async def wait_readers(readers, last, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(r.last < last for r in readers):
        await asyncio.sleep(0.2)


async def settle_and_stop(readers, tasks, last, settle):
    """Waits for every reader to reach `last` (or `settle` seconds), then stops them all."""
    await wait_readers(readers, last, settle)
    for r in readers:
        r.stopped = True
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def report(readers, editor, last, lost, log_ok, log, extra=""):
    missed = sum(r.missed for r in readers) + sum(max(0, last - r.last) for r in readers)
    duplicated = sum(r.duplicated for r in readers)
    wrong_ids = 0
    acked_by_sequence = {s: i for i, s in editor.acked}
    for r in readers:
        if r.ids is not None:
            wrong_ids += sum(1 for s, i in acked_by_sequence.items() if s in r.ids and r.ids[s] != i)
    behind = [f"{r.name}@{r.last}" for r in readers if r.last < last]
    print(f"published {editor.attempts} (attempts), acknowledged {len(editor.acked)}, in the store {last} "
          f"(committed without an acknowledgement: {last - len(editor.acked)}), failed attempts {editor.failures or '{}'}, "
          f"slowest publish {editor.longest:.1f}s (retries included)")
    print(f"readers {len(readers)}: events {sum(r.events for r in readers)}, connections {sum(r.connects for r in readers)}, "
          f"dropped by the server {sum(r.lost for r in readers)}, forced by the client {sum(r.forced for r in readers)}, "
          f"refused/failed connects {sum(r.failed_connects for r in readers)}{extra}")
    print(f"acknowledged but not in the store: {len(lost)}; live log {log} (count|distinct|min|max) "
          f"{'= 1..' + str(last) if log_ok else 'NOT 1..' + str(last)}")
    print(f"missed {missed}, duplicated {duplicated}" + (f", wrong update at a sequence {wrong_ids}" if wrong_ids else ""))
    if behind:
        print(f"readers behind the last sequence {last}: {behind[:10]}{' …' if len(behind) > 10 else ''}")
    unanswered = sum(n for key, n in editor.failures.items() if key.startswith("TimeoutError"))
    if unanswered:
        print(f"publishes never answered (15 s): {unanswered} — publishing did not resume on every instance")
    ok = (missed == 0 and duplicated == 0 and not lost and log_ok and wrong_ids == 0 and len(editor.acked) > 0
          and unanswered == 0)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def sh(command):
    return subprocess.run(command, shell=True, check=True, capture_output=True, text=True).stdout


async def trials(args, ports, fault, recover, label):
    """Shared by serve and pgrestart: trials of publishing with one fault at a random moment."""
    readers = []
    for port in ports:
        for k in range(args.readers_per_instance):
            readers.append(Reader(f"r{port}-{k}", ports, port, args.slug, record_ids=True))
    tasks = [asyncio.create_task(r.run()) for r in readers]
    await asyncio.wait_for(asyncio.gather(*(r.connected.wait() for r in readers)), 30)
    editor = Editor(ports, args.token, args.slug)
    late = 0
    for trial in range(1, args.trials + 1):
        window = args.per_trial * args.interval
        delay = random.uniform(0.1 * window, 0.9 * window)
        victim = random.choice(ports)

        async def inject():
            await asyncio.sleep(delay)
            await asyncio.to_thread(fault, victim)

        injector = asyncio.create_task(inject())
        start = time.monotonic()
        for k in range(args.per_trial):
            pause = start + k * args.interval - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)
            await editor.publish(f"Fault trial {trial}, update {k + 1}: shelling reported near the northern ring road.")
        await injector
        await asyncio.to_thread(recover, victim)
        if label == "serve":
            # a reader arriving at the restarted instance replays the whole story from the start
            late += 1
            reader = Reader(f"late{trial}@{victim}", ports, victim, args.slug, record_ids=True)
            readers.append(reader)
            tasks.append(asyncio.create_task(reader.run()))
        print(f"trial {trial}: {label} {'port ' + str(victim) if label == 'serve' else ''} after {delay:.2f}s; "
              f"acknowledged so far {len(editor.acked)}, attempts {editor.attempts}", flush=True)
    last, lost, log_ok, log = check_store(args.database, args.slug, editor.acked)
    await settle_and_stop(readers, tasks, last, args.settle)
    return report(readers, editor, last, lost, log_ok, log, extra=f", {late} of them started after a restart from sequence 0")


async def serve(args):
    ports = [int(p) for p in args.ports.split(",")]
    return await trials(args, ports,
                        fault=lambda port: sh(f"{args.cluster} kill {port}"),
                        recover=lambda port: sh(f"{args.cluster} restart {port}"),
                        label="serve")


async def pgrestart(args):
    ports = [int(p) for p in args.ports.split(",")]
    return await trials(args, ports,
                        fault=lambda port: sh(args.restart_command),
                        recover=lambda port: None,
                        label="pgrestart")


async def soak(args):
    ports = [int(p) for p in args.ports.split(",")]
    readers = [Reader(f"s{k}", ports, random.choice(ports), args.slug, lifetime=args.lifetime) for k in range(args.readers)]
    tasks = []
    for k, r in enumerate(readers):
        tasks.append(asyncio.create_task(r.run()))
        if k % 50 == 49:
            await asyncio.sleep(0.05)
    await asyncio.wait_for(asyncio.gather(*(r.connected.wait() for r in readers)), 120)
    print(f"{len(readers)} readers connected; publishing for {args.duration}s", flush=True)
    editor = Editor(ports, args.token, args.slug)
    editor.turn = 0
    start = time.monotonic()
    k = 0
    next_report = start + 30
    while time.monotonic() - start < args.duration:
        pause = start + k * args.interval - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        editor.turn = random.randrange(len(ports))
        await editor.publish(f"Soak update {k + 1}: aid workers reported a convoy reaching the besieged district.")
        k += 1
        if time.monotonic() > next_report:
            next_report += 30
            print(f"  {time.monotonic() - start:.0f}s: acknowledged {len(editor.acked)}, connections "
                  f"{sum(r.connects for r in readers)}, forced disconnects {sum(r.forced for r in readers)}, "
                  f"missed so far {sum(r.missed for r in readers)}, duplicated {sum(r.duplicated for r in readers)}", flush=True)
    last, lost, log_ok, log = check_store(args.database, args.slug, editor.acked)
    # Readers stop disconnecting while they catch up.
    for r in readers:
        r.lifetime = None
    await settle_and_stop(readers, tasks, last, args.settle)
    return report(readers, editor, last, lost, log_ok, log)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["serve", "pgrestart", "soak"])
    parser.add_argument("--ports", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--database", required=True, help="postgres:// URL, for the store checks")
    parser.add_argument("--slug", default="faults")
    parser.add_argument("--cluster", help="Benchmarks/cluster.sh (serve)")
    parser.add_argument("--restart-command", help="restarts PostgreSQL (pgrestart)")
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--per-trial", type=int, default=8, help="updates published per trial")
    parser.add_argument("--interval", type=float, default=0.25, help="seconds between publishes")
    parser.add_argument("--readers-per-instance", type=int, default=2)
    parser.add_argument("--readers", type=int, default=1000, help="soak")
    parser.add_argument("--duration", type=float, default=600, help="soak, seconds")
    parser.add_argument("--lifetime", type=float, default=20, help="soak: mean seconds before a forced disconnect")
    parser.add_argument("--settle", type=float, default=60, help="seconds the readers get to catch up at the end")
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    if args.seed is not None:
        random.seed(args.seed)
    return asyncio.run({"serve": serve, "pgrestart": pgrestart, "soak": soak}[args.mode](args))


if __name__ == "__main__":
    sys.exit(main())
