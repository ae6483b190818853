"""kg benchmark: throughput against the backbone, worker speed-up, memory, Turtle and SPARQL at 1M triples.

    python bench/run.py                  # ≥ 2 M characters; writes bench/results.json
    python bench/run.py --quick --json F # ≥ 200 k characters, same keys, under 10 minutes

The corpus is built in a temporary directory from real sentences (../shared/data/cluener and
../shared/seeds when present, else data/samples), repeated until it is large enough; it is never
written into the repository. Every ratio is measured in the same run, so machine noise cancels.
The 1M-triple figures use a synthetic graph of the same shape as real ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DOC_CHARS = 4_000  # characters per synthetic corpus document, about one news article


def _real_texts() -> Iterator[str]:
    cluener = SHARED / "data" / "cluener"
    if cluener.is_dir():
        for name in ("train.json", "dev.json", "test.json"):
            for line in (cluener / name).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield str(json.loads(line)["text"])
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            yield path.read_text(encoding="utf-8")
    if not cluener.is_dir():
        for path in sorted((ROOT / "data" / "samples").glob("*")):
            if path.suffix in {".txt", ".md"}:
                yield path.read_text(encoding="utf-8")


def build_corpus(directory: Path, min_chars: int) -> int:
    """Write documents of about DOC_CHARS characters until ``min_chars``; returns the total."""
    texts = [t.strip() for t in _real_texts() if t.strip()]
    if not texts:
        raise SystemExit("no corpus source found")
    directory.mkdir(parents=True, exist_ok=True)
    total = 0
    doc: list[str] = []
    size = 0
    n = 0
    round_ = 0
    while total < min_chars:
        for text in texts:
            doc.append(text)
            size += len(text)
            if size >= DOC_CHARS:
                body = "\n".join(doc)
                (directory / f"doc{n:06d}.txt").write_text(f"第{round_}轮\n{body}\n", encoding="utf-8")
                total += size
                n += 1
                doc, size = [], 0
                if total >= min_chars:
                    break
        round_ += 1
    return total


def _kg(*args: str) -> list[str]:
    """The installed ``kg`` command of this interpreter's environment."""
    return [str(Path(sys.executable).parent / "kg"), *args]


def _timed_peak(command: list[str], *, stdout: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command, measured by a fresh wrapper process."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "out = open(sys.argv[1], 'wb') if sys.argv[1] != '-' else subprocess.DEVNULL\n"
        "t = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL).returncode\n"
        "t = time.perf_counter() - t\n"
        "print(code, t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", wrapper, str(stdout) if stdout else "-", *command],
        capture_output=True,
        text=True,
        check=True,
    )
    code, seconds, peak_kb = result.stdout.split()
    if code != "0":
        raise SystemExit(f"command failed ({code}): {' '.join(command)}")
    return float(seconds), int(peak_kb) / 1024


def backbone_chars_per_s(corpus: Path) -> float:
    """LAC alone over the sentences kg gives it, in the batches kg build makes (kg/engine.py)."""
    from kg.engine import batches
    from kg.io import read_documents
    from kg.nlp.backbone import get_model
    from kg.nlp.sentences import split_sentences

    groups = [
        [s.text for r in batch if r.document for s in split_sentences(r.document.text)]
        for batch in batches(read_documents([str(corpus)]))
    ]
    model = get_model()
    model.tag(groups[0][:50])  # warm-up
    chars = sum(len(s) for group in groups for s in group)
    started = time.perf_counter()
    for group in groups:
        model.tag(group)
    return chars / (time.perf_counter() - started)


