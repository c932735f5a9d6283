"""The HTML report: self-contained, escaped, and rendered by headless Chromium."""
import re
import shutil
import subprocess
from datetime import date

import duckdb
import pytest

from analytics_data import event, monthly, write
from flashpoint.report import build_report

EVIL = "<script>alert('x')</script> & <b>bold</b>"


@pytest.fixture
def report(tmp_path):
    db = tmp_path / "r.duckdb"
    events = monthly(date(2024, 1, 1), 6, 1, "ISRGOV", "IRNGOV", "112", "m") + [
        event(f"2024-07-{d:02d}", "ISRMIL", "IRNMIL", "195", doc="b", sentence=f"Strike {d}. {EVIL}")
        for d in (2, 4, 6, 8)] + [event("2024-07-09", "IRNGOV", "PSEHMS", "072", doc="aid")]
    write(db, events)
    con = duckdb.connect(str(db), read_only=True)
    out = tmp_path / "report.html"
    result = build_report(con, str(out), png_dir=str(tmp_path / "png"))
    con.close()
    return out, result


def test_report_is_self_contained_and_escaped(report):
    out, result = report
    html = out.read_text(encoding="utf-8")
    assert result["charts"] == ["dyad", "escalation", "network", "timeline"]
    assert len(re.findall(r'<img class="chart" alt="[^"]+" src="data:image/png;base64,', html)) == 4
    assert "<script" not in html and "&lt;script&gt;" in html and "&lt;b&gt;bold" in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "Dyad IRN – ISR" in html
    for path in result["png"].values():
        with open(path, "rb") as fh:
            assert fh.read(8) == b"\x89PNG\r\n\x1a\n"


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_report_renders_in_headless_chromium(report, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (.ci/run installs Debian's chromium)")
    out, _ = report
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars",
                    "--window-size=1100,4200", f"--screenshot={shot}", out.as_uri()],
                   check=True, capture_output=True, timeout=120)
    import matplotlib.image as mpimg
    import numpy as np

    img = mpimg.imread(str(shot))[..., :3]
    assert img.shape[0] >= 4000
    red = np.all(np.abs(img - np.array([0xc0, 0x39, 0x2b]) / 255) < 0.08, axis=-1)
    blue = np.all(np.abs(img - np.array([0x1f, 0x61, 0x8d]) / 255) < 0.08, axis=-1)
    ink = np.any(img < 0.9, axis=-1)
    # The stacked bars (red material conflict) and the escalation bars are drawn ...
    assert red.sum() > 2000, red.sum()
    # ... and the charts cover a real part of the page, not only text.
    assert ink.mean() > 0.05
    rows_with_red = np.where(red.any(axis=1))[0]
    assert rows_with_red.max() - rows_with_red.min() > 800  # red in several charts down the page
    assert blue.sum() > 0 or red.sum() > 5000
