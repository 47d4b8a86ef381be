#!/usr/bin/env python3
"""The public record in a real browser (headless Chromium via Selenium).

Starts `sitrep serve` (with extraction) on a temporary database; an editor publishes updates and a
reviewer accepts their incidents through the API. Then, in the browser:
  1. /events shows the incidents in the table, on the map and in the charts;
  2. the filter form (a plain GET form) changes the table, the map and the charts together;
  3. with /events open, a new incident is accepted: the live bar announces it and "Show them"
     brings it into the table, the map and the charts;
  4. /map has no script errors, zooms by asking the server for a new SVG (the URL keeps the box),
     and its screenshot is not blank (pixels are counted, not status codes).

Needs: Debian's chromium and chromium-driver, `pip install selenium`.
Usage: scripts/record-check.py PATH/TO/sitrep [SCREENSHOT_DIR]
"""
import os, struct, sys, time, zlib

from selenium.webdriver.common.by import By

from checklib import Check, chrome, wait_for

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sitrep"
shots = sys.argv[2] if len(sys.argv) > 2 else None
port = 18091
check = Check(binary, port, "record")
run, api, base = check.run, check.api, check.base


def accept_all(reviewer):
    """Accepts every proposed incident; returns their ids."""
    ids = [i["id"] for i in api("GET", "/api/v1/incidents?status=proposed&limit=500", reviewer)["items"]]
    for incident_id in ids:
        api("POST", f"/api/v1/incidents/{incident_id}/review", reviewer, {"action": "accept"})
    return ids


def png_colours(data):
    """Distinct colours of an 8-bit RGB(A) non-interlaced PNG (what Chromium writes), sampled."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride, previous, colours = zlib.decompress(idat), width * channels, bytearray(width * channels), set()
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1: line[i] = (line[i] + left) & 255
            elif kind == 2: line[i] = (line[i] + up) & 255
            elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        previous = line
        if y % 4 == 0:
            for x in range(0, width, 4):
                colours.add(bytes(line[x * channels:x * channels + 3]))
    return colours


run("user", "add", "ed", "--role", "editor", stdin="record-check-password\n")
run("user", "add", "rita", "--role", "reviewer", stdin="record-check-password\n")
editor, reviewer = run("token", "create", "ed"), run("token", "create", "rita")
server = check.serve()
driver = None
try:
    api("POST", "/api/v1/stories", editor, {"slug": "record", "title": "Record check"})
    for body in ["Activists said 31 people were killed in an air strike on a camp near Sarmada in Idlib province.",
                 "Rebels and government forces clashed in the Ramouseh district of Aleppo, a monitor said.",
                 "State media said regime shelling killed 12 people in Douma."]:
        api("POST", "/api/v1/stories/record/updates", editor, {"body": body})
    first = accept_all(reviewer)
    assert len(first) >= 3, first

    driver = chrome(1280, 1400, logs=True)

    def table_ids():
        return sorted(a.get_attribute("href").rsplit("/", 1)[1] for a in driver.find_elements(By.CSS_SELECTOR, "table.events tbody tr td:first-child a"))

    def map_ids():
        hrefs = driver.execute_script("return Array.from(document.querySelectorAll('figure.map svg a')).map(a => a.getAttribute('href'))")
        return sorted(h.rsplit("/", 1)[1] for h in hrefs if h and h.startswith("/events/"))

    def chart_total():
        """The per-day incidents chart's numbers table: the sum of its last column."""
        rows = driver.find_elements(By.CSS_SELECTOR, "#chart-incidents details.chart-numbers tbody tr")
        return sum(int(r.find_elements(By.TAG_NAME, "td")[-1].get_attribute("textContent").replace(",", "")) for r in rows)

    # 1. The table, the map and the charts show the same incidents.
    driver.get(base + "/events")
    ids = table_ids()
    assert ids == sorted(first), (ids, first)
    assert map_ids() == ids, (map_ids(), ids)
    assert chart_total() == len(ids), (chart_total(), ids)
    print(f"ok: /events shows {len(ids)} incidents in the table, on the map and in the charts")

    # 2. A filter changes all three together.
    battles = [i["id"] for i in api("GET", "/api/v1/incidents?event_type=Battles", editor)["items"]]
    assert battles and len(battles) < len(ids), battles
    driver.find_element(By.CSS_SELECTOR, "select[name=event_type] option[value='Battles']").click()
    driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait_for(lambda: "event_type=Battles" in driver.current_url, "the filtered view")
    assert table_ids() == sorted(battles), (table_ids(), battles)
    assert map_ids() == sorted(battles), (map_ids(), battles)
    assert chart_total() == len(battles), chart_total()
    print(f"ok: filtering by event type changed the table, the map and the charts together ({len(battles)} battles)")

    # 3. Live: a new incident is announced while the page is open.
    driver.get(base + "/events")
    wait_for(lambda: driver.execute_script("return document.readyState") == "complete", "the page")
    time.sleep(0.5)
    api("POST", "/api/v1/stories/record/updates", editor, {"body": "Activists said 9 people were killed in an air strike on the city of Deir ez-Zor."})
    new = accept_all(reviewer)
    assert new, "no new incident"
    wait_for(lambda: driver.find_element(By.ID, "explorer-live").is_displayed(), "the live bar")
    driver.find_element(By.CSS_SELECTOR, "#explorer-live a").click()
    wait_for(lambda: all(i in table_ids() for i in new), "the new incident in the table")
    assert all(i in map_ids() for i in new) and chart_total() == len(ids) + len(new)
    print(f"ok: a newly published incident ({', '.join(new)}) was announced live and joined the table, the map and the charts")

    # 4. The map page: no script errors, zoom asks the server, the picture is not blank.
    driver.get(base + "/map?country=Syria")
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".map-controls button"), "the zoom buttons")
    # read in one script: map.js replaces the <svg> element when the new view arrives
    drawn_box = lambda: driver.execute_script("var s = document.querySelector('figure.map svg'); return s && s.getAttribute('data-bbox');")
    before = drawn_box()
    driver.find_element(By.CSS_SELECTOR, ".map-controls button").click()
    wait_for(lambda: drawn_box() not in (None, before), "a zoomed map")
    wait_for(lambda: "bbox=" in driver.current_url, "the box in the URL")
    driver.get(base + "/map?country=Syria")
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    figure = driver.find_element(By.CSS_SELECTOR, "figure.map")
    colours = png_colours(figure.screenshot_as_png)
    assert len(colours) > 20, f"the map looks blank: {len(colours)} colours"
    if shots:
        figure.screenshot(os.path.join(shots, "map-check.png"))
    print(f"ok: /map has no script errors, zooms through the server ({before} -> a smaller box, kept in the URL), and draws {len(colours)} colours")
    print("record check passed")
finally:
    if driver:
        driver.quit()
    server.terminate()
    server.wait(timeout=10)
