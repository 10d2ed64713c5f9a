// Charts of the monitoring dashboard (ECharts, served from the webjar). Data comes from the page itself.
// Tooltips render as rich text, not HTML: unit names are typed by people, and ECharts 5.3's HTML tooltip does not
// escape them (fixed upstream only in 5.5.1, not served here).
(function () {
  var d = window.dondocCharts;
  if (!d || typeof echarts === 'undefined') { return; }
  var colors = ['#2e7d32', '#8d6e63', '#1565c0', '#f9a825', '#c62828', '#6a1b9a', '#757575'];

  // Status by unit as shares of each unit's tasks, so one big unit does not flatten the others.
  var units = echarts.init(document.getElementById('chart-units'));
  var series = d.columnLabels.map(function (label, c) {
    return {
      name: label, type: 'bar', stack: 'all', emphasis: { focus: 'series' },
      data: d.unitCounts.map(function (row) {
        var total = row.reduce(function (a, b) { return a + b; }, 0);
        return total === 0 ? 0 : Math.round(1000 * row[c] / total) / 10;
      })
    };
  });
  units.setOption({
    color: colors, tooltip: { renderMode: 'richText', trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
    legend: { type: 'scroll', top: 0 }, grid: { left: 160, right: 20, top: 40, bottom: 20 },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: d.units, axisLabel: { width: 150, overflow: 'truncate' } },
    series: series
  });

  var ageing = echarts.init(document.getElementById('chart-ageing'));
  ageing.setOption({
    color: ['#c62828'], tooltip: { renderMode: 'richText', trigger: 'axis' }, grid: { left: 40, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: d.ageingLabels, axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: 'Nhiệm vụ quá hạn', type: 'bar', data: d.ageing }]
  });

  // The trend needs one grid per month: fetched after the page is shown, so the page itself stays fast.
  var trend = echarts.init(document.getElementById('chart-trend'));
  trend.showLoading({ text: 'Đang tải…' });
  fetch(window.dondocTrendUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (points) {
      trend.hideLoading();
      trend.setOption({
        color: colors, tooltip: { renderMode: 'richText', trigger: 'axis' }, legend: { type: 'scroll', top: 0 },
        grid: { left: 40, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: points.map(function (p) { return p.date.split('-').reverse().join('/'); }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: d.columns.map(function (key, c) {
          return { name: d.columnLabels[c], type: 'line', data: points.map(function (p) { return p.totals.counts[key] || 0; }) };
        })
      });
    })
    .catch(function () { trend.hideLoading(); document.getElementById('chart-trend').textContent = 'Không tải được biểu đồ diễn biến.'; });

  window.addEventListener('resize', function () { units.resize(); ageing.resize(); trend.resize(); });
})();
