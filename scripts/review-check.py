#!/usr/bin/env python3
"""The review loop in a real browser (headless Chromium via Selenium).

Starts `sitrep serve` (with extraction) on a temporary database; an editor publishes through the
API; a reviewer signs in, opens the queue, watches a new incident arrive live, opens the incident,
sees the evidence highlighted, corrects the place, accepts it; the incident is published and
locked (a later edit of the update does not move its place), the history shows each step, and
rejecting another incident asks for confirmation first.

Needs: Debian's chromium and chromium-driver, `pip install selenium`.
Usage: scripts/review-check.py PATH/TO/sitrep [SCREENSHOT_DIR]
"""
import os, sys, time

from selenium.webdriver.common.by import By

from checklib import Check, chrome, wait_for

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sitrep"
shots = sys.argv[2] if len(sys.argv) > 2 else None
port = 18090
check = Check(binary, port, "review")
run, api, base = check.run, check.api, check.base
password = "review-check-password"


run("user", "add", "ed", "--role", "editor", stdin=password + "\n")
run("user", "add", "rita", "--role", "reviewer", stdin=password + "\n")
token = run("token", "create", "ed")
server = check.serve()
driver = None
try:
    api("POST", "/api/v1/stories", token, {"slug": "review", "title": "Review check"})
    first = api("POST", "/api/v1/stories/review/updates", token,
                {"headline": "Strike on camp", "body": "Reuters reported that 28 people died in an air strike on a camp near Sarmada in Idlib province."})

    driver = chrome(1280, 1500)
    driver.get(base + "/desk/login")
    driver.find_element(By.ID, "name").send_keys("rita")
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait_for(lambda: "Signed in as rita" in driver.page_source, "the signed-in desk")

    # 1. The queue, and a new incident arriving while it is open.
    def queue_rows():
        driver.get(base + "/desk/review")
        return driver.find_elements(By.CSS_SELECTOR, "#queue tbody tr")
    rows = wait_for(queue_rows, "the queue to list the incident")
    assert len(rows) == 1 and "SYR1" in rows[0].text and "Sarmada" in rows[0].text, [r.text for r in rows]
    time.sleep(0.5)  # the live stream connects
    api("POST", "/api/v1/stories/review/updates", token, {"body": "Activists said clashes broke out between rebels and the army in Homs."})
    wait_for(lambda: driver.find_element(By.ID, "queue-live").is_displayed(), "the live bar of the queue")
    print("ok: the queue lists the incident and shows new claims arriving live")
    if shots:
        driver.get(base + "/desk/review")
        driver.save_screenshot(os.path.join(shots, "review-queue.png"))

    # 2. The incident: evidence highlighted in the update's text.
    driver.get(base + "/desk/review/SYR1")
    marks = {m.get_attribute("data-fields"): m.text for m in driver.find_elements(By.CSS_SELECTOR, "blockquote.evidence mark.ev")}
    assert any("location" in k and v == "Sarmada" for k, v in marks.items()), marks
    assert any("fatalities" in k and "28" in v for k, v in marks.items()), marks
    assert any("source" in k and v == "Reuters" for k, v in marks.items()), marks
    print("ok: the evidence of place, toll and source is highlighted")
    if shots:
        driver.save_screenshot(os.path.join(shots, "review-incident.png"))

    # 3. Correct the place, then accept.
    field = driver.find_element(By.ID, "f-location")
    field.clear()
    field.send_keys("Kamuna camp")
    driver.find_element(By.ID, "correct-reason").send_keys("the camp, as locals name it")
    driver.find_element(By.CSS_SELECTOR, "#correct-form button[type=submit]").click()
    wait_for(lambda: "Corrections saved." in driver.page_source, "the correction notice")
    driver.find_element(By.CSS_SELECTOR, "#accept-form button").click()
    wait_for(lambda: "Accepted: the incident is published and locked." in driver.page_source, "the accept notice")
    incident = api("GET", "/api/v1/incidents/SYR1")
    assert incident["status"] == "published" and incident["location"] == "Kamuna camp", incident
    print("ok: the reviewer corrected the place and accepted; the incident is published")

    # 4. Locked: re-reading an edited update does not move the reviewer's place.
    api("PATCH", f"/api/v1/updates/{first['id']}", token,
        {"body": "Reuters reported that 31 people died in an air strike on a camp near Sarmada in Idlib province."})
    incident = api("GET", "/api/v1/incidents/SYR1")
    assert incident["location"] == "Kamuna camp" and incident["fatalities"] == 31, incident
    history = [h["action"] for h in api("GET", "/api/v1/incidents/SYR1/history")["items"]]
    for step in ["created", "claim_added", "corrected", "accepted", "claim_withdrawn"]:
        assert step in history, history
    driver.get(base + "/desk/review/SYR1")
    text = driver.find_element(By.CSS_SELECTOR, "ol.history").text
    assert "user:rita · corrected location" in text and "user:rita · accepted" in text, text
    print("ok: the published incident stays locked; the history shows every step")

    # 5. Rejecting asks first.
    driver.get(base + "/desk/review/SYR2")
    driver.find_element(By.ID, "reject-reason").send_keys("not an incident")
    driver.find_element(By.CSS_SELECTOR, "form.reject button").click()
    alert = wait_for(lambda: driver.switch_to.alert, "the confirmation")
    assert "Reject SYR2" in alert.text, alert.text
    alert.dismiss()
    assert api("GET", "/api/v1/incidents?status=proposed", token)["items"][0]["id"] == "SYR2"
    driver.find_element(By.CSS_SELECTOR, "form.reject button").click()
    wait_for(lambda: driver.switch_to.alert, "the confirmation").accept()
    wait_for(lambda: "Rejected." in driver.page_source, "the reject notice")
    print("ok: rejecting asks for confirmation; cancelled it changes nothing, confirmed it rejects")
    print("review check passed")
finally:
    if driver:
        driver.quit()
    server.terminate()
    server.wait(timeout=10)
