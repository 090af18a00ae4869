#!/usr/bin/env python3
"""`dfcost serve` driven in a real browser: Debian's chromium and chromium-driver through Selenium.

Usage: scripts/serve/check-browser.py DFCOST [--out DIR] [--readme-shot PNG]

Starts `DFCOST serve FOLDER --port 0` on a temporary copy of Scenarios/ and, as a user would:
  1. opens the index (`/`): the published table is shown, its sum row equal to `dfcost totals`;
  2. follows the link to the published table, sets FM's phase-out (condition fm-phaseout) to
     "delayed by one year" in the what-if form and reads 2025 = 33,5 from the sum row
     (data-value 33.5, shown text 33,5); every year equals `dfcost totals --condition
     fm-phaseout=delayed:1`; the URL holds the what-if and, opened anew, shows the same;
  3. downloads the xlsx of that view (Chrome's download folder) and reads it with openpyxl: the
     table's sheet has the lines, its sum row holds formulas, and those formulas, evaluated here
     from the sheet's own cells, give 33.5 in 2025; the CSV, JSON and HTML downloads answer as
     attachments;
  4. ticks the published table and examples/illustrativ-runde-2.toml in the compare form and
     reads compare's side-by-side table: each scenario's yearly sums as `dfcost compare` gives;
  5. runs a 20 000-trial simulation of bench/standard-workload.toml (seed 7) from its page: the
     progress indicator shows, then the KS2 table, whose styringsramme (P50), basiskostnad and
     kostnadsramme equal `dfcost simulate ... --trials 20000 --seed 7 --format json`;
     and a long run is cancelled from the page;
  6. at each step: a screenshot at 1280 and 1366 px (DIR/NN-step-WIDTH.png), no horizontal
     overflow (document.documentElement.scrollWidth <= the window's width), no console error,
     no resource from anywhere but the server; the what-if and simulation pages printed to A4
     (Selenium's print_page) into DIR/*.pdf, A4 pages, and no overflow laid out for print as
     scripts/check-html.sh lays out the report: at the A4 text width (703 px) without the tables
     printed on landscape pages (class "landscape"), and at 1032 px with them.
DIR defaults to .build/serve-check. --readme-shot writes the what-if page at 1280 px to PNG
(docs/images/serve.png). Exit 1 when a step fails, 3 when selenium or openpyxl is missing; the
last line counts the steps ("N passed, N failed").
"""
import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from servelib import PUBLISHED, ROOT, SCENARIOS, Server, dfcost, scenarios_copy  # noqa: E402

try:
    import openpyxl
    from selenium import webdriver
    from selenium.common.exceptions import TimeoutException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.print_page_options import PrintOptions
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError as error:
    print(f"check-browser: needs selenium and openpyxl from PyPI (make test-deps): {error}", file=sys.stderr)
    sys.exit(3)

ROUND2 = "examples/illustrativ-runde-2.toml"
WORKLOAD = "bench/standard-workload.toml"
WIDTHS = (1280, 1366)
A4_TEXT_WIDTH = 703  # 186 mm between the @page margins, as scripts/check-html.sh lays out print
A4_LANDSCAPE_TEXT_WIDTH = 1032  # 273 mm: the wide tables the style sheet prints on landscape pages
results = []


class Failed(Exception):
    pass


def need(cond, message):
    if not cond:
        raise Failed(message)


def step(name):
    def wrap(fn):
        def run(*a, **kw):
            t0 = time.monotonic()
            try:
                note = fn(*a, **kw) or ""
                results.append(True)
                print(f"ok    {name:<44} {time.monotonic() - t0:5.1f} s  {note}", flush=True)
            except Failed as e:
                results.append(False)
                print(f"FAIL  {name:<44} {time.monotonic() - t0:5.1f} s  {e}", flush=True)
            except (WebDriverException, TimeoutException, OSError, KeyError, ValueError) as e:
                results.append(False)
                print(f"FAIL  {name:<44} {time.monotonic() - t0:5.1f} s  {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}", flush=True)
                traceback.print_exc(limit=3, file=sys.stderr)
        return run
    return wrap


