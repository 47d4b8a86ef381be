"""Three instances on one PostgreSQL, in a real browser: every update exactly once.

Starts Benchmarks/cluster.sh (PostgreSQL, three `sitrep serve` instances, nginx in front). A reader
opens a live story page through nginx, which sends it to instance 1; the editor publishes through
instance 2; the updates appear on the reader's page. Then nginx is pointed at instance 3 and
instance 1 is killed (-9) while the editor goes on publishing: the page reconnects through nginx to
instance 3 with its Last-Event-ID and shows every update exactly once. A plain SSE reader on
instance 3, replaying from the start, gets every event once, in sequence order.

Needs: PostgreSQL and nginx (the script installs them), chromium, chromium-driver, selenium.
Usage: scripts/cluster-check.py PATH/TO/sitrep
"""
import os, subprocess, sys, time, urllib.request

from selenium.webdriver.common.by import By

from checklib import Check, chrome, wait_for

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sitrep")
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cluster = os.path.join(root, "Benchmarks", "cluster.sh")
port = 18140
database = "postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_cluster_check"
env = dict(os.environ, SITREP=binary, PORT=str(port), DATABASE=database, STATE="/tmp/sitrep-cluster-check", SERVE_ARGS="--no-extract")


def sh(*args):
    return subprocess.run([cluster, *args], env=env, check=True, capture_output=True, text=True).stdout


def instance(n):
    check = Check(binary, port + n, "unused")
    check.db = database
    return check


def sse_events(base, path, last_event_id, count, timeout=20):
    """The first `count` (id, event) pairs of a live stream."""
    request = urllib.request.Request(base + path, headers={"Last-Event-ID": str(last_event_id), "Accept": "text/event-stream"})
    events, current = [], {}
    deadline = time.time() + timeout
    with urllib.request.urlopen(request, timeout=timeout) as response:
        for raw in response:
            line = raw.decode().rstrip("\n")
            if line.startswith("id: "):
                current["id"] = int(line[4:])
            elif line.startswith("event: "):
                current["event"] = line[7:]
            elif line == "" and "id" in current:
                events.append((current["id"], current.get("event", "message")))
                current = {}
                if len(events) == count:
                    return events
            if time.time() > deadline:
                break
    raise SystemExit(f"FAIL: only {len(events)} of {count} events from {base}{path}: {events}")


print(sh("start", "3").strip())
driver = None
try:
    one, two, three = instance(1), instance(2), instance(3)
    two.run("user", "add", "ed", "--role", "editor", stdin="cluster-check-password\n")
    token = two.run("token", "create", "ed")
    sh("route", str(port + 1))

    one.api("POST", "/api/v1/stories", token, {"slug": "cluster", "title": "Cluster check"})
    one.api("POST", "/api/v1/stories/cluster/updates", token, {"body": "First update, before the reader arrived."})

    driver = chrome(1000, 900)
    driver.get(f"http://127.0.0.1:{port}/stories/cluster")
    wait_for(lambda: driver.execute_script("return window.sitrepLive !== undefined"), "live script")
    time.sleep(0.5)

    ids = [two.api("POST", "/api/v1/stories/cluster/updates", token, {"body": f"Update {n}, published through instance 2."})["id"]
           for n in (2, 3)]
    wait_for(lambda: driver.execute_script("return window.sitrepLive.pending()") == 2, "two pending updates on the reader of instance 1")
    print("ok: a reader on instance 1 got the updates published through instance 2")

    sh("route", str(port + 3))
    sh("kill", str(port + 1))
    ids += [two.api("POST", "/api/v1/stories/cluster/updates", token, {"body": f"Update {n}, after instance 1 died."})["id"]
            for n in (4, 5, 6)]
    wait_for(lambda: driver.execute_script("return window.sitrepLive.pending()") == 5, "five pending updates after the move to instance 3",
             timeout=30)
    driver.find_element(By.CSS_SELECTOR, "#live-bar button").click()
    articles = [a.get_attribute("id") for a in driver.find_elements(By.CSS_SELECTOR, "#updates article")]
    assert len(articles) == len(set(articles)), f"duplicates: {articles}"
    for update_id in ids:
        assert articles.count("update-" + update_id) == 1, (update_id, articles)
    assert len(articles) == 6, articles
    print("ok: instance 1 killed, the reader moved to instance 3 and shows every update exactly once (6 updates)")

    events = sse_events(three.base, "/stories/cluster/live", 0, 6)
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 6], events
    print("ok: a reader of instance 3 replaying from the start gets events 1-6 once, in order")
    print("cluster check passed")
finally:
    if driver:
        driver.quit()
    subprocess.run([cluster, "stop"], env=env, capture_output=True)
