/* Tripart dashboard: draws every element with a data-chart attribute using Apache ECharts (served
   from /assets/vendor). Proportions arrive unrounded (0..1) and are shown as percentages with their
   95% Wilson whiskers. No inline script or style anywhere (CSP). */
(function () {
  'use strict';

  function pct(v) {
    return v === null || v === undefined ? null : Math.round(v * 1000) / 10;
  }

  function whisker(index, count) {
    return function (params, api) {
      var k = api.value(0);
      var lo = api.value(1);
      var hi = api.value(2);
      if (isNaN(lo) || isNaN(hi)) {
        return null;
      }
      var band = api.size([0, 1])[1];
      var width = (band * 0.7) / count;
      var offset = (index - (count - 1) / 2) * width;
      var a = api.coord([lo, k]);
      var b = api.coord([hi, k]);
      var y = a[1] + offset;
      var cap = Math.max(2, Math.min(6, width / 3));
      var style = { stroke: '#1b1f24', lineWidth: 1.5 };
      return {
        type: 'group',
        children: [
          { type: 'line', shape: { x1: a[0], y1: y, x2: b[0], y2: y }, style: style },
          { type: 'line', shape: { x1: a[0], y1: y - cap, x2: a[0], y2: y + cap }, style: style },
          { type: 'line', shape: { x1: b[0], y1: y - cap, x2: b[0], y2: y + cap }, style: style }
        ]
      };
    };
  }

  function tooltip(model) {
    return function (p) {
      var byName = model.series.filter(function (x) { return x.name === p.seriesName; })[0] || {};
      var i = p.dataIndex;
      var text = p.marker + p.name + ' · ' + p.seriesName + ': ';
      if (model.unit !== 'percent') {
        return text + p.value;
      }
      text += (p.value === null ? '–' : p.value + '%');
      if (byName.n && byName.d && byName.n[i] !== null && byName.d[i] !== null) {
        text += ' (' + byName.n[i] + '/' + byName.d[i] + ')';
      }
      if (byName.lo && byName.lo[i] !== null && byName.lo[i] !== undefined) {
        text += '<br>95% CI ' + pct(byName.lo[i]) + '–' + pct(byName.hi[i]) + '%';
      }
      return text;
    };
  }

  function option(model, width) {
    var percent = model.unit === 'percent';
    var horizontal = model.orient !== 'v';
    var count = model.series.length;
    var series = [];
    model.series.forEach(function (s, i) {
      series.push({
        type: 'bar',
        name: s.name,
        barGap: '0%',
        barCategoryGap: '30%',
        data: s.p.map(function (v) { return percent ? pct(v) : v; }),
        label: {
          show: count === 1,
          position: horizontal ? 'right' : 'top',
          formatter: percent ? '{c}%' : '{c}',
          distance: percent ? 28 : 4
        }
      });
      if (percent && s.lo && s.lo.some(function (v) { return v !== null; })) {
        series.push({
          type: 'custom',
          name: s.name,
          renderItem: whisker(i, count),
          encode: { x: [1, 2], y: 0 },
          data: s.lo.map(function (lo, k) {
            return [k, lo === null ? NaN : pct(lo), s.hi[k] === null ? NaN : pct(s.hi[k])];
          }),
          z: 10,
          silent: true,
          tooltip: { show: false }
        });
      }
    });
    var valueAxis = { type: 'value', max: percent ? function (v) { return Math.min(100, Math.ceil((v.max + 5) / 10) * 10); } : null, axisLabel: { formatter: percent ? '{value}%' : '{value}' } };
    var categoryAxis = {
      type: 'category',
      data: model.categories,
      inverse: horizontal,
      axisLabel: { width: horizontal ? Math.max(60, Math.min(130, width * 0.3)) : 80, overflow: 'break', interval: 0, hideOverlap: !horizontal }
    };
    return {
      animation: false,
      aria: { enabled: true, label: { enabled: true } },
      color: ['#2f6db5', '#d9822b', '#3a9a5b', '#8e5bb5', '#c23b3b', '#5e6b78', '#b59a2f', '#2fa3b5'],
      grid: { left: 8, right: 64, top: count > 1 ? 36 : 10, bottom: 8, containLabel: true },
      legend: count > 1 ? { type: 'scroll', top: 0, itemGap: 18 } : { show: false },
      tooltip: { trigger: 'item', formatter: tooltip(model), confine: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: series
    };
  }

  function draw(el) {
    var model;
    try {
      model = JSON.parse(el.getAttribute('data-chart'));
    } catch (e) {
      return null;
    }
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option(model, el.clientWidth));
    el.setAttribute('data-rendered', 'true');
    return chart;
  }

  function start() {
    if (!window.echarts) {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var c = draw(el);
      if (c) {
        charts.push(c);
      }
    });
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        charts.forEach(function (c) { c.resize(); });
      }, 100);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
