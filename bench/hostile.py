"""Hostile inputs, at scale: one directory of everything a hostile tester threw at kg build, and
how long the build takes and how much memory it needs as the repeated JSONL line grows.

    PYTHONPATH=. python bench/hostile.py [--sizes 0.5,1,2,5] [--line-mb 50]

Prints one line per size: the JSONL line's megabytes, kg build's seconds and peak RSS, the rows of
report.json. The corpus is written here, never committed; tests/io/test_hostile_build.py builds
the same directory with a 100 KB JSONL line (its checks do not depend on the size; this bench's do).

Before resolution was made linear (2 shared cores): 0.5 MB 21-24 s (resolve 14.0 s), 1 MB 117 s,
2 MB 489 s, about 4x per doubling of the line. With it (4fa8cb5, idle machine): 5 MB 62.8 s, peak
RSS 870 MB; the 50 MB line over the limit is skipped after its first 8 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOOD = {
    "good1.txt": (
        "2024年9月18日，临江港务集团召开年度安全生产工作会议。临江港务集团董事长许振东出席会议并讲话，"
        "临江港务集团总经理葛文涛主持会议。会议部署了下一阶段的重点任务。"
    ),
    "good2.txt": (
        "2024年10月9日，白沙湾生物科技公司在苏州举行新品发布会。公司首席执行官梁思远介绍了研发进展，"
        "公司副总裁钱晓梅回答了记者提问。"
    ),
}
# Names the graph must hold after the build.
GOOD_NAMES = ("许振东", "葛文涛", "梁思远", "钱晓梅", "沈卫国", "冯远航", "卢海平", "邵明哲", "罗志刚")
MEMBERSHIP = "红石电力公司总经理罗志刚出席会议并讲话。"


def write_corpus(folder: Path, *, jsonl_bytes: int = 5_000_000, line_bytes: int = 50_000_000) -> set[str]:
    """Write the hostile directory; returns the file names report.json must list."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    # Two control characters in the first 8 KB (more would read as binary), a NUL after it.
    body = (
        "2024年3月1日，青石化工集团\x01总经理沈卫国出席会议\x1f并讲话。\n" + "会议要求各单位抓好落实。" * 400
    )
    body += "\x00青石化工集团副总经理汤明出席会议。\n"
    (folder / "controls.txt").write_text(body, encoding="utf-8")
    (folder / "escapes.jsonl").write_text(
        json.dumps(
            {"text": "2024年3月2日，青石化工集团董事长\u0001冯远航主持会议。\ud800", "title": "冯远航\u0002"}
        )
        + "\n",
        encoding="utf-8",
    )
    repeats = max(1, jsonl_bytes // len(MEMBERSHIP.encode()))
    (folder / "repeated.jsonl").write_text(
        json.dumps({"text": MEMBERSHIP * repeats}, ensure_ascii=False) + "\n"
    )
    with (folder / "huge_line.txt").open("wb") as file:
        chunk = ("很长的一行没有任何换行" * 10_000).encode()
        for _ in range(max(1, line_bytes // len(chunk))):
            file.write(chunk)
    gbk = "2024年4月8日，东岭钢铁集团召开职工代表大会。东岭钢铁集团总经理卢海平在会上作工作报告。" * 3
    (folder / "cut_gbk.txt").write_bytes(gbk.encode("gbk")[:-1])
    depth = 1000
    (folder / "deep.html").write_text(
        "<html><head><title>远山大学举行毕业典礼</title></head><body>"
        + "<div>" * depth
        + "<p>2024年6月20日，远山大学举行毕业典礼，校长邵明哲出席并致辞。</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    (folder / "locked.txt").write_text("2024年5月1日，某公司召开会议。", encoding="utf-8")
    return {path.name for path in folder.iterdir()}


def build_once(folder: Path, out: Path) -> tuple[float, float, int]:
    """kg build over ``folder``: seconds, peak RSS in MB (Linux reports kilobytes), report rows."""
    kg = Path(sys.executable).with_name("kg")
    started = time.perf_counter()
    child = subprocess.Popen([str(kg), "build", str(folder), "-o", str(out), "-q"])
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kg build exited {os.waitstatus_to_exitcode(status)}")
    rows = len(json.loads((out / "report.json").read_text(encoding="utf-8"))["documents"])
    return seconds, usage.ru_maxrss / 1024, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.5,1,2,5", help="JSONL line sizes in MB, comma-separated")
    parser.add_argument(
        "--line-mb", type=float, default=50, help="size of the single-line file over the limit"
    )
    args = parser.parse_args()
    for size in (float(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "in"
            write_corpus(folder, jsonl_bytes=int(size * 1e6), line_bytes=int(args.line_mb * 1e6))
            seconds, rss, rows = build_once(folder, Path(scratch) / "out")
            print(
                f"jsonl line {size:g} MB: {seconds:.1f} s, peak RSS {rss:.0f} MB, {rows} report rows",
                flush=True,
            )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
