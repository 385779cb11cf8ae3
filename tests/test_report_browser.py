"""`report` in a real browser: headless Chromium driven by selenium (see tests/browser.py).

The page of the bundled plan is loaded from a file:// URL; the tests click, type and
measure as a user would, and write screenshots to tmp_path (docs/report.png is a
reviewed one).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import chromium, require_browser
from conftest import PLAN

from actionplan_parse import check, parse_file
from actionplan_parse.diff import compare
from actionplan_parse.outputs.report.palette import contrast_ratio

ROOT = Path(__file__).resolve().parents[1]
AA_TEXT = 4.5


def _report(tmp_path: Path, *files: Path, name: str = "report.html") -> Path:
    out = tmp_path / name
    shown = [str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f) for f in files]
    subprocess.run(
        [sys.executable, "-m", "actionplan_parse", "report", *shown, "-o", str(out)],
        check=True,
        cwd=ROOT,
    )
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    require_browser()
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def plan_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _report(tmp_path_factory.mktemp("report"), PLAN)


@pytest.fixture
def page(browser, plan_page: Path):
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(plan_page.as_uri())
    browser.get_log("browser")  # start each test with an empty console
    return browser


def _css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def _node(driver, node_id: str):
    return _css(driver, f'#d0-outline li.node[data-id="{node_id}"]')


def _click(driver, element) -> None:
    """Scroll the element to the middle of its pane (clear of the sticky pane header), click."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def _show(driver, node_id: str, key: str = "d0") -> None:
    """Click the button that shows the node's source lines."""
    row = _css(driver, f'#{key}-outline li.node[data-id="{node_id}"] > .row > button.show')
    _click(driver, row)


def _in_view(driver, element, container) -> bool:
    return driver.execute_script(
        "const a = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
        "return a.top >= b.top && a.bottom <= b.bottom && a.top < window.innerHeight;",
        element,
        container,
    )


def test_every_node_id_and_every_rule_code_is_in_the_dom(page):
    document = parse_file(PLAN)
    ids = page.execute_script(
        "return [...document.querySelectorAll('#d0-outline li.node')].map(e => e.dataset.id)"
    )
    assert ids == [n.id for n in document.walk()]
    codes = page.execute_script(
        "return [...document.querySelectorAll('#d0-source .finding')].map(e => e.dataset.code)"
    )
    found = sorted(d.code for d in check(document))
    assert sorted(codes) == found and len(set(found)) >= 5


def test_collapsing_hides_the_children_and_expanding_shows_them(page):
    part = _node(page, "2")
    child = _node(page, "2.2")
    toggle = part.find_element("css selector", ":scope > .row > button.toggle")
    assert child.is_displayed() and toggle.get_attribute("aria-expanded") == "true"
    _click(page, toggle)
    assert not child.is_displayed() and toggle.get_attribute("aria-expanded") == "false"
    assert _node(page, "1.1").is_displayed()  # a sibling part is untouched
    _click(page, toggle)
    assert child.is_displayed() and toggle.get_attribute("aria-expanded") == "true"
    _css(page, '#d0-outline button[data-expand="false"]').click()
    assert not _node(page, "1.1").is_displayed() and _node(page, "5").is_displayed()
    _css(page, '#d0-outline button[data-expand="true"]').click()
    assert _node(page, "5.6").is_displayed()


def test_clicking_a_node_scrolls_to_and_highlights_its_source_lines(page):
    document = parse_file(PLAN)
    last = list(document.walk())[-1]
    line = _css(page, f"#d0-L{last.span.start_line}")
    pane = _css(page, "#d0-source")
    assert not _in_view(page, line, pane)
    _show(page, last.id)
    assert _in_view(page, line, pane)
    highlighted = page.execute_script(
        "return [...document.querySelectorAll('#d0-source .line.hl')].map(e => +e.dataset.line)"
    )
    assert highlighted == list(range(last.span.start_line, last.span.end_line + 1))
    assert last.id in _css(page, "#d0-status").text
    section = document.find("2.2")
    _show(page, "2.2")
    highlighted = page.execute_script(
        "return [...document.querySelectorAll('#d0-source .line.hl')].map(e => +e.dataset.line)"
    )
    assert highlighted == list(range(section.span.start_line, section.span.end_line + 1))