def synthetic_graph(n_people: int) -> object:
    """A graph shaped like real output: people with two memberships, events, participations."""
    from kg.graph import Edge, Evidence, KnowledgeGraph, Node
    from kg.ids import IriMinter

    minter = IriMinter()
    graph = KnowledgeGraph(minter.base)
    n_orgs = max(1, n_people // 5)
    n_events = max(1, n_people // 20)
    day = dt.date(2024, 1, 1)
    for d in range(max(1, n_people // 50)):
        graph.add_node(Node(minter.document(f"d{d}"), "Document", f"新闻{d}", date=day, source=f"d{d}.txt"))
    for o in range(n_orgs):
        graph.add_node(Node(minter.org(f"机构{o}"), "Organization", f"机构{o}", aliases=(f"机{o}",)))
    for e in range(n_events):
        graph.add_node(
            Node(minter.event(f"第{e}届论坛"), "Event", f"第{e}届论坛", start_date=day, end_date=day)
        )
    for title in ("副部长", "总经理", "院长", "教授", "理事长"):
        graph.add_node(Node(minter.role(title), "Role", title))
    for p in range(n_people):
        person = graph.add_node(Node(minter.person(f"人{p}"), "Person", f"人{p}")).id
        doc = minter.document(f"d{p // 50}")
        evidence = (Evidence(minter.mention(f"d{p // 50}", p % 50), doc, f"句子{p}", 0, 10),)
        for k in range(2):
            org = minter.org(f"机构{(p + k * 7) % n_orgs}")
            title = ("副部长", "总经理", "院长", "教授", "理事长")[(p + k) % 5]
            graph.add_edge(
                Edge(
                    minter.membership(f"人{p}", title, org, day),
                    "HOLDS",
                    person,
                    org,
                    title=title,
                    role=minter.role(title),
                    observed_on=day,
                    evidence=evidence,
                )
            )
        event = minter.event(f"第{p % n_events}届论坛")
        graph.add_edge(
            Edge(
                minter.participation(person, event, "致辞"),
                "PARTICIPATED_IN",
                person,
                event,
                role="致辞",
                evidence=evidence,
            )
        )
    return graph


def turtle_and_sparql(work: Path) -> dict[str, float]:
    """Export a ≥ 1M-triple synthetic graph to Turtle and time the shipped queries over it."""
    import pyoxigraph

    try:
        from kg.export.rdf import write_turtle
    except ImportError:  # the RDF exporter is not installed: nothing to measure
        return {}
    path = work / "graph1m.ttl"
    n_people = 40_000
    for _ in range(3):
        graph = synthetic_graph(n_people)
        started = time.perf_counter()
        write_turtle(graph, path)  # type: ignore[arg-type]
        seconds = time.perf_counter() - started
        store = pyoxigraph.Store()
        store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        triples = len(store)
        if triples >= 1_000_000:
            break
        n_people = int(n_people * 1_050_000 / max(triples, 1)) + 1
    figures = {"turtle_1m_triples_s": seconds * 1_000_000 / triples, "synthetic_triples": float(triples)}
    slowest = 0.0
    for query in sorted((ROOT / "ontologies" / "queries").glob("*.rq")):
        started = time.perf_counter()
        for _ in store.query(query.read_text(encoding="utf-8")):  # type: ignore[union-attr]
            pass
        elapsed = time.perf_counter() - started
        figures[f"sparql_{query.stem}_s"] = elapsed
        slowest = max(slowest, elapsed)
    figures["sparql_1m_slowest_query_s"] = slowest
    return figures


def _count_triples(out: Path) -> int:
    nt = out / "graph.nt"
    if nt.is_file():
        with nt.open("rb") as f:
            return sum(1 for line in f if line.strip())
    ttl = out / "graph.ttl"
    if not ttl.is_file():
        return 0
    import rdflib

    return len(rdflib.Graph().parse(ttl))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="≥ 200 k characters instead of ≥ 2 M")
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench" / "results.json", help="where to write results"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpus and outputs")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    results: dict[str, float | int | str] = {"mode": "quick" if args.quick else "full"}
    try:
        corpus = work / "corpus"
        chars = build_corpus(corpus, 200_000 if args.quick else 2_000_000)
        results["corpus_chars"] = chars
        results["backbone_chars_per_s"] = backbone_chars_per_s(corpus)

        seconds, peak = _timed_peak(_kg("build", str(corpus), "-o", str(work / "out1"), "--quiet"))
        results["pipeline_chars_per_s"] = chars / seconds
        results["pipeline_over_backbone"] = results["pipeline_chars_per_s"] / results["backbone_chars_per_s"]
        triples = _count_triples(work / "out1")
        results["build_triples"] = triples
        results["build_rss_mb"] = peak
        results["build_rss_mb_per_1m_triples"] = peak / max(triples, 1) * 1_000_000

        seconds2, _ = _timed_peak(
            _kg("build", str(corpus), "-o", str(work / "out2"), "--quiet", "--workers", "2")
        )
        results["workers2_speedup"] = seconds / seconds2
        same = all(
            (work / "out1" / name).read_bytes() == (work / "out2" / name).read_bytes()
            for name in ("graph.ttl", "graph.nt")
            if (work / "out1" / name).is_file()
        )
        results["workers2_identical_exports"] = int(same)

        _, rss1 = _timed_peak(_kg("extract", str(corpus)), stdout=work / "extract1.jsonl")
        corpus10 = work / "corpus10"
        corpus10.mkdir()
        for k in range(10):
            for path in corpus.glob("*.txt"):
                shutil.copyfile(path, corpus10 / f"r{k}_{path.name}")
        _, rss10 = _timed_peak(_kg("extract", str(corpus10)), stdout=work / "extract10.jsonl")
        results["rss_mb_1x"] = rss1
        results["rss_mb_10x"] = rss10
        results["rss_10x_over_1x"] = rss10 / rss1

        results.update(turtle_and_sparql(work))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    targets = {
        "pipeline_over_backbone": ("≥", 0.75),
        "workers2_speedup": ("≥", 1.7),
        "rss_10x_over_1x": ("≤", 1.2),
        "turtle_1m_triples_s": ("≤", 30.0),
        "sparql_1m_slowest_query_s": ("≤", 1.0),
    }
    width = max(len(k) for k in results)
    for key, value in results.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        target = targets.get(key)
        mark = ""
        if target and isinstance(value, (int, float)):
            op, bound = target
            ok = value >= bound if op == "≥" else value <= bound
            mark = f"   target {op} {bound}: {'met' if ok else 'NOT met'}"
        print(f"{key:<{width}}  {shown:>14}{mark}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