def nb(value):
    """A number as the Norwegian pages print it: decimal comma, minus sign U+2212 or '-'."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


class Browser:
    def __init__(self, out, downloads, profile):
        chrome = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
        driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
        need(chrome and os.path.exists(driver), "chromium and chromium-driver are needed (apt-get install chromium chromium-driver)")
        opts = webdriver.ChromeOptions()
        opts.binary_location = chrome
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                  "--disable-extensions", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                  "--force-device-scale-factor=1", "--window-size=1280,900", "--lang=nb-NO",
                  # no network: every name but the loopback server resolves to nothing
                  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"):
            opts.add_argument(a)
        opts.add_experimental_option("prefs", {"download.default_directory": downloads,
                                               "download.prompt_for_download": False,
                                               "download.directory_upgrade": True,
                                               "safebrowsing.enabled": False})
        opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.d = webdriver.Chrome(service=Service(driver), options=opts)
        self.d.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        self.out = out
        self.downloads = downloads
        self.origin = None

    def quit(self):
        self.d.quit()

    def wait(self, css, timeout=30):
        return WebDriverWait(self.d, timeout).until(lambda d: d.find_elements(By.CSS_SELECTOR, css))[0]

    def viewport(self, width, height=900):
        """Sizes the window so that the page's viewport is `width` px wide."""
        self.d.set_window_size(width, height)
        inner = self.d.execute_script("return window.innerWidth")
        if inner != width:
            self.d.set_window_size(width + (width - inner), height)

    def check_page(self, name):
        """Screenshots at each width, overflow, console and outside resources; returns a note."""
        notes = []
        for width in WIDTHS:
            self.viewport(width)
            sw, iw = self.d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            need(sw <= iw, f"horizontal overflow at {width} px: scrollWidth {sw} > {iw}; widest: {self.widest()}")
            height = self.d.execute_script("return Math.min(document.documentElement.scrollHeight, 6000)")
            self.d.set_window_size(self.d.get_window_size()["width"], max(900, height))
            self.d.save_screenshot(os.path.join(self.out, f"{name}-{width}.png"))
            self.viewport(width)
            notes.append(f"{width}px")
        # (a missing /favicon.ico, which the browser asks for by itself, is no error of the page)
        errors = [e["message"] for e in self.d.get_log("browser")
                  if e.get("level") == "SEVERE" and "/favicon.ico" not in e["message"]]
        need(not errors, f"console errors: {errors[:2]}")
        foreign = self.d.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
            ".concat(Array.from(document.querySelectorAll('[src],link[href]')).map(e => e.src || e.href))"
            ".filter(u => u && !u.startsWith(location.origin) && !u.startsWith('data:'))")
        need(not foreign, f"resources from outside the server: {foreign[:3]}")
        return "screenshots " + ", ".join(notes)

    def print_a4(self, name):
        opts = PrintOptions()
        opts.page_width, opts.page_height = 21.0, 29.7
        opts.background = True
        pdf = base64.b64decode(self.d.print_page(opts))
        path = os.path.join(self.out, f"{name}.pdf")
        with open(path, "wb") as f:
            f.write(pdf)
        boxes = [tuple(float(v) for v in m.groups())
                 for m in re.finditer(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)]
        # A4 is 595.3 x 841.9 pt; Chrome rounds the page to whole points
        a4 = lambda b: abs(min(b) - 595.3) < 1.5 and abs(max(b) - 841.9) < 1.5  # noqa: E731
        need(boxes and all(a4(b) for b in boxes), f"{path}: pages not A4: {boxes[:3]}")
        pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
        # laid out for print as scripts/check-html.sh lays out the report: at the A4 portrait text
        # width with the tables the style sheet prints on landscape pages (class "landscape") hidden,
        # and at the landscape width with them
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            self.d.execute_script("""const s = document.createElement('style'); s.id = '__portrait';
                s.textContent = '.landscape { display: none !important; }'; document.head.appendChild(s);""")
            self.viewport(A4_TEXT_WIDTH)
            sw, iw = self.d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            need(sw <= iw, f"printed on A4 portrait the page overflows: scrollWidth {sw} > {iw} px; widest: {self.widest()}")
            self.d.execute_script("document.getElementById('__portrait').remove()")
            if self.d.find_elements(By.CSS_SELECTOR, ".landscape"):
                self.viewport(A4_LANDSCAPE_TEXT_WIDTH)
                sw, iw = self.d.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
                need(sw <= iw, f"printed on A4 landscape the wide tables overflow: scrollWidth {sw} > {iw} px; widest: {self.widest()}")
        finally:
            self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
            self.d.refresh()
            self.viewport(1280)
        return f"{os.path.relpath(path, ROOT)} ({pages} A4 pages)"

    def widest(self):
        """The innermost elements reaching past the window, to name in a failure."""
        return self.d.execute_script("""
            const w = window.innerWidth, out = [];
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect();
              if (r.right > w + 0.5 && !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 0.5))
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right) + 'px');
            }
            return out.slice(0, 4).join(', ');""")

    def sum_row(self):
        cells = self.d.find_elements(By.CSS_SELECTOR, "table#totals tr[data-row='sum'] td[data-year]")
        return {c.get_attribute("data-year"): (c.get_attribute("data-value"), c.text.strip()) for c in cells}


