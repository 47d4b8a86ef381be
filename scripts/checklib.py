"""What the browser checks (browser-check.py, review-check.py, record-check.py) share: a sitrep
binary on a temporary database, its API, waiting for a condition, and headless Chromium."""
import json, os, subprocess, tempfile, time, urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


class Check:
    def __init__(self, binary, port, name):
        self.binary, self.port = binary, port
        self.base = f"http://127.0.0.1:{port}"
        self.db = os.path.join(tempfile.mkdtemp(), f"{name}.sqlite")

    def run(self, *args, stdin=None):
        """A CLI command on the check's database; its standard output."""
        return subprocess.run([self.binary, *args, "--database", self.db], input=stdin, capture_output=True, text=True,
                              check=True).stdout.strip()

    def api(self, method, path, token=None, body=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(self.base + path, method=method, data=json.dumps(body).encode() if body else None,
                                         headers=headers)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def serve(self, *extra):
        """`sitrep serve` on the check's database, once /health answers."""
        server = subprocess.Popen([self.binary, "serve", "--database", self.db, "--port", str(self.port), *extra],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for(lambda: subprocess.run(["curl", "-sf", self.base + "/health"], capture_output=True).returncode == 0, "server", timeout=30)
        except SystemExit:
            server.terminate()
            raise
        return server


def wait_for(condition, what, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise SystemExit(f"FAIL: timed out waiting for {what}")


def chrome(width, height, logs=False):
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}"]:
        options.add_argument(flag)
    if logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
