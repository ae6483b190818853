/* kg graph page. Every string that comes from a document reaches the page through textContent,
 * attribute properties or the canvas, never through innerHTML: a name or sentence holding markup
 * stays text. Physics runs only while vis-network stabilises the layout, then it is switched off so
 * the graph stays still. window.kg exposes the state for tests and benchmarks. */
(function () {
  "use strict";

  var marks = { start: performance.now() };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  marks.parsed = performance.now();
  var SVG = "http://www.w3.org/2000/svg";
  var MAX_SOURCES = 6;
  var kindInfo = {};
  data.kinds.forEach(function (k) { kindInfo[k.kind] = k; });
  var typeInfo = {};
  data.edgeTypes.forEach(function (t) { typeInfo[t.type] = t; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var state = { kinds: {}, matches: null, onlyMatches: false };
  data.kinds.forEach(function (k) { state.kinds[k.kind] = true; });

  var container = document.getElementById("kg-network");
  var tip = document.getElementById("kg-tip");
  var loading = document.getElementById("kg-loading");
  var details = document.getElementById("kg-details-body");
  var statusLine = document.getElementById("kg-status");
  var kg = {
    data: data, nodes: nodes, edges: edges, network: null, settled: false, settleMs: null, marks: marks,
    search: search, setKind: setKind, describeNode: describeNode, describeEdge: describeEdge
  };
  window.kg = kg;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function norm(s) {
    return String(s).normalize("NFKC").replace(/[·•・‧∙⋅･]/g, "·").replace(/\s+/g, " ").trim().toLowerCase();
  }

  /* ---- shapes for the legend (SVG built with createElementNS) ---- */
  function shapeIcon(shape, color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var s;
    var polygons = {
      diamond: "8,1 15,8 8,15 1,8",
      triangleDown: "1,3 15,3 8,15",
      triangle: "8,1 15,13 1,13",
      star: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"
    };
    if (shape === "square") {
      s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "2"); s.setAttribute("y", "2"); s.setAttribute("width", "12"); s.setAttribute("height", "12");
    } else if (polygons[shape]) {
      s = document.createElementNS(SVG, "polygon");
      s.setAttribute("points", polygons[shape]);
    } else {
      s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "8"); s.setAttribute("cy", "8"); s.setAttribute("r", "6");
    }
    s.setAttribute("fill", color);
    svg.appendChild(s);
    return svg;
  }

  function lineIcon(color, dashes) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "10");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "27"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", "2");
    if (dashes) { line.setAttribute("stroke-dasharray", "4 3"); }
    svg.appendChild(line);
    return svg;
  }

  function buildLegend() {
    var counts = {};
    nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
    var kindsBox = document.getElementById("kg-legend-kinds");
    data.kinds.forEach(function (k) {
      if (!counts[k.kind]) { return; }
      var row = el("label", "kg-legend-row");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.kind = k.kind;
      box.addEventListener("change", function () { setKind(k.kind, box.checked); });
      row.appendChild(box);
      row.appendChild(shapeIcon(k.shape, k.color));
      row.appendChild(el("span", null, k.label));
      row.appendChild(el("span", "kg-count", counts[k.kind]));
      kindsBox.appendChild(row);
    });
    var edgesBox = document.getElementById("kg-legend-edges");
    var edgeCounts = {};
    edges.forEach(function (e) { edgeCounts[e.type] = (edgeCounts[e.type] || 0) + 1; });
    data.edgeTypes.forEach(function (t) {
      if (!edgeCounts[t.type]) { return; }
      var row = el("div", "kg-legend-row");
      row.appendChild(lineIcon(t.color, t.dashes));
      row.appendChild(el("span", null, t.label));
      row.appendChild(el("span", "kg-count", edgeCounts[t.type]));
      edgesBox.appendChild(row);
    });
    document.getElementById("kg-counts").textContent = nodes.length + " nodes · " + edges.length + " edges";
  }

  function buildNameList() {
    var list = document.getElementById("kg-names");
    var seen = {};
    nodes.forEach(function (n) {
      [n.name].concat(n.aliases || []).forEach(function (name) {
        if (seen[name]) { return; }
        seen[name] = true;
        var opt = el("option");
        opt.value = name;
        list.appendChild(opt);
      });
    });
  }

  /* ---- provenance: built as DOM elements, text only ---- */
  function docCitation(docId) {
    var d = data.documents[docId] || { title: docId };
    var parts = [d.title || docId];
    if (d.date) { parts.push(d.date); }
    return parts.join(" · ");
  }

  function sourcesList(evidenceIds, docIds) {
    var box = el("div");
    var list = el("ol", "kg-prov-sources");
    var cited = {};
    (evidenceIds || []).slice(0, MAX_SOURCES).forEach(function (id) {
      var ev = data.evidence[id];
      if (!ev) { return; }
      var item = el("li");
      item.appendChild(el("span", "kg-prov-sentence", ev.sentence));
      item.appendChild(el("span", "kg-prov-cite", docCitation(ev.doc)));
      list.appendChild(item);
    });
    (evidenceIds || []).forEach(function (id) { if (data.evidence[id]) { cited[data.evidence[id].doc] = true; } });
    if (list.childNodes.length) { box.appendChild(list); }
    var more = (evidenceIds || []).length - MAX_SOURCES;
    if (more > 0) { box.appendChild(el("div", "kg-prov-more", "… and " + more + " more sentence(s)")); }
    var others = (docIds || []).filter(function (d) { return !cited[d]; });
    if (others.length) {
      box.appendChild(el("div", "kg-prov-line", "Mentioned in: " + others.map(docCitation).join("; ")));
    }
    if (!box.childNodes.length) { box.appendChild(el("div", "kg-prov-more", "No source sentence recorded.")); }
    return box;
  }

  function describeNode(id) {
    var n = nodes.get(id);
    var box = el("div", "kg-prov");
    if (!n) { return box; }
    var head = el("div", "kg-prov-head");
    head.appendChild(shapeIcon(n.shape, n.color));
    head.appendChild(document.createTextNode(" " + n.name));
    box.appendChild(head);
    box.appendChild(el("div", "kg-prov-kind", (kindInfo[n.kind] || { label: n.kind }).label + " · " + n.degree + " connection(s)"));
    if (n.aliases && n.aliases.length) { box.appendChild(el("div", "kg-prov-line", "也称 also: " + n.aliases.join("、"))); }
    if (n.dates) { box.appendChild(el("div", "kg-prov-line", "日期 date: " + n.dates)); }
    box.appendChild(sourcesList(n.evidence, n.docs));
    return box;
  }

  function describeEdge(id) {
    var e = edges.get(id);
    var box = el("div", "kg-prov");
    if (!e) { return box; }
    var from = nodes.get(e.from), to = nodes.get(e.to);
    var head = el("div", "kg-prov-head", (from ? from.name : e.from) + " → " + (to ? to.name : e.to));
    box.appendChild(head);
    var kind = (typeInfo[e.type] || { label: e.type }).label;
    box.appendChild(el("div", "kg-prov-kind", kind + (e.label ? ": " + e.label : "")));
    if (e.observed) { box.appendChild(el("div", "kg-prov-line", "据报道日期 stated on: " + e.observed)); }
    box.appendChild(sourcesList(e.evidence, []));
    return box;
  }

  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var wrap = tip.parentNode;
    var x = pointer.x + 14, y = pointer.y + 14;
    if (x + tip.offsetWidth > wrap.clientWidth - 4) { x = Math.max(4, pointer.x - tip.offsetWidth - 14); }
    if (y + tip.offsetHeight > wrap.clientHeight - 4) { y = Math.max(4, wrap.clientHeight - tip.offsetHeight - 4); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  function hideTip() { tip.hidden = true; tip.replaceChildren(); }

  function showDetails(content) { details.replaceChildren(content); }

  /* ---- filters: by type (legend) and by name (search) ---- */
  function applyFilter() {
    var keep = null;
    if (state.onlyMatches && state.matches) {
      keep = {};
      state.matches.forEach(function (id) {
        keep[id] = true;
        if (kg.network) { kg.network.getConnectedNodes(id).forEach(function (x) { keep[x] = true; }); }
      });
    }
    var updates = [];
    nodes.forEach(function (n) {
      var hidden = !state.kinds[n.kind] || (keep !== null && !keep[n.id]);
      if (Boolean(n.hidden) !== hidden) { updates.push({ id: n.id, hidden: hidden }); }
    });
    if (updates.length) { nodes.update(updates); }
  }

  function setKind(kind, on) {
    state.kinds[kind] = Boolean(on);
    var boxes = document.querySelectorAll("#kg-legend-kinds input");
    Array.prototype.forEach.call(boxes, function (b) { if (b.dataset.kind === kind) { b.checked = Boolean(on); } });
    applyFilter();
  }

  function setStatus(text) { statusLine.textContent = text; }

  function search(query) {
    var q = norm(query || "");
    var network = kg.network;
    if (!q) {
      state.matches = null;
      applyFilter();
      if (network) { network.unselectAll(); }
      setStatus("");
      return [];
    }
    var exact = [], partial = [];
    nodes.forEach(function (n) {
      if (n.keys.indexOf(q) >= 0) { exact.push(n.id); }
      else if (n.keys.some(function (k) { return k.indexOf(q) >= 0; })) { partial.push(n.id); }
    });
    var ids = exact.length ? exact : partial;
    state.matches = ids;
    ids.forEach(function (id) { var k = nodes.get(id).kind; if (!state.kinds[k]) { setKind(k, true); } });
    applyFilter();
    if (network && ids.length) {
      network.selectNodes(ids);
      network.focus(ids[0], { scale: Math.max(1.0, network.getScale()), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
      showDetails(describeNode(ids[0]));
    } else if (network) {
      network.unselectAll();
    }
    setStatus(ids.length ? ids.length + " match(es)" : "no match");
    return ids;
  }

  /* ---- the network ---- */
  function settle() {
    if (kg.settled) { return; }
    if (kg.network) { kg.network.setOptions({ physics: { enabled: false } }); }
    loading.hidden = true;
    kg.settled = true;
    kg.settleMs = marks.settled = performance.now();
    document.documentElement.dataset.settled = "true";
  }

  buildLegend();
  buildNameList();
  marks.legend = performance.now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  kg.network = network;
  marks.network = performance.now();
  network.once("startStabilizing", function () { marks.stabilizing = performance.now(); });
  network.on("stabilizationProgress", function (p) {
    loading.textContent = "Laying out " + nodes.length + " nodes… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", settle);
  if (nodes.length === 0 || !data.options.physics.stabilization.iterations) { settle(); }

  network.on("hoverNode", function (p) { showTip(describeNode(p.node), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("hoverEdge", function (p) { showTip(describeEdge(p.edge), p.pointer.DOM); });
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails(describeNode(p.nodes[0])); }
    else if (p.edges.length) { showDetails(describeEdge(p.edges[0])); }
  });

  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search").value);
  });
  document.getElementById("kg-only").addEventListener("change", function (ev) {
    state.onlyMatches = ev.target.checked;
    applyFilter();
  });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit(); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    document.getElementById("kg-search").value = "";
    document.getElementById("kg-only").checked = false;
    state.onlyMatches = false;
    data.kinds.forEach(function (k) { state.kinds[k.kind] = true; });
    Array.prototype.forEach.call(document.querySelectorAll("#kg-legend-kinds input"), function (b) { b.checked = true; });
    search("");
    network.fit();
  });
}());
