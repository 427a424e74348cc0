"""Chinese labels and number formats for the web pages (and `duban search`'s table).

Numbers are written the way a Chinese reader expects them: ``11516300`` 元 is
``1,151.63万元``, ``2.5e9`` 元 is ``25亿元``; counts stay plain (``1,234``).
"""

from __future__ import annotations

import re
from typing import Any

KIND = {"amount": "数量", "change": "增减", "share": "比例", "rank": "排名", "duration": "时长"}
PART = {"review": "工作回顾", "problems": "存在问题", "plan": "工作计划", "": "开头"}
APPROX = {"exact": "确数", "over": "以上（余、超）", "under": "不足（近）", "about": "约数"}
APPROX_SHORT = {"exact": "", "over": "以上", "under": "不足", "about": "约"}
# The columns of a facts row, as the pages and the exports label them.
FACT_LABELS = {
    "id": "编号", "doc_id": "文件编号", "doc_key": "文件键", "org_name": "单位", "text": "原文", "start": "起始位置",
    "end": "结束位置", "value": "数值", "unit": "单位（计量）", "approx": "精确度", "kind": "类型", "subject": "指标",
    "part": "所在部分", "section_path": "所在章节", "sentence_start": "句子起点", "sentence_end": "句子终点",
    "domain": "领域", "domain_cues": "领域依据", "year": "年份", "indicator": "指标（归一）",
}
# The header of the facts exports (CSV, Excel): every column of a facts row, in that order.
FACT_EXPORT_HEADER = dict(FACT_LABELS)


def export_row(row: dict[str, Any]) -> dict[str, Any]:
    """A facts row as the exports write it for people: kinds, parts and approximations in
    Chinese (the JSON API keeps the codes)."""
    out = {k: row.get(k) for k in FACT_EXPORT_HEADER}
    out["kind"] = KIND.get(row.get("kind") or "", row.get("kind"))
    out["part"] = PART.get(row.get("part") or "", row.get("part"))
    out["approx"] = APPROX.get(row.get("approx") or "", row.get("approx"))
    return out


META_LABELS = {
    "title": "标题", "author": "作者", "editor": "责任编辑", "abstract": "内容摘要", "body_marker": "正文标记",
    "url": "网址", "comments": "评论", "tags": "标签", "share": "分享", "source": "来源",
    "index_no": "索引号", "publisher": "发布机构", "published": "发布时间", "written": "成文日期", "doc_no": "文号",
    "disclosure": "公开方式", "category": "分类", "source_site": "信息来源", "clicks": "点击数", "breadcrumb": "当前位置",
    "original_link": "原文链接", "policy_link": "政策解读链接", "attachment": "附件", "site_owner": "主办单位",
    "disclosure_scope": "公开范围", "disclosure_time": "公开时限", "disclosure_procedure": "公开程序", "genre": "文种", "keywords": "关键词",
    "updated": "更新时间", "validity": "有效性", "name": "名称",
    # trailers.tsv: the closing lines kept as fields; template_residue.tsv: CMS placeholders
    "signature": "落款单位", "byline": "署名", "date": "落款日期", "file_name": "文件名",
    "template_residue": "网页模板残留",
    # what the readers record: the page's <title> and <meta>, the .docx properties, the converter
    "html_title": "网页标题", "description": "网页描述", "docx_title": "文档属性：标题",
    "docx_author": "文档属性：作者", "docx_created": "文档属性：创建时间", "converter": "转换程序",
}
# The warnings the pipeline records (in English, for the logs and the API), as a reader of the
# document page sees them: a pattern over the message and its Chinese wording. Each message the
# stages write has one (tests/test_web_wording.py holds one real message of each).
_PLACE = "地点："
WARNINGS = [
    (re.compile(r"second copy of the body at \[(\d+), (\d+)\) left out: identical after normalisation to the "
                r"text at \[(\d+), (\d+)\)"),
     "正文重复出现：第 {0}–{1} 字处的第二份与第 {2}–{3} 字处的文字相同（规范化后），已略去"),
    (re.compile(r"second copy of the body at \[(\d+), (\d+)\) left out \(kept the longer copy\)"),
     "正文重复出现：第 {0}–{1} 字处的第二份已略去（保留较长的一份）"),
    (re.compile(r"the body at \[(\d+), (\d+)\) opens like the text at \[(\d+), (\d+)\) but differs from it: "
                r"both kept"),
     "第 {0}–{1} 字处的正文开头与第 {2}–{3} 字处相同，但内容不同：两份都保留"),
    (re.compile(r"template residue '?(.+?)'? at offset (\d+) \(x(\d+)\)"),
     "网页模板残留“{0}”，位于第 {1} 字（共 {2} 处）"),
    (re.compile(r"(\d+) number\(s\) with a decimal or more than (\d+) digits left out for want of a unit "
                r"\(a measure word no table knows\?\), the first at offset (\d+)"),
     "{0} 个带小数或超过 {1} 位的数字没有单位，未作为数据提取（可能是词表未收的量词），第一个位于第 {2} 字"),
    (re.compile(r"place: (.+) is a former name \((.+)\); placed as today's (.+)"),
     _PLACE + "{0} 是旧名（{1}），按今天的{2}定位"),
    (re.compile(r"place: (.+) is a former name; placed as today's (.+)"),
     _PLACE + "{0} 是旧名，按今天的{1}定位"),
    (re.compile(r"place: (.+): (\d+) units of this name fit the document equally well \((.*)\); kept as candidates"),
     _PLACE + "有 {1} 个叫{0}的单位与本文同样相符（{2}），都保留为候选，未作选择"),
    (re.compile(r"place: (.+) is not on the administrative map; placed under (.+) as written"),
     _PLACE + "{0} 不在行政区划表中，按原文放在{1}之下"),
    (re.compile(r"normalised view rebuilt on import: (\d+) characters, the batch output says (\d+) "
                r"\(written by another version of duban\)"),
     "导入时重建了规范化文本：{0} 字，批处理结果记为 {1} 字（由另一版本的 duban 写出）"),
]