def test_keyboard_tab_order_enter_and_space_toggle_with_visible_focus(page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    active = []
    for _ in range(12):
        ActionChains(page).send_keys(Keys.TAB).perform()
        active.append(page.execute_script("return document.activeElement"))
        if "toggle" in (active[-1].get_attribute("class") or ""):
            break
    names = [e.get_attribute("class") or e.text for e in active]
    assert names[0] == "skip" and "toggle" in names[-1], names
    toggle = active[-1]
    outline = page.execute_script("return getComputedStyle(arguments[0]).outlineStyle", toggle)
    assert outline != "none"  # :focus-visible draws a ring
    group = _css(page, f"#{toggle.get_attribute('aria-controls')}")
    ActionChains(page).send_keys(Keys.ENTER).perform()
    assert not group.is_displayed()
    ActionChains(page).send_keys(Keys.SPACE).perform()
    assert group.is_displayed()
    ActionChains(page).send_keys(Keys.TAB, Keys.ENTER).perform()  # the node's show button
    assert _css(page, "#d0-source .line.hl").is_displayed()


def test_no_console_errors_while_used(page):
    for node_id in ("1", "3.?.2", "5.6"):
        _show(page, node_id)
    _css(page, '#d0-outline button[data-expand="false"]').click()
    _css(page, '#d0-outline button[data-expand="true"]').click()
    severe = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
    assert severe == []


def test_nothing_remote_is_loaded(page, plan_page: Path):
    entries = page.execute_script("return performance.getEntries().map(e => [e.entryType, e.name])")
    loaded = [name for kind, name in entries if kind in ("navigation", "resource")]
    assert loaded == [plan_page.as_uri()]
    html = plan_page.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "http://" not in html and "https://" not in html


def test_document_text_is_escaped_and_never_runs(browser, tmp_path: Path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Plan <script>window.pwned = 1</script>\n"
        'First, Trade <img src=x onerror="window.pwned = 2">\n'
        "(1) Open </pre></div><script>window.pwned = 3</script>.\n",
        encoding="utf-8",
    )
    browser.get(_report(tmp_path, hostile).as_uri())
    assert browser.execute_script("return window.pwned") is None
    assert "<script>window.pwned = 1</script>" in _css(browser, "#d0-L1 .text").text
    assert browser.execute_script("return document.scripts.length") == 1
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def _rgb(css: str) -> str:
    red, green, blue = (int(v) for v in re.findall(r"[\d.]+", css)[:3])
    return f"#{red:02x}{green:02x}{blue:02x}"


_TEXT_COLOURS = """
const out = [];
const background = (el) => {
  for (; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (!/rgba\\(.*, 0\\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
};
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !el.getClientRects().length) continue;
  const style = getComputedStyle(el);
  out.push([style.color, background(el), el.tagName + '.' + el.className]);
}
return out;
"""


def test_text_contrast_passes_wcag_aa_as_rendered(page):
    _show(page, "1")  # a highlighted line too
    measured = page.execute_script(_TEXT_COLOURS)
    assert len(measured) > 100
    failing = {
        (fg, bg, where)
        for fg, bg, where in measured
        if contrast_ratio(_rgb(fg), _rgb(bg)) < AA_TEXT
    }
    assert failing == set()


def test_readable_at_200_percent_zoom(page, tmp_path: Path):
    page.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 700, "height": 1000, "deviceScaleFactor": 2, "mobile": False},
    )
    page.get(page.current_url)
    overflow = page.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    outline = _css(page, "#d0-outline").rect
    source = _css(page, "#d0-source").rect
    assert source["y"] >= outline["y"] + outline["height"]  # stacked, not squeezed
    page.save_screenshot(str(tmp_path / "report-zoom200.png"))


