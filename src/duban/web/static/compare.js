// The compare page's chart: each document's attention by policy domain, drawn by the
// vendored Apache ECharts (static/vendor/echarts). Data comes from the chart element's
// data-chart attribute, written by the server; the tooltip is drawn on the canvas
// (renderMode "richText"), so no report text is ever parsed as HTML.
"use strict";

(function () {
  var node = document.getElementById("attention-chart");
  if (!node || typeof echarts === "undefined") return;
  var data = JSON.parse(node.getAttribute("data-chart"));
  var palette = ["#b3261e", "#2563eb", "#15803d", "#ea580c", "#7c3aed", "#0891b2", "#be185d", "#a16207",
                 "#4b5563", "#0d9488"];
  // Room for every bar: one row of bars per domain, one bar per document.
  node.style.height = Math.max(360, 60 + data.domains.length * (data.series.length * 9 + 14)) + "px";
  var chart = echarts.init(node, null, { renderer: "canvas", locale: "ZH" });
  var domains = data.domains.slice().reverse(); // first domain on top of the category axis
  chart.setOption({
    color: palette,
    animation: false,
    textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      renderMode: "richText",
      valueFormatter: function (v) { return v + "%"; },
    },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 24, top: 40, bottom: 36, containLabel: true },
    xAxis: { type: "value", name: "句子占比（%）", nameLocation: "middle", nameGap: 28,
             axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: domains },
    series: data.series.map(function (s) {
      return { name: s.name, type: "bar", data: s.data.slice().reverse(), barMaxWidth: 14,
               emphasis: { focus: "series" } };
    }),
  });
  node.setAttribute("data-ready", "1");
  window.addEventListener("resize", function () { chart.resize(); });
})();
