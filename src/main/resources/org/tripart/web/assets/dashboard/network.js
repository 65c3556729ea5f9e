/* Tripart dashboard, network page: draws the collaboration network (ECharts graph, coloured by
   sector, sized by degree), the ties between provinces and between sectors from the page data in
   the JSON data block #network-data; the filters (province, tier, sector, kind of tie) are applied here;
   a click on an organisation lists its ties in #network-panel; every figure downloads as PNG and
   SVG. Text from the data is escaped or set as textContent. No inline script or style (CSP). */
(function () {
  'use strict';

  var COLORS = { hospital: '#2f6db5', institution: '#d9822b', company: '#3a9a5b' };
  var SECTORS = ['hospital', 'institution', 'company'];
  var FORCE_LIMIT = 400;
  var LABELLED = 15;
  var RAMP = ['#f1eef6', '#aec5e3', '#4f80bd', '#0f3b78'];

  function esc(s) {
    return String(s === null || s === undefined ? '' : s)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function fixed(v, d) {
    return v === null || v === undefined ? '–' : Number(v).toFixed(d);
  }

  function node(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function kindsText(data, kinds) {
    return Object.keys(kinds).map(function (k) {
      return (data.kindNames[k] || k) + ' (' + kinds[k] + ')';
    }).join(', ');
  }

  /* The nodes and ties the filters keep: nodes of the province, tier and sector chosen; ties among
     them of the kind chosen; with a kind chosen, only nodes left with a tie. */
  function filtered(data, f) {
    var keep = {};
    var nodes = data.nodes.filter(function (n) {
      var ok = (!f.province || n.province === f.province) && (!f.tier || n.tier === f.tier) &&
        (!f.sector || n.sector === f.sector);
      if (ok) {
        keep[n.id] = true;
      }
      return ok;
    });
    var edges = data.edges.filter(function (e) {
      return keep[e.source] && keep[e.target] && (!f.kind || (e.kinds[f.kind] || 0) > 0);
    });
    if (f.kind) {
      var tied = {};
      edges.forEach(function (e) { tied[e.source] = true; tied[e.target] = true; });
      nodes = nodes.filter(function (n) { return tied[n.id]; });
    }
    return { nodes: nodes, edges: edges };
  }

  function graphOption(data, texts, f, positions) {
    var shown = filtered(data, f);
    var maxDegree = 1;
    shown.nodes.forEach(function (n) { maxDegree = Math.max(maxDegree, n.degree); });
    var ranked = shown.nodes.slice().sort(function (a, b) { return b.degree - a.degree; });
    var labelled = {};
    ranked.slice(0, shown.nodes.length <= 40 ? 40 : LABELLED).forEach(function (n) {
      labelled[n.id] = true;
    });
    var force = !positions && shown.nodes.length <= FORCE_LIMIT;
    var ordered = force || positions ? shown.nodes : shown.nodes.slice().sort(function (a, b) {
      return SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || b.degree - a.degree;
    });
    var names = {};
    data.nodes.forEach(function (n) { names[n.id] = n.name; });
    return {
      animation: false,
      aria: { enabled: true },
      color: SECTORS.map(function (s) { return COLORS[s]; }),
      legend: { data: SECTORS.map(function (s) { return data.sectorNames[s]; }), top: 0 },
      tooltip: {
        confine: true,
        formatter: function (p) {
          if (p.dataType === 'edge') {
            var e = p.data.tie;
            return esc(names[e.source]) + ' – ' + esc(names[e.target]) + '<br>' +
              esc(texts.respondentsBehind) + ': ' + e.weight + '<br>' + esc(texts.reciprocated) +
              ': ' + esc(e.reciprocated ? texts.yes : texts.no) +
              (Object.keys(e.kinds).length ? '<br>' + esc(kindsText(data, e.kinds)) : '');
          }
          var n = p.data.org;
          return esc(n.name) + '<br>' + esc(data.sectorNames[n.sector]) + ' · ' +
            esc(data.provinceNames[n.province] || texts.unknown) + '<br>' + esc(texts.degree) +
            ': ' + n.degree;
        }
      },
      series: [{
        type: 'graph',
        layout: positions ? 'none' : force ? 'force' : 'circular',
        circular: { rotateLabel: true },
        force: {
          repulsion: shown.nodes.length > 150 ? 40 : shown.nodes.length > 40 ? 120 : 400,
          edgeLength: [30, 120],
          gravity: 0.08,
          layoutAnimation: true
        },
        roam: true,
        top: 40,
        categories: SECTORS.map(function (s) { return { name: data.sectorNames[s] }; }),
        label: { position: 'right', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', label: { show: true } },
        lineStyle: { color: 'source', curveness: force || positions ? 0 : 0.2 },
        data: ordered.map(function (n) {
          var item = {
            id: n.id,
            name: n.name,
            org: n,
            category: SECTORS.indexOf(n.sector),
            symbolSize: 6 + 22 * Math.sqrt(n.degree / maxDegree),
            label: { show: !!labelled[n.id] }
          };
          if (positions && positions[n.id]) {
            item.x = positions[n.id][0];
            item.y = positions[n.id][1];
          }
          return item;
        }),
        links: shown.edges.map(function (e) {
          return {
            source: e.source,
            target: e.target,
            tie: e,
            lineStyle: {
              width: 1 + Math.log(e.weight) / Math.LN2,
              opacity: e.reciprocated ? 0.85 : 0.4
            }
          };
        })
      }]
    };
  }

  function flowsOption(data, texts) {
    var f = data.provinceFlows;
    var used = [];
    f.provinces.forEach(function (code, i) {
      if (f.ties[i].some(function (n) { return n > 0; })) {
        used.push(i);
      }
    });
    var names = used.map(function (i) { return data.provinceNames[f.provinces[i]]; });
    var cells = [];
    var max = 1;
    used.forEach(function (i, x) {
      used.forEach(function (j, y) {
        var n = f.ties[i][j];
        if (n > 0) {
          cells.push([x, y, n]);
          max = Math.max(max, n);
        }
      });
    });
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: {
        formatter: function (p) {
          return esc(names[p.value[0]]) + ' – ' + esc(names[p.value[1]]) + ': ' + p.value[2];
        }
      },
      grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 60, interval: 0, fontSize: 10 } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { interval: 0, fontSize: 10 } },
      visualMap: {
        min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: 120, inRange: { color: RAMP }
      },
      series: [{ type: 'heatmap', name: texts.flows, data: cells, label: { show: used.length <= 12 } }]
    };
  }

  function mixingOption(data, texts) {
    var names = data.mixing.sectors.map(function (s) { return data.sectorNames[s]; });
    var cells = [];
    var max = 1;
    data.mixing.ties.forEach(function (row, a) {
      row.forEach(function (n, b) {
        cells.push([b, a, n]);
        max = Math.max(max, n);
      });
    });
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: {
        formatter: function (p) {
          var d = data.mixing.density[p.value[1]][p.value[0]];
          return esc(names[p.value[1]]) + ' – ' + esc(names[p.value[0]]) + ': ' + p.value[2] +
            (d === null ? '' : ' (' + fixed(d, 4) + ')');
        }
      },
      grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'category', data: names, inverse: true },
      visualMap: {
        min: 0, max: max, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
        inRange: { color: RAMP }
      },
      series: [{ type: 'heatmap', name: texts.mixingFigure, data: cells, label: { show: true } }]
    };
  }

  function panel(el, data, texts, n) {
    var names = {};
    data.nodes.forEach(function (x) { names[x.id] = x.name; });
    el.textContent = '';
    el.appendChild(node('h3', n.name));
    var dl = node('dl');
    [[texts.sector, data.sectorNames[n.sector]],
      [texts.province, data.provinceNames[n.province] || texts.unknown],
      [texts.tier, data.tierNames[n.tier]],
      [texts.degree, n.degree], [texts.strength, n.strength],
      [texts.betweenness, fixed(n.betweenness, 2)], [texts.closeness, fixed(n.closeness, 4)]
    ].forEach(function (kv) {
      dl.appendChild(node('dt', kv[0]));
      dl.appendChild(node('dd', kv[1]));
    });
    el.appendChild(dl);
    var ties = data.edges.filter(function (e) { return e.source === n.id || e.target === n.id; });
    ties.sort(function (a, b) { return b.weight - a.weight; });
    if (!ties.length) {
      el.appendChild(node('p', texts.noTies, 'note'));
      return;
    }
    var table = node('table', null, 'network-table');
    table.id = 'panel-ties';
    var head = node('tr');
    [texts.partner, texts.respondentsBehind, texts.reciprocated].forEach(function (h) {
      head.appendChild(node('th', h));
    });
    table.appendChild(node('thead')).appendChild(head);
    var body = table.appendChild(node('tbody'));
    ties.forEach(function (e) {
      var tr = node('tr');
      var other = e.source === n.id ? e.target : e.source;
      tr.setAttribute('data-partner', other);
      var partner = node('td', names[other] || other);
      if (Object.keys(e.kinds).length) {
        partner.appendChild(node('small', kindsText(data, e.kinds), 'kinds'));
      }
      tr.appendChild(partner);
      tr.appendChild(node('td', e.weight));
      tr.appendChild(node('td', e.reciprocated ? texts.yes : texts.no));
      body.appendChild(tr);
    });
    el.appendChild(table);
  }

  /* Every saved figure is in the audit log: the server writes the row, then the file is saved. */
  function audited(study, figure, format) {
    return fetch('/api/studies/' + encodeURIComponent(study) + '/dashboard/network/figure', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ figure: figure, format: format })
    }).then(function (r) { return r.ok; }, function () { return false; });
  }

  function save(name, href) {
    var a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  /* SVG of a figure: the option drawn again by ECharts' SVG renderer at the figure's size; the
     network with the positions its layout has reached, so that the file shows what is seen. */
  function svg(figure) {
    var option = figure.option();
    var out = window.echarts.init(document.createElement('div'), null, {
      renderer: 'svg', width: figure.chart.getWidth(), height: figure.chart.getHeight()
    });
    out.setOption(option);
    var text = out.renderToSVGString();
    out.dispose();
    return text;
  }

  function positionsOf(chart) {
    var positions = {};
    try {
      var data = chart.getModel().getSeriesByIndex(0).getData();
      for (var i = 0; i < data.count(); i++) {
        var p = data.getItemLayout(i);
        if (p) {
          positions[data.getId(i)] = [p[0], p[1]];
        }
      }
    } catch (e) {
      return null;
    }
    return positions;
  }

  function start() {
    var host = document.getElementById('network-chart');
    if (!window.echarts || !host || !document.getElementById('network-data')) {
      return;
    }
    var data = JSON.parse(document.getElementById('network-data').textContent);
    var texts = JSON.parse(host.getAttribute('data-texts'));
    var filters = { province: '', tier: '', sector: '', kind: '' };
    var graph = window.echarts.init(host, null, { renderer: 'canvas' });
    graph.on('rendered', function first() {
      graph.off('rendered', first);
      host.setAttribute('data-rendered', 'true');
      if (window.performance && performance.mark) {
        performance.mark('network-drawn');
      }
    });
    graph.setOption(graphOption(data, texts, filters));
    var panelEl = document.getElementById('network-panel');
    var byId = {};
    data.nodes.forEach(function (n) { byId[n.id] = n; });
    var chooser = document.getElementById('node-select');
    graph.on('click', function (p) {
      if (p.dataType === 'node') {
        panel(panelEl, data, texts, p.data.org);
        chooser.value = p.data.org.id;
      }
    });
    chooser.addEventListener('change', function () {
      graph.dispatchAction({ type: 'downplay', seriesIndex: 0 });
      if (!byId[chooser.value]) {
        return;
      }
      panel(panelEl, data, texts, byId[chooser.value]);
      var shown = graph.getOption().series[0].data;
      for (var i = 0; i < shown.length; i++) {
        if (shown[i].id === chooser.value) {
          graph.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i });
        }
      }
    });
    var flowsEl = document.getElementById('flows-chart');
    var flows = window.echarts.init(flowsEl, null, { renderer: 'canvas' });
    flows.setOption(flowsOption(data, texts));
    flowsEl.setAttribute('data-rendered', 'true');
    var mixingEl = document.getElementById('mixing-chart');
    var mixing = window.echarts.init(mixingEl, null, { renderer: 'canvas' });
    mixing.setOption(mixingOption(data, texts));
    mixingEl.setAttribute('data-rendered', 'true');
    var figures = {
      network: {
        chart: graph,
        option: function () { return graphOption(data, texts, filters, positionsOf(graph)); }
      },
      flows: { chart: flows, option: function () { return flowsOption(data, texts); } },
      mixing: { chart: mixing, option: function () { return mixingOption(data, texts); } }
    };
    var status = document.getElementById('figure-status');
    document.querySelectorAll('button.figure-download').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () {
        var which = b.getAttribute('data-figure');
        var format = b.getAttribute('data-format');
        var figure = figures[which];
        var name = data.study + '-' + which;
        var href = format === 'png'
          ? figure.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })
          : URL.createObjectURL(new Blob([svg(figure)], { type: 'image/svg+xml' }));
        audited(data.study, which, format).then(function (ok) {
          if (ok) {
            save(name + '.' + format, href);
          } else {
            status.textContent = texts.notAudited;
          }
          if (format === 'svg') {
            setTimeout(function () { URL.revokeObjectURL(href); }, 10000);
          }
        });
      });
    });
    var form = document.getElementById('network-filters');
    form.hidden = false;
    Object.keys(filters).forEach(function (k) {
      document.getElementById('filter-' + k).addEventListener('change', function (e) {
        filters[k] = e.target.value;
        graph.setOption(graphOption(data, texts, filters), { notMerge: true });
      });
    });
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        [graph, flows, mixing].forEach(function (c) { c.resize(); });
      }, 100);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