def test_screenshot_of_the_plan(page, tmp_path: Path):
    page.set_window_size(1400, 1100)
    show = _node(page, "3.?").find_element("css selector", ":scope > .row > button.show")
    page.execute_script(  # as a click, without scrolling the page to the row first
        "const pane = arguments[0].closest('.pane');"
        "pane.scrollTop += arguments[0].getBoundingClientRect().top"
        " - pane.getBoundingClientRect().top - 200;"
        "arguments[0].click(); arguments[0].focus({preventScroll: true}); window.scrollTo(0, 0);",
        show,
    )
    shot = tmp_path / "report.png"
    assert page.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    outline = _css(page, "#d0-outline").rect
    source = _css(page, "#d0-source").rect
    assert source["x"] >= outline["x"] + outline["width"]  # side by side when wide


def test_two_documents_side_by_side(browser, tmp_path: Path):
    old = tmp_path / "old.txt"
    old.write_text("\n".join(PLAN.read_text(encoding="utf-8").splitlines()[:60]) + "\n")
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.get(_report(tmp_path, old, PLAN).as_uri())
    first, second = (_css(browser, f'article[data-doc="d{i}"]').rect for i in (0, 1))
    assert second["x"] >= first["x"] + first["width"] and abs(second["y"] - first["y"]) < 1
    ids = browser.execute_script(
        "return [...document.querySelectorAll('#d1-outline li.node')].map(e => e.dataset.id)"
    )
    assert ids == [n.id for n in parse_file(PLAN).walk()]
    _show(browser, "5.6", "d1")
    assert _css(browser, "#d1-source .line.hl").is_displayed()
    assert browser.find_elements("css selector", "#d0-source .line.hl") == []
    browser.save_screenshot(str(tmp_path / "report-compare.png"))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


# `report OLD NEW`: the diff view (the bundled plan against its edited next version).

NEXT = ROOT / "tests" / "fixtures" / "diff" / "plan_next.txt"


@pytest.fixture(scope="module")
def diff_page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _report(tmp_path_factory.mktemp("diff"), PLAN, NEXT)


@pytest.fixture
def diff_page(browser, diff_page_file: Path):
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.set_window_size(1400, 1000)
    browser.get(diff_page_file.as_uri())
    browser.get_log("browser")
    return browser


def _changes():
    return compare(parse_file(PLAN), parse_file(NEXT))


def _current(driver, key: str) -> list[str]:
    return driver.execute_script(
        f"return [...document.querySelectorAll('#{key}-outline li.node.current')]"
        ".map(e => e.dataset.id)"
    )


def _change_row(driver, change: str, old_id: str = "", new_id: str = ""):
    return _css(
        driver,
        f'tr.change[data-change="{change}"][data-old-id="{old_id}"][data-new-id="{new_id}"]',
    )


def test_every_change_row_is_in_the_dom(diff_page):
    rows = diff_page.execute_script(
        "return [...document.querySelectorAll('tr.change')]"
        ".map(r => [r.dataset.change, r.dataset.oldId, r.dataset.newId, !r.hidden])"
    )
    changes = _changes()
    assert [r[:3] for r in rows] == [[c.change, c.old_id or "", c.new_id or ""] for c in changes]
    shown = [r[0] for r in rows if r[3]]
    assert "unchanged" not in shown and len(shown) == sum(c.change != "unchanged" for c in changes)
    _click(diff_page, _css(diff_page, 'input[data-show="unchanged"]'))
    assert diff_page.execute_script(
        "return [...document.querySelectorAll('tr.change')].every(r => r.offsetHeight > 0)"
    )


