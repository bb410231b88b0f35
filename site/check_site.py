"""Check the built course website in a real browser: `make site-test` (after `make site`).

Serves ``_build/site`` on 127.0.0.1 (``python -m http.server`` on a free port, always stopped afterwards) and drives
the system's headless Chromium through the system's chromedriver (Debian packages ``chromium`` and
``chromium-driver``; Selenium Manager is never asked to download a driver or a browser). On every HTML page:

- the page loads with no console errors (404s of any asset show up here too);
- no request leaves 127.0.0.1 (Chrome's network log; outside hosts are also made unresolvable);
- every image has loaded (``naturalWidth > 0``);
- every internal link, stylesheet and script answers HTTP 200, and a ``#fragment`` points at an element that exists;
- NanumGothic is loaded (``document.fonts``) and is the font Chromium actually used for Hangul in the text and in
  code output (DevTools ``CSS.getPlatformFontsForNode``);
- math is rendered: MathJax finished, every formula has its rendered frame, no TeX error, and no raw ``$$``,
  ``\\frac``, ``\\(``, ``\\[`` or ``\\begin{`` is left in the page text outside code;
- on notebook pages: the sidebar lists every notebook, previous/next links follow the syllabus order, every code
  block has a copy button, solution cells are collapsed, and the note links the notebook file.

Then the search page's JavaScript stemmer must agree with the index's (site/korean_search.py), Korean (and one
English) searches must return the expected notebook, and screenshots of the home page and of
one notebook page are saved in ``_build/site-test/``. Every failure names the page and the element.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # korean_search, beside this file
SITE_DIR = ROOT / "_build" / "site"
PAGES_JSON = ROOT / "_build" / "site-stage" / "pages.json"
SHOT_DIR = ROOT / "_build" / "site-test"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FONT = "NanumGothic"

# (query, notebook file prefix): a word with no particle, the same word with one, a loanword, an English word.
SEARCHES: list[tuple[str, str]] = [
    ("토큰화", "02-01"),
    ("토큰화를", "02-01"),
    ("펄플렉서티", "03-01"),
    ("Tokenization", "02-01"),
]

INSTALL_HINT = (
    "Chromium과 chromedriver가 필요합니다 (Debian/Ubuntu 패키지):\n"
    "    sudo apt-get update && sudo apt-get install -y chromium chromium-driver\n"
    "(Ubuntu의 chromium 은 snap 이라 /usr/bin/chromedriver 경로가 다를 수 있습니다: "
    "--chromium, --chromedriver 로 지정하세요.) 브라우저 없이는 이 검사가 통과하지 않습니다."
)

# ---------------------------------------------------------------------------------------------------------------
# JavaScript run in the page
# ---------------------------------------------------------------------------------------------------------------

JS_WAIT_READY = """
const done = arguments[arguments.length - 1];
const timeout = new Promise(r => setTimeout(() => r('timeout'), 20000));
const mathjax = new Promise(r => {
  if (window.MathJax && MathJax.Hub && MathJax.Hub.Queue) MathJax.Hub.Queue(() => r('ok'));
  else r(document.querySelector('.math') ? 'missing' : 'none');
});
const images = Promise.all([...document.images].map(img => {
  img.loading = 'eager';
  return img.complete ? null : new Promise(r => { img.onload = img.onerror = r; });
}));
Promise.race([Promise.all([mathjax, images, document.fonts.ready]).then(v => v[0]), timeout]).then(done);
"""

JS_PAGE_FACTS = """
const main = document.querySelector('main') || document.body;
const skip = 'pre, code, script, style, .MathJax_Preview, .MJX_Assistive_MathML, .highlight, textarea';
const texts = [];
const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
let hangulEl = null;
while (walker.nextNode()) {
  const p = walker.currentNode.parentElement;
  if (!p || p.closest(skip)) continue;
  texts.push(walker.currentNode.nodeValue);
  if (!hangulEl && /[\\uac00-\\ud7a3]/.test(walker.currentNode.nodeValue) && p.checkVisibility()) hangulEl = p;
}
if (hangulEl) hangulEl.setAttribute('data-site-check', 'hangul-text');
let hangulPre = [...main.querySelectorAll('.cell_output pre, .output pre')]
  .find(e => /[\\uac00-\\ud7a3]/.test(e.textContent) && e.checkVisibility());
