// The tracking page: the plan and the review side by side. A click on a commitment (a row of
// the table, or its highlight in either text) scrolls both texts to the commitment's clause
// and its evidence and marks them; the legend filters by status; the charts count
// commitments by status and by domain (the vendored Apache ECharts, tooltips drawn on the
// canvas). Report text is only read with textContent, never inserted as HTML.
"use strict";

(function () {
  var work = document.getElementById("track-work");
  if (!work) return;
  var planPane = document.getElementById("plan-text");
  var reviewPane = document.getElementById("review-text");
  var tableWrap = document.getElementById("track-table");
  var info = document.getElementById("track-current");
  var rows = Array.prototype.slice.call(work.querySelectorAll("tr[data-row]"));

  // Scroll a pane (never the window) so that el sits in its middle.
  var centre = function (pane, el) {
    if (!el) return;
    var p = pane.getBoundingClientRect();
    var r = el.getBoundingClientRect();
    pane.scrollTop += r.top - p.top - (pane.clientHeight - r.height) / 2;
  };

  var text = function (node) { return node ? node.textContent.trim() : ""; };

  var select = function (n, from) {
    var row = document.getElementById("r-" + n);
    if (!row) return;
    work.querySelectorAll(".selected").forEach(function (x) { x.classList.remove("selected"); });
    row.hidden = false;
    row.classList.add("selected");
    work.querySelectorAll('mark[data-row="' + n + '"]').forEach(function (m) { m.classList.add("selected"); });
    var box = work.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) work.scrollIntoView({ block: "nearest" });
    var evidence = document.getElementById("e-" + n);
    if (from !== planPane) centre(planPane, document.getElementById("c-" + n));
    if (from !== reviewPane) centre(reviewPane, evidence);
    if (from !== tableWrap) centre(tableWrap, row);
    var status = text(row.querySelector(".chip"));
    var result = evidence ? "结果：" + text(row.querySelector("td.outcome a"))
                          : "回顾中没有找到与它对应的内容";
    info.textContent = "第 " + n + " 条 · " + status + " · " + text(row.querySelector("td.subject a")) +
      (text(row.querySelector("td.target")) !== "—" ? "，目标 " + text(row.querySelector("td.target")) : "") +
      "。" + result;
    if (history.replaceState) history.replaceState(null, "", "#c-" + n);
  };

  var rowOf = function (target) {
    var node = target && target.closest ? target.closest("[data-row]") : null;
    return node ? node.getAttribute("data-row") : null;
  };

  // A person confirms or corrects a status: POST /api/v1/track/{org}/checks with the server's
  // token (asked once, kept for the tab), then the page shows the row as checked.
  var checkPath = "/api/v1" + location.pathname.replace(/\/$/, "") + "/checks";
  var planId = tableWrap.getAttribute("data-plan");
  var save = function (row, button) {
    var token = sessionStorage.getItem("duban-token") || window.prompt("令牌（DUBAN_TOKEN）：");
    if (!token) return;
    var ts = row.getAttribute("data-target-start");
    button.disabled = true;
    fetch(checkPath, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + token },
      body: JSON.stringify({ plan: Number(planId), start: Number(row.getAttribute("data-start")),
                             target_start: ts === "" ? null : Number(ts),
                             status: row.querySelector("select.check-status").value })
    }).then(function (resp) {
      return resp.json().then(function (body) {
        button.disabled = false;
        if (!resp.ok) {
          if (resp.status === 401) sessionStorage.removeItem("duban-token");
          info.textContent = (body.error && body.error.message) || ("核对失败：" + resp.status);
          return;
        }
        sessionStorage.setItem("duban-token", token);
        location.reload();
      });
    }, function () { button.disabled = false; info.textContent = "核对失败：无法连接服务器"; });
  };

  tableWrap.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("td.check")) {
      if (e.target.matches("button.check-save")) save(e.target.closest("tr"), e.target);
      return;
    }
    var n = rowOf(e.target);
    if (!n) return;
    e.preventDefault(); // the links are for pages without this script
    select(n, tableWrap);
  });
  tableWrap.addEventListener("keydown", function (e) {
    if ((e.key !== "Enter" && e.key !== " ") || !e.target.matches("tr[data-row]")) return;
    e.preventDefault();
    select(e.target.getAttribute("data-row"), tableWrap);
  });
  [planPane, reviewPane].forEach(function (pane) {
    pane.addEventListener("click", function (e) {
      var n = rowOf(e.target); // the innermost mark: the commitment whose text was clicked
      if (n) select(n, pane);
    });
  });

  // The legend: show the commitments of one status only (a second click shows all again).
  var buttons = Array.prototype.slice.call(work.querySelectorAll(".legend button[data-status]"));
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
      if (on) button.setAttribute("aria-pressed", "true");
      var status = on ? button.getAttribute("data-status") : null;
      rows.forEach(function (r) { r.hidden = status !== null && r.getAttribute("data-status") !== status; });
      work.querySelectorAll("mark.cm, mark.ev").forEach(function (m) {
        m.classList.toggle("off", status !== null && !m.classList.contains("s-" + status));
      });
    });
  });

  var fromHash = function () {
    var match = /^#[cer]-(\d+)$/.exec(location.hash);
    if (match) select(match[1], null);
  };
  window.addEventListener("hashchange", fromHash);
  fromHash();

  // -- the charts ------------------------------------------------------------------------------
  var holder = document.getElementById("track-charts");
  if (!holder || typeof echarts === "undefined") return;
  var data = JSON.parse(holder.getAttribute("data-chart"));
  var font = getComputedStyle(document.body).fontFamily;
  var tooltip = { trigger: "axis", axisPointer: { type: "shadow" }, renderMode: "richText" };
  var byStatus = echarts.init(document.getElementById("status-chart"), null, { renderer: "canvas", locale: "ZH" });
  var names = data.statuses.map(function (s) { return s.name; }).reverse(); // the first status on top
  byStatus.setOption({
    animation: false,
    textStyle: { fontFamily: font },
    title: { text: "按状态", left: 0, textStyle: { fontSize: 14 } },
    tooltip: tooltip,
    grid: { left: 8, right: 36, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: names },
    series: [{
      name: "承诺条数", type: "bar", barMaxWidth: 22, label: { show: true, position: "right" },
      data: data.statuses.map(function (s) {
        return { value: s.count, itemStyle: { color: s.color } };
      }).reverse(),
    }],
  });
  var domainNode = document.getElementById("domain-chart");
  domainNode.style.height = Math.max(300, 80 + data.domains.length * 26) + "px";
  var byDomain = echarts.init(domainNode, null, { renderer: "canvas", locale: "ZH" });
  var domains = data.domains.slice().reverse();
  byDomain.setOption({
    animation: false,
    textStyle: { fontFamily: font },
    title: { text: "按领域", left: 0, textStyle: { fontSize: 14 } },
    tooltip: tooltip,
    legend: { top: 0, left: 80, type: "scroll" },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: domains },
    series: data.statuses.map(function (s) {
      return { name: s.name, type: "bar", stack: "status", barMaxWidth: 18, itemStyle: { color: s.color },
               emphasis: { focus: "series" }, data: s.data.slice().reverse() };
    }),
  });
  holder.setAttribute("data-ready", "1");
  window.addEventListener("resize", function () { byStatus.resize(); byDomain.resize(); });
})();
