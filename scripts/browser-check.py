#!/usr/bin/env python3
"""End-to-end check in a real browser (headless Chromium via Selenium).

Starts `sitrep serve` on a temporary database, opens a live story page, publishes updates through
the API and checks that they appear without a reload behind the "N new updates" bar; then forces a
reconnect while more updates are published and checks that every update is shown exactly once.

Needs: Debian's chromium and chromium-driver, `pip install selenium`.
Usage: scripts/browser-check.py PATH/TO/sitrep
"""
import sys, time

from selenium.webdriver.common.by import By

from checklib import Check, chrome, wait_for

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sitrep"
port = 18089
check = Check(binary, port, "check")
run, api, base = check.run, check.api, check.base


run("user", "add", "ed", "--role", "editor", stdin="browser-check-password\n")
token = run("token", "create", "ed")
server = check.serve("--no-extract")
driver = None
try:
    api("POST", "/api/v1/stories", token, {"slug": "check", "title": "Browser check"})
    api("POST", "/api/v1/stories/check/updates", token, {"body": "First update, before the reader arrived."})

    driver = chrome(1000, 900)
    driver.get(base + "/stories/check")
    wait_for(lambda: driver.execute_script("return window.sitrepLive !== undefined"), "live script")
    time.sleep(0.5)

    # 1. Published through the API: appears without a reload, behind the bar.
    second = api("POST", "/api/v1/stories/check/updates", token, {"body": "Second update, pushed live."})
    wait_for(lambda: driver.find_element(By.ID, "live-bar").is_displayed(), "the new-updates bar")
    bar = driver.find_element(By.CSS_SELECTOR, "#live-bar button").text
    assert bar == "1 new update", bar
    assert driver.title.startswith("(1) "), driver.title
    driver.find_element(By.CSS_SELECTOR, "#live-bar button").click()
    wait_for(lambda: driver.find_elements(By.ID, "update-" + second["id"]), "the second update on the page")
    print("ok: an update published through the API appeared without a reload")

    # 2. Edit and delete apply in place.
    api("PATCH", f"/api/v1/updates/{second['id']}", token, {"body": "Second update, corrected."})
    wait_for(lambda: "corrected" in driver.find_element(By.ID, "update-" + second["id"]).text, "the edit")
    print("ok: an edit replaced the update in place")

    # 3. Forced reconnect: drop the stream, publish while disconnected, reconnect.
    driver.execute_script("window.sitrepLive.disconnect();")
    ids = [api("POST", "/api/v1/stories/check/updates", token, {"body": f"Update {n} during reconnect."})["id"] for n in (3, 4, 5)]
    driver.execute_script("window.sitrepLive.reconnect();")
    wait_for(lambda: driver.execute_script("return window.sitrepLive.pending()") == 3, "three pending updates")
    driver.find_element(By.CSS_SELECTOR, "#live-bar button").click()
    articles = [a.get_attribute("id") for a in driver.find_elements(By.CSS_SELECTOR, "#updates article")]
    assert len(articles) == len(set(articles)), f"duplicates: {articles}"
    for update_id in ids:
        assert articles.count("update-" + update_id) == 1, (update_id, articles)
    assert len(articles) == 5, articles
    print("ok: after a forced reconnect every update is shown exactly once (%d updates)" % len(articles))

    # 4. Delete removes it for the reader.
    api("DELETE", f"/api/v1/updates/{ids[0]}", token)
    wait_for(lambda: not driver.find_elements(By.ID, "update-" + ids[0]), "the deleted update to disappear")
    print("ok: a deletion removed the update")
    print("browser check passed")
finally:
    if driver:
        driver.quit()
    server.terminate()
    server.wait(timeout=10)
