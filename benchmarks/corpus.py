"""A synthetic corpus of work reports, recombined from the real paragraphs of the seeds.

Each document is a township's (乡/镇/街道) annual or half-year report: a title, a byline
naming its province, city and county, a publication date, then a review part, sometimes a
problems part, and a plan part, each with numbered sections. The section headings and the
paragraphs under them are real ones, drawn from the seed reports (`samples/seeds`), with the
seed's own place names replaced by the document's, its years moved to the document's year
and every number scaled by a random factor. Organisations, years and numbers vary, so no two
documents are alike, while the text stays the kind duban reads.

Deterministic: the same ``n`` and ``seed`` give the same bytes. A small share of documents
are HTML pages or in traditional characters, and (optionally) bad files and exact duplicates.

    python benchmarks/corpus.py OUT --n 20000                 # a folder of files
    python benchmarks/corpus.py OUT.parquet --n 20000 --parquet  # one Parquet (id, content)

Other benchmarks: ``from corpus import generate`` (with ``benchmarks/`` on ``sys.path``).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"

# The place names each seed uses for itself (full name, then the stems its prose uses).
SEED_NAMES = {
    "000": ("斋坛乡", "斋坛"),
    "001": ("安民乡", "安民"),
    "002": ("下各镇", "下各镇"),  # not the stem: 下各 also stands in 以下各项
    "003": ("柳城畲族镇", "柳城"),
}
PROVINCES = {  # province → cities
    "浙江省": ("衢州市", "丽水市", "台州市", "金华市"),
    "湖南省": ("衡阳市", "邵阳市", "常德市"),
    "江西省": ("赣州市", "吉安市", "上饶市"),
    "四川省": ("绵阳市", "南充市", "宜宾市"),
    "河南省": ("信阳市", "南阳市", "周口市"),
    "安徽省": ("安庆市", "六安市", "阜阳市"),
    "广西壮族自治区": ("桂林市", "柳州市", "百色市"),
    "福建省": ("三明市", "南平市", "龙岩市"),
}
NAME_CHARS = "青石桂林清河安平永兴长乐新华东湖南山西岭北塘白沙金竹云溪龙泉双凤黄花三江高桥马鞍大坪梅岗茶园柏枫杨柳"
LEVELS = ("镇", "镇", "乡", "街道")
MARKERS = "一二三四五六七八九十"
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=年|—|-|至)")
_HEADING = re.compile(r"^[(（]([一二三四五六七八九十]+)[)）]\s*(.{4,40}?)[,，。；;：:]")
_NOT_BODY = ("索引号", "索 引 号", "发布机构", "发布时间", "点击数", "当前位置", "来源:", "来源：")
_SENTENCE_END = re.compile(r"(?<=[。；！])")


@dataclass(frozen=True, slots=True)
class Paragraph:
    seed: str  # the seed it came from, e.g. "001"
    year: int  # that seed's review year, to move its years by
    text: str


@lru_cache(maxsize=4)
def pool(seeds_dir: str = str(SEEDS)) -> tuple[tuple[Paragraph, ...], tuple[str, ...]]:
    """The paragraphs (up to ~400 characters, whole sentences) and section headings of the seeds."""
    paragraphs, headings = [], []
    for path in sorted(Path(seeds_dir).glob("*.txt")):
        key = path.name[:3]
        if key not in SEED_NAMES:  # the traditional-character seed is left out of the mix
            continue
        text = path.read_text(encoding="utf-8")
        year = int(re.search(r"(20\d\d)年", text).group(1))
        for line in text.splitlines():
            line = line.strip()
            if m := _HEADING.match(line):
                headings.append(m.group(2))
            if len(line) < 60 or line.count("|") > 2 or any(w in line for w in _NOT_BODY):
                continue
            chunk = ""
            for sentence in _SENTENCE_END.split(line):
                chunk += sentence
                if len(chunk) >= 150 and chunk.endswith(("。", "；", "！")):
                    paragraphs.append(Paragraph(key, year, chunk))
                    chunk = ""
            if len(chunk) >= 60:
                paragraphs.append(Paragraph(key, year, chunk))
    return tuple(paragraphs), tuple(dict.fromkeys(headings))


@dataclass(frozen=True, slots=True)
class Org:
    province: str
    city: str
    county: str
    name: str  # e.g. 青石镇
    stem: str  # e.g. 青石


def organisations(count: int, rng: random.Random) -> list[Org]:
    orgs, seen = [], set()
    provinces = list(PROVINCES)
    while len(orgs) < count:
        province = rng.choice(provinces)
        city = rng.choice(PROVINCES[province])
        county = "".join(rng.sample(NAME_CHARS, 2)) + rng.choice(("县", "县", "区"))
        stem = "".join(rng.sample(NAME_CHARS, 2))
        name = stem + rng.choice(LEVELS)
        if (county, name) in seen:
            continue
        seen.add((county, name))
        orgs.append(Org(province, city, county, name, stem))
    return orgs


def _rewrite(p: Paragraph, org: Org, year: int, rng: random.Random) -> str:
    full, stem = SEED_NAMES[p.seed]
    text = p.text.replace(full, org.name).replace(stem, org.stem)
    shift = year - p.year
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)

    def scale(m: re.Match) -> str:
        token = m.group(1)
        after = text[m.end():m.end() + 1]
        if after == "年" and len(token) == 4:  # a year: already moved
            return token
        value = float(token) * rng.uniform(0.6, 1.6)
        if after in "%％" and float(token) <= 100:
            value = min(value, 100.0)
        decimals = len(token.split(".")[1]) if "." in token else 0
        return f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))

    return _NUMBER.sub(scale, text)


def document(i: int, org: Org, year: int, half: bool, rng: random.Random, seeds_dir: str = str(SEEDS)) -> str:
    """The text of one report of ``org`` about ``year`` (its first half when ``half``)."""
    paragraphs, headings = pool(seeds_dir)
    if half:
        title = f"{org.name}{year}年上半年工作总结和下半年工作思路"
        review, plan = "上半年工作总结", "下半年工作思路"
        published = f"{year}-{rng.randint(7, 8):02d}-{rng.randint(1, 28):02d}"
    else:
        title = f"{org.name}{year}年工作总结和{year + 1}年工作计划"
        review, plan = f"{year}年工作总结", f"{year + 1}年工作计划"
        published = f"{year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    lines = [title, f"{org.province}{org.city}{org.county}{org.name}人民政府", f"发布时间: {published}", ""]
    lines.append(_rewrite(rng.choice(paragraphs), org, year, rng))
    parts = [(review, rng.randint(3, 5))]
    if rng.random() < 0.5:
        parts.append(("存在的问题", 0))
    parts.append((plan, rng.randint(2, 4)))
    for k, (heading, sections) in enumerate(parts):
        lines += ["", f"{MARKERS[k]}、{heading}", ""]
        if not sections:
            lines.append(_rewrite(rng.choice(paragraphs), org, year, rng))
        for s in range(sections):
            lines.append(f"（{MARKERS[s]}）{rng.choice(headings)}")
            lines += [_rewrite(rng.choice(paragraphs), org, year, rng) for _ in range(rng.randint(1, 3))]
    lines += ["", f"{org.name}人民政府", published, ""]
    return "\n".join(lines)


def _html(text: str, title: str) -> str:
    body = "\n".join(f"<p>{line}</p>" for line in text.splitlines() if line)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>\n"
            f"<div class=\"nav\">首页 &gt; 政务公开 &gt; 计划总结</div>\n<div class=\"article\">\n{body}\n</div>\n"
            f"<div class=\"footer\">主办单位：{title[:6]}人民政府 技术支持：某某网络</div>\n</body></html>\n")


def generate(n: int, seed: int = 0, *, seeds_dir: str | Path = SEEDS, html_rate: float = 0.05,
             traditional_rate: float = 0.03, bad_rate: float = 0.0, duplicate_rate: float = 0.0,
             years: tuple[int, int] = (2015, 2024)) -> Iterator[tuple[str, bytes]]:
    """``n`` documents as ``(name, bytes)``: every organisation reports on every year, once a
    year and, half the time, at mid-year too, until ``n`` documents are made."""
    rng = random.Random(seed)
    span = years[1] - years[0] + 1
    orgs = organisations(max(1, n // span + 1), rng)
    to_traditional = None
    made: list[tuple[str, bytes]] = []
    i = 0
    for org in orgs:
        for year in range(years[0], years[1] + 1):
            for half in (False, True):
                if half and rng.random() < 0.5:
                    continue
                if i >= n:
                    return
                name = f"{i // 1000:03d}/{i:06d}"
                draw = rng.random()
                if made and draw < duplicate_rate:  # an exact copy of an earlier file, under a new name
                    prev_name, data = made[rng.randrange(len(made))]
                    item = (f"{name}{Path(prev_name).suffix}", data)
                elif draw < duplicate_rate + bad_rate:
                    item = rng.choice([(f"{name}.txt", b""), (f"{name}.txt", b"\x00\x01\xff" * 1000),
                                       (f"{name}.docx", b"PK\x03\x04 not really a docx"),
                                       (f"{name}.pdf", b"%PDF-1.4 broken")])
                else:
                    doc_rng = random.Random(f"{seed}:{i}")
                    text = document(i, org, year, half, doc_rng, str(seeds_dir))
                    if doc_rng.random() < traditional_rate:
                        if to_traditional is None:
                            import opencc

                            to_traditional = opencc.OpenCC("s2t").convert
                        text = to_traditional(text)
                    if doc_rng.random() < html_rate:
                        item = (f"{name}.html", _html(text, text.splitlines()[0]).encode("utf-8"))
                    else:
                        item = (f"{name}.txt", text.encode("utf-8"))
                if len(made) < 1000:  # what a later duplicate may copy
                    made.append(item)
                yield item
                i += 1


SERIES = ROOT / "data" / "series"
_FULLWIDTH_DIGITS = str.maketrans("0123456789%.", "０１２３４５６７８９％．")
VARIANTS = ("as_is", "rescaled", "traditional", "wrapped", "html", "full_width", "two_in_one")


def _real_texts() -> list[tuple[str, str]]:
    """The repository's real reports: the seeds and the series, ``(stem, text)``."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(SERIES.glob("*.txt"))
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def _rescale(text: str, rng: random.Random) -> str:
    """Every number but a year scaled by one random factor per number."""
    def scale(m: re.Match) -> str:
        token = m.group(1)
        if text[m.end():m.end() + 1] == "年" and len(token) == 4:
            return token
        decimals = len(token.split(".")[1]) if "." in token else 0
        value = float(token) * rng.uniform(0.6, 1.6)
        return f"{value:.{decimals}f}" if decimals else str(max(1, round(value)))

    return _NUMBER.sub(scale, text)