def warning(message: str) -> str:
    """A pipeline warning in Chinese (a message no pattern knows is shown as it is)."""
    for pattern, wording in WARNINGS:
        if m := pattern.fullmatch(message or ""):
            return wording.format(*m.groups())
    return message


# Why a file was not read (duban.errors.E, in English for the CLI and the API), as the upload
# page says it: the catalogue's code and its Chinese wording, with the same fields.
READ_REASONS = {
    "E001": "文件不存在", "E002": "文件无法读取：{reason}", "E003": "文件是空的",
    "E004": "不是文本：文本文件中有二进制内容", "E005": "无法识别文字编码（试过 {tried}）",
    "E006": "不是有效的 .docx 文件：{reason}", "E007": "PDF 没有文字层：可能是扫描件？",
    "E008": "不是有效的 PDF 文件：{reason}", "E009": "文件超过 {limit} MB 的上限（{size} MB；DUBAN_MAX_FILE_MB）",
    "E010": "不支持的文件类型 {suffix}；支持：{supported}", "E011": "读取后文件中没有文字",
    "E013": "不是有效的 HTML 文件：{reason}", "E014": "数据库出错：{reason}", "E015": "没有与 {ref} 相符的文件",
    "E016": "无法读取这份旧版 Word/WPS 文件：{reason}", "E017": "不是普通文件（{kind}）：只读取普通文件",
    "E018": "解压后超过 {limit} MB 的上限（{what}；DUBAN_MAX_FILE_MB）",
}


def _reason_patterns() -> list[tuple[re.Pattern[str], str]]:
    from duban.errors import E

    out = []
    for code, wording in READ_REASONS.items():
        template = E[code].value
        parts = re.split(r"\{(\w+)(?:!r)?\}", template)
        regex = "".join(re.escape(s) if i % 2 == 0 else f"(?P<{s}>.+?)" for i, s in enumerate(parts))
        out.append((re.compile(regex), wording))
    return out


def read_reason(reason: Any) -> str:
    """A reader's reason (``not a valid PDF file: …``) in Chinese; the detail a library gave stays as
    it is. A reason the catalogue does not know is shown as it is."""
    reason = str(reason or "")
    for pattern, wording in _REASONS:
        if m := pattern.fullmatch(reason):
            return wording.format(**{k: v.strip("'") for k, v in m.groupdict().items()})
    return reason


_REASONS = _reason_patterns()


# Tracking statuses (duban.link.status.STATUSES), in that order, and their colours: the page's
# marks and chips (style.css, .s-*) and its charts (track.js) draw each status in the same colour.
STATUS = {"met": "完成", "exceeded": "超额完成", "partly": "部分完成", "missed": "未完成", "not_reported": "未报告",
          "unmeasurable": "无量化目标"}
STATUS_COLOR = {"met": "#15803d", "exceeded": "#2563eb", "partly": "#d97706", "missed": "#dc2626",
                "not_reported": "#8a939e", "unmeasurable": "#7c3aed"}
NO_DOMAIN = "未归入领域"
_CN_DIGITS = "〇一二三四"


def number(value: Any) -> str:
    """A count with thousands separators: ``12345`` → ``12,345``."""
    if value is None or value == "":
        return "—"
    try:
        return f"{int(value):,}"
    except (TypeError, ValueError):
        return str(value)


def _trim(x: float, places: int | None = None) -> str:
    """``x`` with thousands separators and as few decimals as show it exactly (2 to 6)."""
    if places is None:
        places = next((p for p in range(2, 7) if abs(round(x, p) - x) <= 1e-9 * max(1.0, abs(x))), 6)
    text = f"{x:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def scaled(value: float) -> str:
    """A magnitude the Chinese way: 万 from ten thousand, 亿 from a hundred million."""
    v = float(value)
    if abs(v) >= 1e8:
        return _trim(v / 1e8) + "亿"
    if abs(v) >= 1e4:
        return _trim(v / 1e4) + "万"
    return _trim(v)