def cli_bytes(binary, folder, args, fmt):
    """What `cd FOLDER && dfcost ARGS --format FMT` writes: the bytes a download must equal."""
    with tempfile.TemporaryDirectory() as t:
        out = os.path.join(t, "out." + fmt)
        r = subprocess.run([binary, *args, "--format", fmt, "-o", out], cwd=folder, capture_output=True, text=True)
        need(r.returncode == 0, f"dfcost {' '.join(args)} --format {fmt}: exit {r.returncode}: {r.stderr.strip()[:120]}")
        with open(out, "rb") as f:
            return f.read()


def check_downloads(driver, binary, folder, args, formats=("csv", "json", "html", "xlsx")):
    """Each download link of the page answers an attachment equal to the command line's output."""
    for fmt in formats:
        el = driver.find_elements(By.CSS_SELECTOR, f"a.download[data-format='{fmt}']")
        need(el, f"no {fmt} download link")
        href = el[0].get_attribute("href")
        with urllib.request.urlopen(href, timeout=120) as r:
            body = r.read()
            disposition = r.headers.get("Content-Disposition", "")
        need(r.status == 200 and disposition.startswith("attachment"), f"{fmt}: {r.status} {disposition!r}")
        want = cli_bytes(binary, folder, args, fmt)
        need(body == want, f"the {fmt} download ({len(body)} bytes) differs from dfcost {' '.join(args)} --format {fmt} ({len(want)} bytes)")
    return "/".join(formats) + " = dfcost " + " ".join(args[:1])


def totals_json(binary, *whatifs):
    return json.loads(dfcost(binary, "totals", os.path.join(SCENARIOS, PUBLISHED), *whatifs, "--format", "json"))


