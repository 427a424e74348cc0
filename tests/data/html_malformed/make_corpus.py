"""Writes the malformed-HTML corpus: for each case ``<name>.html`` (the page as a legacy CMS
would write it) and ``<name>.txt`` (its visible text, one block a line, in reading order).

The expected text is written from the same sentences the page is built from, never from a
parser's output, so it says what a reader of the page sees. Run it again to rebuild:
``python tests/data/html_malformed/make_corpus.py``. Deterministic (fixed seed).
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).parent
rng = random.Random(20261206)

SUBJECTS = ["地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "城镇居民人均可支配收入",
            "农村居民人均可支配收入", "高标准农田", "农村公路", "新增就业岗位", "棚户区改造"]
UNITS = [("亿元", 1), ("万元", 0), ("亩", 0), ("公里", 1), ("个", 0), ("户", 0)]


def sentence(i: int) -> str:
    subject = rng.choice(SUBJECTS)
    unit, decimals = rng.choice(UNITS)
    value = round(rng.uniform(1, 9000), decimals)
    value = f"{value:.{decimals}f}"
    rate = f"{rng.uniform(0.5, 15):.1f}"
    return f"第{i + 1}项：全镇{subject}达到{value}{unit}，同比增长{rate}%，较上年提高{rng.randint(1, 9)}个百分点。"


def page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return f"<!DOCTYPE html>\n<html>\n<head>{head}<title>工作报告</title></head>\n<body>\n{body}\n</body>\n</html>\n"


def write(name: str, html: str, lines: list[str], encoding: str = "utf-8") -> None:
    (HERE / f"{name}.html").write_bytes(html.encode(encoding))
    (HERE / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def unclosed_font(n: int) -> None:
    lines = [sentence(i) for i in range(n)]
    body = "\n".join(f'<p><font face="宋体">{s}</p>' for s in lines)
    write(f"font_unclosed_{n}", page(body), lines)


def unclosed_font_no_p(n: int) -> None:
    """Unclosed <font>, <span> and <b> opening every paragraph, paragraphs never closed."""
    lines = [sentence(i) for i in range(n)]
    body = "\n".join(f'<p><span style="font-size:16px"><font face="仿宋_GB2312"><b>{s}' for s in lines)
    write(f"font_span_b_unclosed_{n}", page(body), lines)


def nested_divs(depth: int, closed: bool) -> None:
    deep, last = sentence(0), sentence(1)
    body = "<div>" * depth + deep + ("</div>" * depth if closed else "") + f"\n<p>{last}</p>"
    write(f"nested_div_{depth}_{'closed' if closed else 'unclosed'}", page(body), [deep, last])


def nested_tables(depth: int) -> None:
    """Layout tables inside layout tables, the article in the innermost cell."""
    lines = [sentence(i) for i in range(5)]
    inner = "<br>".join(lines)
    for _ in range(depth):
        inner = f'<table width="100%"><tr><td width="5%"></td><td>{inner}</td></tr></table>'
    write(f"nested_tables_{depth}", page(inner), lines)


def layout_table() -> None:
    title = "某镇2024年政府工作报告"
    lines = [sentence(i) for i in range(12)]
    cells = "".join(f"<p>{s}" for s in lines[:6]) + "<br><br>".join(lines[6:])
    body = (f'<table width="980" border="0"><tr><td colspan="2" align="center"><font size="5"><b>{title}</td></tr>'
            f'<tr><td width="10"> </td><td valign="top">{cells}</td></tr></table>')
    write("layout_table", page(body), [title, *lines])


def br_only() -> None:
    lines = [sentence(i) for i in range(40)]
    body = '<div class="content">' + "<br>\n<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + s for s in lines) + "</div>"
    write("br_only_paragraphs", page(body), lines)


def comments_and_scripts() -> None:
    """Comments, scripts and styles inside sentences: the sentence reads on around them."""
    lines, parts = [], []
    for i in range(30):
        s = sentence(i)
        cut = len(s) // 2
        noise = rng.choice([
            "<!-- 编辑：张三 2024-01-01 -->",
            '<script type="text/javascript">document.write("<p>浏览次数：12</p>");</script>',
            "<style>p { margin: 0 }</style>",
            "<!--[if IE]><p>请升级浏览器</p><![endif]-->",
            "<script>var s = '</div>';</script>",
        ])
        parts.append(f"<p>{s[:cut]}{noise}{s[cut:]}</p>")
        lines.append(s)
    write("comments_and_scripts", page("\n".join(parts)), lines)


def misnested() -> None:
    """Tags closed in the wrong order, stray end tags, text straight inside a table."""
    lines = [sentence(i) for i in range(8)]
    body = (f"<b><i>{lines[0]}</b></i></p></div>\n"
            f"<p>{lines[1]}</span></font></td>\n"
            f"<table>{lines[2]}<tr><td>{lines[3]}</td></tr></table>\n"
            f"<ul><li>{lines[4]}<li>{lines[5]}</ul>\n"
            f"<p><a name='x'>{lines[6]}<p>{lines[7]}")
    write("misnested", page(body), lines)


def no_html_or_body() -> None:
    lines = [sentence(i) for i in range(5)]
    html = lines[0] + "\n<p>" + "<p>".join(lines[1:])
    write("no_html_head_or_body", html, lines)


def gbk_wrong_meta(declared: str) -> None:
    lines = ["某县人民政府2024年政府工作报告", *(sentence(i) for i in range(20))]
    body = "\n".join(f"<p>{s}</p>" for s in lines)
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    name = declared.lower().replace("-", "")
    write(f"gbk_declared_{name}", page(body, head), lines, encoding="gbk")


if __name__ == "__main__":
    unclosed_font(20)
    unclosed_font(300)
    unclosed_font_no_p(300)
    nested_divs(300, closed=True)
    nested_divs(300, closed=False)
    nested_divs(3000, closed=False)
    nested_tables(40)
    layout_table()
    br_only()
    comments_and_scripts()
    misnested()
    no_html_or_body()
    for declared in ("utf-8", "iso-8859-1", "windows-1252", "big5"):
        gbk_wrong_meta(declared)
