"""Scaling of kg build and of resolution alone: seconds and peak RSS against mentions.

    python bench/scaling.py                      # 1k..8k repeats through kg build, 20k..200k synthetic
    python bench/scaling.py --repeats 1000 64000 --memberships 125000 1000000
    python bench/scaling.py --repeats 0 0          # resolution only (0 0 skips a part)

``--repeats``: one JSONL line (one document) repeating one membership sentence N times, through
``kg build`` in a fresh process each (report.json's stage timings, the process's peak RSS).
``--memberships``: generated DocumentExtraction records (10 memberships an article, 50 names,
enterprise and government posts, sole titles, dates over two years) resolved without LAC. Each
size doubles the last, so a linear stage doubles its seconds. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "某某公司董事长张三出席会议并致辞。"


def _sizes(low: int, high: int) -> list[int]:
    """``low`` doubled up to ``high``; none when ``high`` is 0 (that part of the bench is skipped)."""
    if high == 0:
        return []
    if low < 1:
        raise SystemExit("scaling.py: sizes start at 1 or more")
    sizes = [low]
    while sizes[-1] * 2 <= high:
        sizes.append(sizes[-1] * 2)
    return sizes


def repeats(n: int, work: Path) -> dict[str, object]:
    """kg build on one document of ``n`` repeats, in its own process."""
    source = work / f"rep{n}.jsonl"
    record = {"id": f"rep{n}", "title": "重复", "date": "2024-05-01", "text": SENTENCE * n}
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = work / f"out{n}"
    code = (
        "import resource; from kg.cli import app\n"
        f"app(['build', {str(source)!r}, '-o', {str(out)!r}, '-q'], standalone_mode=False)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    timings = json.loads((out / "report.json").read_text(encoding="utf-8"))["timings"]
    rss_mb = int(done.stdout.split()[-1]) / 1024
    return {
        "repeats": n,
        "bytes": source.stat().st_size,
        "seconds": round(seconds, 2),
        **timings,
        "peak_rss_mb": round(rss_mb),
    }


def synthetic(memberships: int, per_doc: int = 10, names: int = 50) -> list[object]:
    """Extraction records as LAC and the rules would give them, without running either."""
    from kg.model import Document, DocumentExtraction, Membership, Provenance

    out: list[object] = []
    for d in range(max(1, memberships // per_doc)):
        doc = Document(f"d{d:07d}", f"d{d}.txt", "", date=dt.date(2024, 1, 1) + dt.timedelta(days=d % 700))
        found = []
        for i in range(per_doc):
            k = d * per_doc + i
            org = f"某{k % 997}公司" if k % 3 != 2 else f"{k % 37}市人民政府"
            where = Provenance(doc.id, i, i * 20, i * 20 + 19, f"第{k}句")
            found.append(
                Membership(f"张{k % names}", ("董事长", "总经理", "市长")[k % 3], org, where, (0, 2))
            )
        out.append(DocumentExtraction(document=doc, memberships=tuple(found)))
    return out


def resolution(n: int) -> dict[str, object]:
    """Resolution of ``n`` synthetic memberships, in its own process."""
    code = (
        "import json, resource, sys, time\n"
        "sys.path.insert(0, 'bench'); from scaling import synthetic\n"
        "from kg.link import resolve\n"
        f"records = synthetic({n}); started = time.perf_counter(); graph = resolve(records)\n"
        "seconds = time.perf_counter() - started\n"
        "size = [graph.number_of_nodes(), graph.number_of_edges()]\n"
        "print(json.dumps([seconds, *size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    seconds, nodes, edges, rss = json.loads(done.stdout.splitlines()[-1])
    return {
        "memberships": n,
        "resolve_s": round(seconds, 2),
        "nodes": nodes,
        "edges": edges,
        "peak_rss_mb": round(rss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", nargs=2, type=int, default=[1000, 8000], metavar=("LOW", "HIGH"))
    parser.add_argument(
        "--memberships", nargs=2, type=int, default=[20_000, 200_000], metavar=("LOW", "HIGH")
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in _sizes(*args.repeats):
            print(json.dumps(repeats(n, Path(tmp))), flush=True)
    for n in _sizes(*args.memberships):
        print(json.dumps(resolution(n)), flush=True)


if __name__ == "__main__":
    main()