def test_clicking_a_change_row_highlights_the_node_in_both_outlines(diff_page):
    for key in ("d0", "d1"):  # the nodes start hidden in collapsed outlines
        _css(diff_page, f'#{key}-outline button[data-expand="false"]').click()
    cases = [("renumbered", "2.2.4", "2.2.3"), ("moved", "2.6.4", "2.7.5")]
    for change, old_id, new_id in cases:
        row = _change_row(diff_page, change, old_id, new_id)
        _click(diff_page, row.find_element("css selector", "td.old-text"))
        assert "current" in row.get_attribute("class")
        assert _current(diff_page, "d0") == [old_id] and _current(diff_page, "d1") == [new_id]
        for key, node_id in (("d0", old_id), ("d1", new_id)):
            node = _css(diff_page, f'#{key}-outline li.node[data-id="{node_id}"] > .row')
            assert node.is_displayed()
            assert _in_view(diff_page, node, _css(diff_page, f"#{key}-outline"))
            start = parse_file(PLAN if key == "d0" else NEXT).find(node_id).span.start_line
            assert _css(diff_page, f"#{key}-L{start}").get_attribute("class") == "line hl"
    _click(diff_page, _change_row(diff_page, "added", "", "2.4.6"))
    assert _current(diff_page, "d0") == [] and _current(diff_page, "d1") == ["2.4.6"]
    assert diff_page.find_elements("css selector", "#d0-source .line.hl") == []
    assert "added" in _css(diff_page, "#d0-status").text


def test_change_rows_by_keyboard(diff_page):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    picks = diff_page.find_elements("css selector", "tr.change:not([hidden]) button.pick")
    diff_page.execute_script("arguments[0].focus()", picks[0])
    ActionChains(diff_page).send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN).perform()
    assert diff_page.execute_script("return document.activeElement") == picks[2]
    ActionChains(diff_page).send_keys(Keys.ARROW_UP, Keys.ENTER).perform()
    row = picks[1].find_element("xpath", "./ancestor::tr")
    assert "current" in row.get_attribute("class")
    assert _current(diff_page, "d0") == [row.get_attribute("data-old-id")]
    assert _current(diff_page, "d1") == [row.get_attribute("data-new-id")]
    ring = "return getComputedStyle(arguments[0]).outlineStyle"
    assert diff_page.execute_script(ring, picks[1]) != "none"
    tabbed = []
    diff_page.get(diff_page.current_url)
    picks = diff_page.find_elements("css selector", "tr.change:not([hidden]) button.pick")
    for _ in range(12):  # from the top: skip link, the class filter, then the first row
        ActionChains(diff_page).send_keys(Keys.TAB).perform()
        tabbed.append(diff_page.execute_script("return document.activeElement"))
        if tabbed[-1] == picks[0]:
            break
    names = [e.get_attribute("class") or e.get_attribute("data-show") for e in tabbed]
    assert tabbed[-1] == picks[0], names
    assert names[0] == "skip" and "unchanged" in names and "dropped" in names


def test_diff_view_without_console_errors_and_with_aa_contrast(diff_page, tmp_path: Path):
    _click(diff_page, _css(diff_page, 'input[data-show="unchanged"]'))
    for change in _changes():
        if change.change != "unchanged":
            row = _change_row(diff_page, change.change, change.old_id or "", change.new_id or "")
            _click(diff_page, row.find_element("css selector", "button.pick"))
    measured = diff_page.execute_script(_TEXT_COLOURS)
    failing = {
        (fg, bg, where)
        for fg, bg, where in measured
        if contrast_ratio(_rgb(fg), _rgb(bg)) < AA_TEXT
    }
    assert failing == set()
    assert any("change-" in where for *_, where in measured)
    assert [e for e in diff_page.get_log("browser") if e["level"] == "SEVERE"] == []
    diff_page.execute_script("window.scrollTo(0, 0)")
    assert diff_page.save_screenshot(str(tmp_path / "report-diff.png"))


def test_diff_view_at_200_percent_zoom(diff_page):
    diff_page.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 700, "height": 1000, "deviceScaleFactor": 2, "mobile": False},
    )
    diff_page.get(diff_page.current_url)
    overflow = diff_page.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    wrap = diff_page.execute_script(
        "const w = document.getElementById('changes'); return w.scrollWidth - w.clientWidth"
    )
    assert wrap <= 0  # the rows stack as blocks: no sideways scrolling inside the table either