def _wrap(text: str, width: int) -> str:
    """Each paragraph broken into lines of ``width`` characters, as text copied out of a PDF."""
    out = []
    for line in text.splitlines():
        out += [line[i:i + width] for i in range(0, len(line), width)] or [""]
    return "\n".join(out)


def varied(target_mb: float = 10.0, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """About ``target_mb`` MB of reports of every shape the repository holds, deterministic:
    first the seeds and the series themselves, then each of them varied in turn (``VARIANTS``:
    numbers rescaled, in traditional script, wrapped at a page's width, as an HTML page, with
    full-width digits, two reports in one file), then recombined township reports
    (`generate`) until the size is reached. Names are ``NNNN-<variant>-<stem>.txt|html``."""
    import opencc

    s2t = opencc.OpenCC("s2t").convert
    texts = _real_texts()
    rng = random.Random(seed)
    limit, size, i = target_mb * 1e6, 0, 0

    def item(variant: str, stem: str, text: str) -> tuple[str, bytes]:
        nonlocal size, i
        suffix = ".txt"
        if variant == "html":
            text, suffix = _html(text, text.splitlines()[0][:40]), ".html"
        data = text.encode("utf-8")
        size += len(data)
        i += 1
        return f"{i - 1:04d}-{variant}-{stem}{suffix}", data

    for stem, text in texts:
        yield item("as_is", stem, text)
    rounds = 0
    while size < limit * 0.45 and rounds < 8:
        for k, (stem, text) in enumerate(texts):
            variant = VARIANTS[1 + (k + rounds) % (len(VARIANTS) - 1)]
            body = _rescale(text, rng)
            if variant == "traditional":
                body = s2t(body)
            elif variant == "wrapped":
                body = _wrap(body, rng.choice((34, 38, 42)))
            elif variant == "full_width":
                body = body.translate(_FULLWIDTH_DIGITS)
            elif variant == "two_in_one":
                other = texts[(k + 1 + rounds) % len(texts)][1]
                body = body + "\n\n" + _rescale(other, rng)
            yield item(variant, stem, body)
        rounds += 1
    for name, data in generate(100_000, seed=seed):
        if size >= limit:
            return
        size += len(data)
        i += 1
        yield f"{i - 1:04d}-township-{name.replace('/', '_')}", data


def varied_folder(target_mb: float = 10.0) -> Path:
    """`varied` written once to ``benchmarks/out/varied-<MB>/`` (the same bytes on every run)."""
    folder = ROOT / "benchmarks" / "out" / f"varied-{target_mb:g}"
    if not folder.is_dir():
        tmp = folder.with_name(folder.name + ".tmp")
        tmp.mkdir(parents=True, exist_ok=True)
        for name, data in varied(target_mb):
            (tmp / name).write_bytes(data)
        tmp.rename(folder)
    return folder


def compile_duban() -> None:
    """Write the bytecode of duban's modules (``__pycache__``, git-ignored), as installing a
    package does: a process timed from its start then loads duban as a user's does, not
    compiling every module from its source first (which an editable install run with
    ``PYTHONDONTWRITEBYTECODE`` would do in every process, about 0.06 s)."""
    import compileall
    import os
    import subprocess

    compileall.compile_dir(str(ROOT / "src" / "duban"), quiet=1)
    # and the rows of the language tables, kept beside them on first use (`duban.lang`)
    subprocess.run([sys.executable, "-c", "import duban.lang as l; [l.load_table(n) for n in l.table_names()]"],
                   check=False, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})