def quantity(value: Any, unit: str = "", kind: str = "") -> str:
    """A fact's value with its unit: ``1,151.63万元``, ``31.3%``, ``第3``."""
    if value is None or value == "":
        return "—"
    unit = unit or ""
    if kind == "share" or unit in ("%", "‰") or "百分点" in unit:
        return _trim(float(value)) + unit
    if kind == "rank":
        return f"第{_trim(float(value))}{unit}" if unit in ("", "名", "位") else _trim(float(value)) + unit
    return scaled(value) + unit


def period(text: Any) -> str:
    """``2024`` → 2024年, ``2024H1`` → 2024年上半年, ``2024Q3`` → 2024年第三季度."""
    if not text:
        return "—"
    text = str(text)
    if m := re.fullmatch(r"(\d{4})H([12])", text):
        return f"{m[1]}年{'上' if m[2] == '1' else '下'}半年"
    if m := re.fullmatch(r"(\d{4})Q([1-4])", text):
        return f"{m[1]}年第{_CN_DIGITS[int(m[2])]}季度"
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        return f"{m[1]}年{int(m[2])}月"
    if re.fullmatch(r"\d{4}", text):
        return f"{text}年"
    return text


def periods(row: dict[str, Any]) -> str:
    review, plan = row.get("review_period"), row.get("plan_period")
    if review and plan:
        return f"{period(review)} → {period(plan)}"
    if review:
        return period(review)
    return f"→ {period(plan)}" if plan else "—"


def date(text: Any) -> str:
    """``2025-05-21`` → 2025年5月21日; anything else as it is."""
    if not text:
        return "—"
    if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(text)):
        return f"{m[1]}年{int(m[2])}月{int(m[3])}日"
    return str(text)


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


# The notes duban.link.track writes on a row (in English, joined by "; "), as the tracking page
# shows them: a pattern over one note and its Chinese wording.
TRACK_NOTES = [
    (re.compile(r"growth (-?[\d.]+)% computed from the base in the earlier report"), "增长{0}%：按上一份报告中的基数算出"),
    (re.compile(r"best figure below confidence \(([\d.]+)\): (.*)"), "最接近的数字把握不足（{0}），未采用：{1}"),
    (re.compile(r"level (\S+) (\S+): (\S+) in the earlier report plus (\S+) added"),
     "达到 {0}{1}：上一份报告中的 {2} 加上新增的 {3}"),
    (re.compile(r"increase (\S+) (\S+): the level (\S+) less (\S+) in the earlier report"),
     "新增 {0}{1}：达到的 {2} 减去上一份报告中的 {3}"),
    (re.compile(r"(\S+) converted(?: to)? (\S+): (\S+)"), "由{0}换算为{1}：{2}"),
    (re.compile(r"(\S+) counted as (\S+): (\S+)"), "{0}按{1}计：{2}"),
    (re.compile(r"the level reached, from the review's plan \((.*)\)"), "达到的水平，取自后一份报告的计划部分（{0}）"),
    (re.compile(r"parts summed: (.*) = (\S+) (\S+)"), "分项相加：{0} = {1}{2}"),
    (re.compile(r"per head: (\S+) (\S+) / (\S+) (\S+) = (\S+) (\S+)"), "人均：{0}{1} ÷ {2}{3} = {4}{5}"),
    (re.compile(r"a level for an increase, no earlier level"), "目标是新增量，报告给出的是总量，又没有更早的总量可减"),
    (re.compile(r"an increase for a level, no earlier level"), "目标是总量，报告给出的是新增量，又没有更早的总量可加"),
]


def track_note(note: Any) -> str:
    """A tracking row's ``note`` (duban.link.track writes it in English) in Chinese; a note no
    pattern knows is shown as it is."""
    out = []
    for part in str(note or "").split("; "):
        for pattern, wording in TRACK_NOTES:
            if m := pattern.fullmatch(part):
                part = wording.format(*m.groups())
                break
        out.append(part)
    return "；".join(out)


def label(mapping: dict[str, str], value: Any) -> str:
    value = "" if value is None else str(value)
    return mapping.get(value, value or "—")


FILTERS = {
    "number": number, "quantity": quantity, "period": period, "periods": periods, "date": date,
    "percent": percent, "kind": lambda v: label(KIND, v), "part": lambda v: label(PART, v),
    "approx": lambda v: label(APPROX, v), "approx_short": lambda v: APPROX_SHORT.get(v or "", ""),
    "meta": lambda v: label(META_LABELS, v), "warning": warning, "status": lambda v: label(STATUS, v),
    "track_note": track_note, "read_reason": read_reason, "dash": lambda v: "—" if v in (None, "") else v,
}
