// duban web UI: small progressive enhancements. Report text is only ever inserted with
// textContent, never as HTML; the pages work without this script.
"use strict";

(function () {
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // -- the facts page on a large store: counts finished in the background, then shown -----
  var counting = document.getElementById("counting");
  if (counting && window.fetch) {
    var tries = 0;
    var poll = function () {
      tries += 1;
      fetch(counting.getAttribute("data-poll"), {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
          if (data && data.pending === false) { window.location.reload(); }
          else if (tries < 120) { window.setTimeout(poll, 1500); }
        })
        .catch(function () { if (tries < 120) window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 1000);
  }

  // -- the document page: tooltip on hover, details on click -------------------------------
  var docText = document.getElementById("doc-text");
  if (docText) {
    var tooltip = document.getElementById("tooltip");
    var panel = document.getElementById("fact-panel");
    var selected = null;

    // The first fragment of a fact carries its data; later fragments point to it by id.
    var factOf = function (target) {
      var mark = target && target.closest ? target.closest("mark.fact") : null;
      if (!mark) return null;
      return document.getElementById("f-" + mark.getAttribute("data-fact"));
    };

    var rows = function (m) {
      var d = m.dataset;
      return [
        ["数值", d.value + (d.approx && d.approx !== "确数" ? "（" + d.approx + "）" : "")],
        ["类型", d.kind],
        ["指标", d.subject || "—"],
        ["领域", d.domain || "—"],
      ];
    };

    var showTooltip = function (m) {
      tooltip.replaceChildren();
      tooltip.appendChild(el("b", "", m.dataset.text));
      rows(m).forEach(function (r) {
        var line = el("span", "row");
        line.appendChild(el("span", "label", r[0]));
        line.appendChild(document.createTextNode(r[1]));
        tooltip.appendChild(line);
      });
      tooltip.hidden = false;
      var box = m.getBoundingClientRect();
      var tip = tooltip.getBoundingClientRect();
      var left = Math.min(Math.max(8, box.left), window.innerWidth - tip.width - 8);
      var top = box.bottom + 6;
      if (top + tip.height > window.innerHeight - 8) top = box.top - tip.height - 6;
      tooltip.style.left = left + "px";
      tooltip.style.top = top + "px";
    };

    var hideTooltip = function () { tooltip.hidden = true; };

    var select = function (m, scroll) {
      document.querySelectorAll("mark.fact.selected").forEach(function (x) { x.classList.remove("selected"); });
      document.querySelectorAll('mark.fact[data-fact="' + m.dataset.fact + '"]').forEach(function (x) {
        x.classList.add("selected");
      });
      selected = m;
      var d = m.dataset;
      var dl = panel.querySelector("dl.fact-detail");
      dl.replaceChildren();
      var add = function (label, value, cls) {
        dl.appendChild(el("dt", "", label));
        dl.appendChild(el("dd", cls || "", value === "" || value === undefined ? "—" : value));
      };
      add("原文", d.text, "big");
      add("数值", d.value);
      add("原始值", d.raw + (d.unit ? " " + d.unit : ""));
      add("精确度", d.approx);
      add("类型", d.kind);
      add("指标", d.subject);
      add("领域", d.domain + (d.cues ? "（依据：" + d.cues + "）" : ""));
      add("所在部分", d.part);
      add("所在章节", d.section);
      add("年份", d.year);
      add("位置", "[" + d.start + ", " + d.end + ")");
      dl.hidden = false;
      panel.querySelector(".placeholder").hidden = true;
      var links = panel.querySelector(".fact-links");
      links.querySelector("a.fact-json").href = "/api/v1/facts/" + encodeURIComponent(d.fact);
      links.hidden = false;
      if (scroll) m.scrollIntoView({ block: "center" });
      if (history.replaceState) history.replaceState(null, "", "#f-" + d.fact);
    };

    docText.addEventListener("mouseover", function (e) {
      var m = factOf(e.target);
      if (m) showTooltip(m); else hideTooltip();
    });
    docText.addEventListener("mouseleave", hideTooltip);
    docText.addEventListener("focusin", function (e) { var m = factOf(e.target); if (m) showTooltip(m); });
    docText.addEventListener("focusout", hideTooltip);
    docText.addEventListener("click", function (e) {
      var m = factOf(e.target);
      if (m) { hideTooltip(); select(m, false); }
    });
    docText.addEventListener("keydown", function (e) {
      if (e.key !== "Enter" && e.key !== " ") return;
      var m = factOf(e.target);
      if (m) { e.preventDefault(); select(m, false); }
    });
    window.addEventListener("scroll", hideTooltip, { passive: true });

    var fromHash = function () {
      var match = /^#f-(\d+)$/.exec(location.hash);
      if (!match) return;
      var m = document.getElementById("f-" + match[1]);
      if (m && m !== selected) select(m, true);
    };
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  // -- forms that pick 2–10 documents to compare ---------------------------------------------
  var form = document.getElementById("compare-form");
  if (form) {
    var button = form.querySelector(".compare-button");
    var count = form.querySelector(".chosen-count");
    var update = function () {
      var n = form.querySelectorAll('input[name="doc"]:checked').length;
      if (count) count.textContent = String(n);
      if (button) {
        button.disabled = n < 2 || n > 10;
        button.title = n > 10 ? "最多选择 10 份文件" : n < 2 ? "请至少选择 2 份文件" : "";
      }
    };
    form.addEventListener("change", update);
    update();
  }
})();