def same_number(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9


# -- a tiny evaluator of the workbook's sum formulas, from the sheet's own cells ----------------
def evaluate(ws, formula, depth=0):
    need(depth < 20, "formula chain too deep")
    expr = formula.lstrip("=")

    def cell(ref):
        v = ws[ref].value
        if isinstance(v, str) and v.startswith("="):
            return evaluate(ws, v, depth + 1)
        return float(v) if isinstance(v, (int, float)) else 0.0

    def args(text):
        total = 0.0
        for part in text.split(","):
            part = part.strip()
            if ":" in part:
                for row in ws[part]:
                    for c in row:
                        total += cell(c.coordinate)
            else:
                total += cell(part)
        return total

    m = re.fullmatch(r"SUM\(([A-Z0-9:, ]+)\)", expr)
    if m:
        return args(m.group(1))
    m = re.fullmatch(r"ROUND\(([A-Z]+[0-9]+),\s*(-?\d+)\)", expr)
    if m:
        return round(cell(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"[A-Z]+[0-9]+(\s*[+-]\s*[A-Z]+[0-9]+)*", expr)
    if m:
        total, sign = 0.0, 1
        for tok in re.findall(r"[+-]|[A-Z]+[0-9]+", expr):
            if tok in "+-":
                sign = 1 if tok == "+" else -1
            else:
                total += sign * cell(tok)
        return total
    raise Failed(f"formula not understood here: {formula}")


def main():
    ap = argparse.ArgumentParser(description="dfcost serve in a real browser")
    ap.add_argument("dfcost")
    ap.add_argument("--out", default=os.path.join(ROOT, ".build", "serve-check"))
    ap.add_argument("--readme-shot")
    a = ap.parse_args()
    binary = os.path.abspath(a.dfcost)
    os.makedirs(a.out, exist_ok=True)
    for f in os.listdir(a.out):
        if f.endswith((".png", ".pdf", ".xlsx")):
            os.unlink(os.path.join(a.out, f))
    work = tempfile.mkdtemp(prefix="dfcost-browser-")
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    browser = None
    try:
        with scenarios_copy() as tmp, Server(binary, os.path.join(tmp, "Scenarios")) as server:
            folder = os.path.join(tmp, "Scenarios")
            print(f"check-browser: {server.start_line.strip()} (started in {server.started_in:.1f} s)")
            base = server.url.rstrip("/")
            browser = Browser(a.out, downloads, os.path.join(work, "profile"))
            d = browser.d
            toml_count = sum(1 for _, _, fs in os.walk(os.path.join(tmp, "Scenarios")) for f in fs if f.endswith(".toml"))
            plain = totals_json(binary)
            delayed = totals_json(binary, "--condition", "fm-phaseout=delayed:1")
            state = {}

            @step("1 index: the published table")
            def index():
                d.get(base + "/")
                browser.wait("table#totals")
                links = {e.get_attribute("href") for e in d.find_elements(By.CSS_SELECTOR, "a[href*='/table/']")}
                need(len(links) >= toml_count, f"the index links {len(links)} tables, FOLDER holds {toml_count}")
                row = browser.sum_row()
                for year, value in plain["totals"].items():
                    need(year in row and same_number(row[year][0], value),
                         f"sum {year}: page {row.get(year)}, dfcost totals {value}")
                return browser.check_page("01-index") + f"; {len(links)} files listed"

            @step("2 what-if: FM delayed by one year")
            def whatif():
                link = d.find_element(By.CSS_SELECTOR, f"a[href$='/table/{PUBLISHED}']")
                link.click()
                browser.wait("form#whatifs")
                Select(d.find_element(By.CSS_SELECTOR, "select[data-condition='fm-phaseout']")).select_by_value("fm-phaseout=delayed:1")
                d.find_element(By.ID, "apply").click()
                WebDriverWait(d, 30).until(lambda d: "condition=" in d.current_url and browser.sum_row().get("2025", (None,))[0] != plain["totals"]["2025"])
                row = browser.sum_row()
                need(row.get("2025") is not None, "no 2025 cell in the sum row")
                value, text = row["2025"]
                need(value == "33.5" and text == "33,5", f"2025: data-value {value!r}, shown {text!r} (want 33.5 and 33,5)")
                for year, v in delayed["totals"].items():
                    need(same_number(row[year][0], v), f"sum {year}: page {row[year]}, dfcost totals {v}")
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(d.current_url).query)
                need(query.get("condition") == ["fm-phaseout=delayed:1"], f"the URL does not hold the what-if: {d.current_url}")
                state["whatif_url"] = d.current_url
                charts = d.find_elements(By.CSS_SELECTOR, "svg .mark")
                need(charts, "no chart draws anything (svg .mark)")
                note = browser.check_page("02-whatif")
                if a.readme_shot:
                    browser.viewport(1280, 1150)  # down to the sum row (2025 = 33,5)
                    d.save_screenshot(a.readme_shot)
                    browser.viewport(1280)
                    note += f", {a.readme_shot}"
                return "2025 = 33,5; " + note

            @step("2b the what-if link reproduces the view")
            def relink():
                need("whatif_url" in state, "no what-if URL from step 2")
                d.get(state["whatif_url"])
                browser.wait("table#totals")
                value, text = browser.sum_row()["2025"]
                need((value, text) == ("33.5", "33,5"), f"2025 reopened: {value!r} {text!r}")
                sel = Select(d.find_element(By.CSS_SELECTOR, "select[data-condition='fm-phaseout']"))
                need(sel.first_selected_option.get_attribute("value") == "fm-phaseout=delayed:1", "the form does not show the what-if")
                return state["whatif_url"].replace(base, "")

            @step("2c the what-if page printed on A4")
            def print_whatif():
                return browser.print_a4("02-whatif-a4")

            @step("3 xlsx download of the what-if view")
            def xlsx():
                link = d.find_element(By.CSS_SELECTOR, "a.download[data-format='xlsx']")
                href = link.get_attribute("href")
                need("condition=fm-phaseout" in urllib.parse.unquote(href), f"the xlsx link drops the what-if: {href}")
                link.click()
                deadline = time.monotonic() + 60
                files = []
                while time.monotonic() < deadline:
                    files = [f for f in os.listdir(downloads) if f.endswith(".xlsx")]
                    if files and not [f for f in os.listdir(downloads) if f.endswith(".crdownload")]:
                        break
                    time.sleep(0.2)
                need(files, "no .xlsx arrived in the download folder")
                path = os.path.join(a.out, "03-download.xlsx")
                shutil.copy(os.path.join(downloads, files[0]), path)
                wb = openpyxl.load_workbook(path)
                cached = openpyxl.load_workbook(path, data_only=True)
                found = None
                for ws in wb:
                    for row in ws.iter_rows():
                        for c in row:
                            if c.value == 2025 and isinstance(c.value, int):
                                header = c
                                for r in ws.iter_rows(min_row=c.row + 1):
                                    if r[0].value in ("Sum", "Total"):
                                        found = (ws, header, r)
                                        break
                            if found:
                                break
                        if found:
                            break
                    if found:
                        break
                need(found, "no sheet with a 2025 column and a sum row")
                ws, header, sumrow = found
                cell = ws.cell(row=sumrow[0].row, column=header.column)
                need(isinstance(cell.value, str) and cell.value.startswith("="), f"the 2025 sum {cell.coordinate} is not a formula: {cell.value!r}")
                computed = evaluate(ws, cell.value)
                need(abs(computed - 33.5) < 1e-9, f"{cell.coordinate} {cell.value} evaluates to {computed}, not 33.5")
                cached_value = cached[ws.title][cell.coordinate].value
                need(cached_value is None or abs(float(cached_value) - 33.5) < 1e-9, f"cached value of {cell.coordinate}: {cached_value}")
                ids = {l["id"] for l in delayed["lines"]}
                seen = {c.value for r in ws.iter_rows() for c in r if c.value in ids}
                need(seen == ids, f"lines missing from the sheet: {sorted(ids - seen)}")
                need(open(path, "rb").read() == cli_bytes(binary, folder, ["report", PUBLISHED, "--condition", "fm-phaseout=delayed:1"], "xlsx"),
                     "the xlsx differs from dfcost report ... --format xlsx run in FOLDER")
                check_downloads(d, binary, folder, ["report", PUBLISHED, "--condition", "fm-phaseout=delayed:1"], ("csv", "json", "html"))
                return f"{os.path.relpath(path, ROOT)}: {ws.title}!{cell.coordinate} {cell.value} = 33.5; = dfcost report, as are csv, json, html"

            @step("4 compare with the second round")
            def compare():
                d.get(base + "/")
                form = browser.wait("form#compare-form")
                for f in (PUBLISHED, ROUND2):
                    box = form.find_element(By.CSS_SELECTOR, f"input[name='file'][value='{f}']")
                    if not box.is_selected():
                        d.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
                        box.click()
                buttons = form.find_elements(By.CSS_SELECTOR, "button[type='submit'], input[type='submit'], button:not([type])")
                if buttons:
                    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", buttons[0])
                    buttons[0].click()
                else:
                    d.execute_script("arguments[0].submit()", form)
                table = browser.wait("table#compare")
                files = urllib.parse.parse_qs(urllib.parse.urlsplit(d.current_url).query).get("file", [])
                need(sorted(files) == sorted([PUBLISHED, ROUND2]), f"the URL names {files}")
                cli = json.loads(dfcost(binary, "compare", os.path.join(SCENARIOS, PUBLISHED), os.path.join(SCENARIOS, ROUND2), "--format", "json"))
                text = table.text
                for sc in cli["scenarios"]:
                    for year, v in sc["totals"].items():
                        shown = nb(float(v))
                        need(shown in text or shown.replace("-", "−") in text, f"{sc['name']} {year} = {shown} not in the compare table")
                page = d.find_element(By.TAG_NAME, "body").text
                for line in cli["scenarios"][0]["lines"]:
                    need(line["initiative"] in page, f"line {line['id']} ({line['initiative']}) not on the compare page")
                # the files in the order the form sent them (the page's order), as the downloads name them
                note = check_downloads(d, binary, folder, ["compare", *files, "--side-by-side"], ("json", "csv"))
                first, *rest = files
                note += "; html/xlsx " + check_downloads(d, binary, folder, ["report", first, *sum((["--compare", r] for r in rest), [])], ("html", "xlsx"))
                return browser.check_page("04-compare") + "; " + note

            @step("5 simulation: 20 000 trials, P50")
            def simulate():
                d.get(f"{base}/simulate/{WORKLOAD}")
                form = browser.wait("form#simulate")
                for name, value in (("trials", "20000"), ("seed", "7")):
                    el = form.find_element(By.CSS_SELECTOR, f"input[name='{name}']")
                    el.clear()
                    el.send_keys(value)
                # (the finished run is shown on a new page, &job=ID: what was seen is kept in sessionStorage)
                d.execute_script("""
                    sessionStorage.clear();
                    const look = () => {
                      const p = document.getElementById('sim-progress');
                      if (p && p.offsetParent !== null) sessionStorage.setItem('sawProgress', '1');
                      const c = document.getElementById('sim-cancel');
                      if (c && c.offsetParent !== null) sessionStorage.setItem('sawCancel', '1'); };
                    new MutationObserver(look).observe(document.documentElement, {subtree: true, childList: true, attributes: true});""")
                d.find_element(By.ID, "run").click()
                table = browser.wait("table#ks2", timeout=180)
                saw = d.execute_script("return [sessionStorage.getItem('sawProgress') === '1', sessionStorage.getItem('sawCancel') === '1']")
                need(saw[0], "no progress indicator (#sim-progress) appeared during the run (was the page reloaded without JavaScript?)")
                terms = {r.get_attribute("data-term"): r.get_attribute("data-value")
                         for r in table.find_elements(By.CSS_SELECTOR, "tr[data-term]")}
                cli = json.loads(dfcost(binary, "simulate", os.path.join(SCENARIOS, WORKLOAD), "--trials", "20000", "--seed", "7", "--format", "json"))["ks2"]
                for term, key in (("styringsramme", "management_frame"), ("basiskostnad", "base_cost"), ("kostnadsramme", "cost_frame")):
                    need(same_number(terms.get(term), cli[key]), f"{term}: page {terms.get(term)}, dfcost simulate {cli[key]}")
                svgs = d.find_elements(By.CSS_SELECTOR, "svg")
                need(len(svgs) >= 2, f"{len(svgs)} charts (want the S-curve and the tornado)")
                need(saw[1], "no cancel button (#sim-cancel) shown during the run")
                state["p50"] = terms["styringsramme"]
                note = check_downloads(d, binary, folder, ["report", WORKLOAD, "--simulate", "--trials", "20000", "--seed", "7"], ("json", "csv", "html", "xlsx"))
                return f"P50 (styringsramme) {terms['styringsramme']} = dfcost simulate; downloads {note}; " + browser.check_page("05-simulate")

            @step("5b the simulation page printed on A4")
            def print_sim():
                return browser.print_a4("05-simulate-a4")

            @step("5c a long run cancelled from the page")
            def cancel():
                d.get(f"{base}/simulate/{WORKLOAD}")
                form = browser.wait("form#simulate")
                el = form.find_element(By.CSS_SELECTOR, "input[name='trials']")
                el.clear()
                el.send_keys("10000000")
                d.find_element(By.ID, "run").click()
                button = browser.wait("#sim-cancel", timeout=30)
                WebDriverWait(d, 30).until(lambda d: button.is_displayed())
                browser.wait("progress#sim-progress")
                time.sleep(0.5)
                button.click()
                time.sleep(1.0)
                need(not d.find_elements(By.CSS_SELECTOR, "table#ks2"), "a KS2 table appeared after the cancel")
                # the server has freed the slot: two new runs are accepted (--max-simulations 2)
                req = urllib.request.Request(f"{base}/api/simulations", method="POST",
                                             data=json.dumps({"file": WORKLOAD, "trials": 1000, "seed": 1}).encode(),
                                             headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(req, timeout=30) as r:
                    need(r.status == 202, f"a new run after the cancel: {r.status}")
                d.save_screenshot(os.path.join(a.out, "05c-cancelled-1280.png"))
                return "cancelled; a new run accepted"

            index(); whatif(); relink(); print_whatif(); xlsx(); compare(); simulate(); print_sim(); cancel()
    finally:
        if browser is not None:
            browser.quit()
        shutil.rmtree(work, ignore_errors=True)
    failed = results.count(False)
    print(f"check-browser: screenshots and PDFs in {os.path.relpath(a.out, ROOT)}/")
    print(f"check-browser: {len(results) - failed} passed, {failed} failed")
    sys.exit(1 if failed or not results else 0)


if __name__ == "__main__":
    main()