def write_folder(folder: str | Path, n: int, **kwargs) -> Path:
    out = Path(folder)
    for name, data in generate(n, **kwargs):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return out


def write_parquet(path: str | Path, n: int, **kwargs) -> Path:
    """One Parquet file with columns ``id`` and ``content`` (the file's bytes), in row groups."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("content", pa.binary())])
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[tuple[str, bytes]] = []
        for item in generate(n, **kwargs):
            batch.append(item)
            if len(batch) == 1000:
                writer.write_table(pa.table({"id": [b[0] for b in batch], "content": [b[1] for b in batch]}, schema))
                batch = []
        if batch:
            writer.write_table(pa.table({"id": [b[0] for b in batch], "content": [b[1] for b in batch]}, schema))
    return Path(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="a folder (or a .parquet file with --parquet)")
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--parquet", action="store_true")
    ap.add_argument("--bad-rate", type=float, default=0.0)
    ap.add_argument("--duplicate-rate", type=float, default=0.0)
    args = ap.parse_args(argv)
    kwargs = {"seed": args.seed, "bad_rate": args.bad_rate, "duplicate_rate": args.duplicate_rate}
    out = write_parquet(args.out, args.n, **kwargs) if args.parquet else write_folder(args.out, args.n, **kwargs)
    print(f"{args.n} documents → {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