if (hangulPre) hangulPre.setAttribute('data-site-check', 'hangul-code');
const desc = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
  (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
const mathScripts = [...document.querySelectorAll('script[type^="math/tex"]')];
return {
  text: texts.join(' '),
  hangulEl: hangulEl ? desc(hangulEl) + ' "' + hangulEl.textContent.trim().slice(0, 40) + '"' : null,
  hangulPre: hangulPre ? 'pre "' + hangulPre.textContent.trim().slice(0, 40) + '"' : null,
  fontFaces: [...document.fonts].map(f => ({family: f.family.replace(/["']/g, ''), status: f.status,
                                             weight: f.weight})),
  bodyFont: getComputedStyle(document.body).fontFamily,
  mathElements: document.querySelectorAll('.math').length,
  mathUnrendered: mathScripts.filter(s => !document.getElementById(s.id + '-Frame'))
                             .map(s => s.textContent.slice(0, 60)),
  mathErrors: [...document.querySelectorAll('.merror, .MathJax_Error, .noError')]
                 .map(e => e.textContent.slice(0, 60)),
  brokenImages: [...document.images].filter(i => !(i.complete && i.naturalWidth > 0))
                 .map(i => 'img[src="' + i.getAttribute('src') + '"] alt="' + (i.alt || '') + '"'),
  links: [...document.querySelectorAll('a[href]')].map(a => ({href: a.href, raw: a.getAttribute('href'), tag: 'a',
                                                             text: a.textContent.trim().slice(0, 40)})),
  assets: [...document.querySelectorAll('link[href], script[src], img[src]')]
            .map(e => ({href: e.href || e.src, raw: e.getAttribute('href') || e.getAttribute('src'),
                        tag: e.tagName.toLowerCase(), text: e.getAttribute('alt') || ''})),
  ids: [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.getAttribute('name')),
  sidebar: [...document.querySelectorAll('nav.bd-docs-nav a.reference.internal')].map(a => a.href),
  prev: (document.querySelector('a.left-prev') || {}).href || null,
  next: (document.querySelector('a.right-next') || {}).href || null,
  codeBlocks: [...main.querySelectorAll('div.highlight')].filter(e => e.checkVisibility() ||
                                                                       e.closest('details')).length,
  codeWithoutCopy: [...main.querySelectorAll('div.highlight')].filter(e => !e.querySelector('button.copybtn'))
                   .map(e => desc(e) + ' "' + e.textContent.trim().slice(0, 40) + '"'),
  solutionCells: [...main.querySelectorAll('.cell.tag_solution')].map((c, i) => ({
    index: i,
    visible: [...c.querySelectorAll('.cell_input, .cell_output')].some(e => e.checkVisibility()),
    code: c.textContent.trim().slice(0, 40)})),
  nbFile: (document.querySelector('a.site-nb-file') || {}).href || null,
};
"""

JS_SEARCH_STATE = """
// Finished when searchtools.js has set the results title (it says "Searching" until then).
const r = document.getElementById('search-results');
if (typeof Search === 'undefined' || !r || !Search.title ||
    Search.title.textContent !== Documentation.gettext('Search Results')) return null;
return [...r.querySelectorAll('ul.search li a')].map(a => a.href);
"""


# ---------------------------------------------------------------------------------------------------------------
# Server and browser
# ---------------------------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """``python -m http.server`` on 127.0.0.1, stopped (and waited for) whatever happens."""
    port = free_port()
    log = open(SHOT_DIR / "http-server.log", "w")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                http_status(base)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"http.server 가 시작하지 못했습니다 (로그: {log.name})") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def http_status(url: str) -> int:
    try:
        with _OPENER.open(urllib.request.Request(url, method="GET"), timeout=15) as resp:
            resp.read()
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def make_driver(chromium: str, chromedriver: str, profile: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--no-proxy-server", "--disable-dev-shm-usage",
        f"--user-data-dir={profile}", "--window-size=1280,1000", "--lang=ko-KR",
        # Belt and braces: even if a page asked for an outside host, it could not be resolved.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ):  # fmt: skip
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(40)
    return driver


# ---------------------------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    checks: int = 0

    def check(self, ok: bool, page: str, what: str) -> None:
        self.checks += 1
        if not ok:
            self.failures.append(f"{page}: {what}")


def console_errors(driver) -> list[str]:  # type: ignore[no-untyped-def]
    """Console errors since the last call, plus the warnings Chromium gives for a web font it refused."""
    out = []
    for entry in driver.get_log("browser"):
        msg = str(entry.get("message", ""))
        font_rejected = "Failed to decode downloaded font" in msg or "OTS parsing error" in msg
        if entry.get("level") == "SEVERE" or font_rejected:
            out.append(msg[:240])
    return out


def outside_requests(perf_log: list[dict], base: str) -> list[str]:
    """URLs the page asked for that are not on the local server (data:, blob:, about: are fine)."""
    out = []
    for entry in perf_log:
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") not in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            continue
        url = msg["params"].get("request", {}).get("url") or msg["params"].get("url", "")
        scheme = urllib.parse.urlsplit(url).scheme
        if scheme in ("data", "blob", "about", "chrome", "devtools"):
            continue
        if urllib.parse.urlsplit(url).hostname != "127.0.0.1":
            out.append(url)
    return out


def platform_fonts(driver, selector: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Fonts Chromium really used for the text of the element (DevTools CSS.getPlatformFontsForNode)."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    if not node:
        return []
    return list(driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node}).get("fonts", []))


def check_font(driver, report: Report, page: str, facts: dict) -> None:  # type: ignore[no-untyped-def]
    loaded = [f for f in facts["fontFaces"] if f["family"] == FONT and f["status"] == "loaded"]
    report.check(bool(loaded), page, f"document.fonts: {FONT} 가 로드되지 않았습니다 ({facts['fontFaces']})")
    report.check(
        facts["bodyFont"].strip().strip("\"'").startswith(FONT),
        page,
        f"body font-family 가 {FONT}로 시작하지 않습니다: {facts['bodyFont']}",
    )
    targets = [("hangul-text", facts["hangulEl"]), ("hangul-code", facts["hangulPre"])]
    report.check(facts["hangulEl"] is not None, page, "본문에 보이는 한글 텍스트가 없습니다")
    for tag, desc in targets:
        if desc is None:
            continue
        fonts = platform_fonts(driver, f'[data-site-check="{tag}"]')
        used = [f for f in fonts if f.get("familyName") == FONT and f.get("isCustomFont")]
        report.check(bool(used), page, f"{desc}: 한글을 그린 글꼴이 웹 글꼴 {FONT}가 아닙니다 (Chromium: {fonts})")


def check_page(driver, report: Report, base: str, rel: str, notebooks: list[dict]) -> dict:  # type: ignore[no-untyped-def]
    driver.get(base + rel)
    state = driver.execute_async_script(JS_WAIT_READY)
    facts = driver.execute_script(JS_PAGE_FACTS)
    facts["text"] = " ".join(facts["text"].split())

    errors = console_errors(driver)
    report.check(not errors, rel, "콘솔 오류: " + "; ".join(errors))
    outside = outside_requests(driver.get_log("performance"), base)
    report.check(not outside, rel, f"127.0.0.1 밖으로 나간 요청: {outside[:5]}")
    report.check(not facts["brokenImages"], rel, f"로드되지 않은 이미지: {facts['brokenImages'][:5]}")

    # Math
    if facts["mathElements"]:
        report.check(
            state == "ok", rel, f"MathJax 가 끝나지 않았습니다 (상태: {state}; 수식 {facts['mathElements']}개)"
        )
    report.check(not facts["mathUnrendered"], rel, f"렌더링되지 않은 수식: {facts['mathUnrendered'][:3]}")
    report.check(not facts["mathErrors"], rel, f"TeX 오류가 난 수식: {facts['mathErrors'][:3]}")
    for raw in ("$$", "\\frac", "\\(", "\\[", "\\begin{"):
        pos = facts["text"].find(raw)
        report.check(
            pos < 0, rel, f"렌더링되지 않은 수식 글자 {raw!r}: ...{facts['text'][max(0, pos - 40) : pos + 40]}..."
        )

    check_font(driver, report, rel, facts)

    # Navigation: the sidebar lists every notebook; prev/next follow the syllabus order.
    page_urls = [base + "index.html"] + [base + f"{nb['docname']}.html" for nb in notebooks]
    sidebar = {u.split("#")[0] for u in facts["sidebar"]}
    missing = [u[len(base) :] for u in page_urls[1:] if u not in sidebar]
    report.check(not missing, rel, f"사이드바(nav.bd-docs-nav)에 없는 노트북: {missing[:5]}")
    if rel in [u[len(base) :] for u in page_urls]:
        i = [u[len(base) :] for u in page_urls].index(rel)
        want_prev = page_urls[i - 1] if i > 0 else None
        want_next = page_urls[i + 1] if i + 1 < len(page_urls) else None
        report.check(facts["prev"] == want_prev, rel, f"a.left-prev 가 {want_prev} 이어야 하는데 {facts['prev']}")
        report.check(facts["next"] == want_next, rel, f"a.right-next 가 {want_next} 이어야 하는데 {facts['next']}")

    if rel.startswith("notebooks/"):
        report.check(
            not facts["codeWithoutCopy"],
            rel,
            f"복사 버튼(button.copybtn)이 없는 코드 블록: {facts['codeWithoutCopy'][:3]}",
        )
        shown = [c for c in facts["solutionCells"] if c["visible"]]
        report.check(
            not shown,
            rel,
            "펼쳐진 채 보이는 풀이 셀(.cell.tag_solution): "
            + "; ".join(f'{c["index"]}번째 "{c["code"]}"' for c in shown),
        )
        want_file = base + rel[: -len(".html")] + ".ipynb"
        report.check(
            facts["nbFile"] == want_file, rel, f"a.site-nb-file 이 {want_file} 를 가리켜야 하는데 {facts['nbFile']}"
        )
    return facts


def check_links(report: Report, base: str, all_facts: dict[str, dict]) -> int:
    """Every same-site href/src answers 200; a #fragment to a checked page names an element that exists there."""
    status: dict[str, int] = {}
    ids = {base + rel: set(f["ids"]) for rel, f in all_facts.items()}
    for rel, facts in all_facts.items():
        for item in facts["links"] + facts["assets"]:
            url = item["href"]
            if not url.startswith(base):
                continue
            target, _, frag = url.partition("#")
            if target not in status:
                status[target] = http_status(target)
            report.check(
                status[target] == 200,
                rel,
                f'<{item["tag"]} "{item["raw"]}"> {item["text"]!r} -> HTTP {status[target]} ({target})',
            )
            page = target if not target.endswith("/") else target + "index.html"
            if frag and page in ids:
                frag = urllib.parse.unquote(frag)
                report.check(
                    frag in ids[page], rel, f'<a href="{item["raw"]}">: {page[len(base) :]} 에 id="{frag}" 가 없습니다'
                )
    return len(status)


def check_search(driver, report: Report, base: str, notebooks: list[dict]) -> list[str]:  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    lines = []
    # The index (Python) and the query (JavaScript) must stem a word the same way, or a search silently misses.
    from korean_search import SearchKorean

    driver.get(base + "search.html")
    words = ["토큰화는", "토큰화를", "모델과", "평가", "언어에서는", "keras의", "tokenization", "perplexity"]
    js = driver.execute_script("const s = new Stemmer(); return arguments[0].map(w => s.stemWord(w));", words)
    py = [SearchKorean({}).stem(w) for w in words]
    report.check(
        js == py, "search.html", f"language_data.js 의 Stemmer 와 색인의 stem 이 다릅니다: JS {js} / Python {py}"
    )
    lines.append(f"  어간(JS = Python): {dict(zip(words, js, strict=True))}")
    for query, prefix in SEARCHES:
        expected = [nb for nb in notebooks if nb["file"].startswith(prefix)]
        if not expected:
            lines.append(f"  검색 {query!r}: {prefix} 노트북이 아직 없어 건너뜀")
            continue
        want = base + expected[0]["docname"] + ".html"
        driver.get(base + "search.html?q=" + urllib.parse.quote(query))
        try:
            hits = WebDriverWait(driver, 30).until(lambda d: d.execute_script(JS_SEARCH_STATE))
        except Exception:  # noqa: BLE001 (selenium's TimeoutException; reported as a failure)
            hits = []
        hits = [h.split("?")[0].split("#")[0] for h in hits]
        report.check(
            want in hits,
            f"search.html?q={query}",
            f"검색 결과(ul.search li a)에 {want[len(base) :]} 가 없습니다: {[h[len(base) :] for h in hits][:8]}",
        )
        errors = console_errors(driver)
        report.check(not errors, f"search.html?q={query}", "콘솔 오류: " + "; ".join(errors))
        rank = hits.index(want) + 1 if want in hits else None
        lines.append(f"  검색 {query!r}: 결과 {len(hits)}개, {expected[0]['file']} 는 {rank}번째")
    return lines


def screenshots(driver, base: str, notebooks: list[dict]) -> list[Path]:  # type: ignore[no-untyped-def]
    shots = []
    pick = next((nb for nb in notebooks if nb["file"].startswith("03-01")), notebooks[0])
    driver.set_window_size(1280, 1000)
    driver.get(base + "index.html")
    driver.execute_async_script(JS_WAIT_READY)
    shots.append(SHOT_DIR / "home.png")
    driver.save_screenshot(str(shots[-1]))
    driver.get(base + pick["docname"] + ".html")
    driver.execute_async_script(JS_WAIT_READY)
    shots.append(SHOT_DIR / "notebook.png")
    driver.save_screenshot(str(shots[-1]))
    # The first displayed formula and, below it, whatever follows (often a plot).
    driver.execute_script(
        "const m = document.querySelector('.MathJax_Display') || document.querySelector('img');"
        "if (m) { m.scrollIntoView(); window.scrollBy(0, -120); }"
    )
    time.sleep(0.5)
    shots.append(SHOT_DIR / "notebook-math.png")
    driver.save_screenshot(str(shots[-1]))
    driver.set_window_size(400, 860)  # a phone
    driver.get(base + pick["docname"] + ".html")
    driver.execute_async_script(JS_WAIT_READY)
    shots.append(SHOT_DIR / "notebook-phone.png")
    driver.save_screenshot(str(shots[-1]))
    driver.set_window_size(1280, 1000)
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the built course website in headless Chromium.")
    parser.add_argument("--site", type=Path, default=SITE_DIR)
    parser.add_argument("--chromium", default=shutil.which("chromium") or CHROMIUM)
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or CHROMEDRIVER)
    args = parser.parse_args(argv)

    for exe in (args.chromium, args.chromedriver):
        if not Path(exe).is_file():
            print(f"[site-test] 실행 파일이 없습니다: {exe}\n{INSTALL_HINT}", file=sys.stderr)
            return 2
    if not (args.site / "index.html").exists() or not PAGES_JSON.exists():
        print(f"[site-test] {args.site}/index.html 이 없습니다: 먼저 `make site` 를 실행하세요.", file=sys.stderr)
        return 2
    notebooks = json.loads(PAGES_JSON.read_text(encoding="utf-8"))
    pages = sorted(
        str(p.relative_to(args.site))
        for p in args.site.rglob("*.html")
        if not p.relative_to(args.site).parts[0].startswith("_")
    )
    SHOT_DIR.mkdir(parents=True, exist_ok=True)
    report = Report()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="site-test-chromium-") as profile, serve(args.site) as base:
        try:
            driver = make_driver(args.chromium, args.chromedriver, Path(profile))
        except Exception as exc:  # noqa: BLE001 (any start failure is reported with the install hint)
            print(f"[site-test] Chromium을 시작하지 못했습니다: {exc}\n{INSTALL_HINT}", file=sys.stderr)
            return 2
        try:
            all_facts = {}
            for rel in pages:
                t = time.perf_counter()
                all_facts[rel] = check_page(driver, report, base, rel, notebooks)
                print(f"[site-test] {rel} ({time.perf_counter() - t:.1f} s)", flush=True)
            n_urls = check_links(report, base, all_facts)
            search_lines = check_search(driver, report, base, notebooks)
            shots = screenshots(driver, base, notebooks)
        finally:
            driver.quit()

    built = {f"{nb['docname']}.html" for nb in notebooks}
    report.check(built <= set(pages), "(site)", f"페이지가 없는 노트북: {sorted(built - set(pages))}")
    print(
        f"[site-test] 페이지 {len(pages)}개 (노트북 {len(notebooks)}개), 내부 URL {n_urls}개 확인, "
        f"검사 {report.checks}개, {time.perf_counter() - t0:.0f} s"
    )
    print("\n".join(search_lines))
    print("[site-test] 스크린샷: " + ", ".join(str(p.relative_to(ROOT)) for p in shots))
    for failure in report.failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"site-test: {report.checks - len(report.failures)} passed, {len(report.failures)} failed")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
