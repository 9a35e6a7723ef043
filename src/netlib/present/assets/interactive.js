// The interactive network view's behaviour (netlib.present.interactive.network_view):
// highlight on hover and focus, pin on click, drag, search, evidence lists. Inlined into
// each view with __PREFIX__ replaced by the view's element id; no dependency, no network.
(function () {
  "use strict";
  var root = document.getElementById("__PREFIX__");
  if (!root || root.getAttribute("data-ready")) { return; }
  root.setAttribute("data-ready", "1");
  var data = JSON.parse(document.getElementById("__PREFIX__-data").textContent);
  var svg = root.querySelector("svg.nv-svg");
  var info = root.querySelector(".nv-info");
  var filter = document.getElementById("__PREFIX__-filter");
  var n = data.labels.length, nodes = [], incident = [], neighbours = [], i;
  for (i = 0; i < n; i++) {
    nodes.push(document.getElementById("__PREFIX__-n" + i));
    incident.push([]);
    neighbours.push([]);
  }
  var lines = data.edges.map(function (e, k) {
    incident[e[0]].push(k); incident[e[1]].push(k);
    neighbours[e[0]].push(e[1]); neighbours[e[1]].push(e[0]);
    return document.getElementById("__PREFIX__-e" + k);
  });
  var hits = data.edges.map(function (e, k) {
    return document.getElementById("__PREFIX__-h" + k);
  });
  var panel = root.querySelector(".nv-evidence");
  var pinned = -1, dragging = -1, moved = false;
  function clear() {
    root.classList.remove("nv-active");
    root.querySelectorAll(".nv-on").forEach(function (el) { el.classList.remove("nv-on"); });
    info.textContent = "";
    if (panel) { panel.textContent = ""; }
  }
  // the lines behind a node (or both ends of a link): text only, never markup
  function cite(campaigns, ends) {
    if (!panel) { return; }
    campaigns.forEach(function (c) {
      var heading = document.createElement("h4");
      heading.textContent = data.campaigns[c] || c;
      panel.appendChild(heading);
      var list = document.createElement("ul");
      ends.forEach(function (i) {
        (data.evidence[i][c] || []).forEach(function (row) {
          var item = document.createElement("li");
          var title = data.documents[row[0]];
          item.textContent = (ends.length > 1 ? data.labels[i] + ": " : "") +
            (title ? title + " (" + row[0] + ")" : row[0]) + ", line " + row[1] +
            ": \u201c" + row[2] + "\u201d";
          list.appendChild(item);
        });
      });
      if (list.childNodes.length) { panel.appendChild(list); }
    });
  }
  function campaignsOf(i) {
    return panel && data.evidence[i] ? Object.keys(data.evidence[i]).sort() : [];
  }
  function show(i) {
    clear();
    root.classList.add("nv-active");
    nodes[i].classList.add("nv-on");
    neighbours[i].forEach(function (j) { nodes[j].classList.add("nv-on"); });
    incident[i].forEach(function (k) { lines[k].classList.add("nv-on"); });
    info.textContent = data.labels[i] + " (" + data.kinds[i] + "): " + data.degrees[i] +
      (data.degrees[i] === 1 ? " link" : " links");
    if (data.kinds[i] !== "campaign") { cite(campaignsOf(i), [i]); }
  }
  function showEdge(k) {
    clear();
    var a = data.edges[k][0], b = data.edges[k][1];
    root.classList.add("nv-active");
    nodes[a].classList.add("nv-on"); nodes[b].classList.add("nv-on");
    lines[k].classList.add("nv-on");
    var theirs = campaignsOf(b);
    var shared = campaignsOf(a).filter(function (c) { return theirs.indexOf(c) >= 0; });
    info.textContent = data.labels[a] + " \u2013 " + data.labels[b] + ": " + shared.length +
      (shared.length === 1 ? " campaign" : " campaigns") + " in common";
    cite(shared, [a, b]);
  }
  hits.forEach(function (el, k) {
    if (!el) { return; }
    el.addEventListener("mouseenter", function () {
      if (pinned < 0 && dragging < 0) { showEdge(k); }
    });
    el.addEventListener("mouseleave", function () { if (pinned < 0 && dragging < 0) { clear(); } });
  });
  function place(i, x, y) {
    data.x[i] = x; data.y[i] = y;
    var el = nodes[i];
    if (el.tagName.toLowerCase() === "rect") {
      var r = parseFloat(el.getAttribute("width")) / 2;
      el.setAttribute("x", x - r); el.setAttribute("y", y - r);
      var label = document.getElementById("__PREFIX__-t" + i);
      if (label) { label.setAttribute("x", x); label.setAttribute("y", y - 24); }
    } else {
      el.setAttribute("cx", x); el.setAttribute("cy", y);
    }
    incident[i].forEach(function (k) {
      var e = data.edges[k], end = e[0] === i ? "1" : "2";
      lines[k].setAttribute("x" + end, x); lines[k].setAttribute("y" + end, y);
      if (hits[k]) { hits[k].setAttribute("x" + end, x); hits[k].setAttribute("y" + end, y); }
    });
  }
  function point(event) {
    var m = svg.getScreenCTM();
    if (!m) { return null; }
    var p = svg.createSVGPoint();
    p.x = event.clientX; p.y = event.clientY;
    return p.matrixTransform(m.inverse());
  }
  nodes.forEach(function (el, i) {
    el.addEventListener("mouseenter", function () { if (pinned < 0 && dragging < 0) { show(i); } });
    el.addEventListener("mouseleave", function () { if (pinned < 0 && dragging < 0) { clear(); } });
    el.addEventListener("focus", function () { if (pinned < 0) { show(i); } });
    el.addEventListener("blur", function () { if (pinned < 0) { clear(); } });
    el.addEventListener("click", function () {
      if (moved) { moved = false; return; }
      if (pinned === i) { pinned = -1; clear(); } else { pinned = i; show(i); }
    });
    el.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        el.dispatchEvent(new MouseEvent("click"));
      }
    });
    el.addEventListener("pointerdown", function (event) {
      dragging = i; moved = false;
      if (el.setPointerCapture) { el.setPointerCapture(event.pointerId); }
    });
    el.addEventListener("pointermove", function (event) {
      if (dragging !== i) { return; }
      var p = point(event);
      if (!p) { return; }
      if (Math.abs(p.x - data.x[i]) + Math.abs(p.y - data.y[i]) > 2) { moved = true; }
      if (moved) { place(i, p.x, p.y); }
    });
    el.addEventListener("pointerup", function () { dragging = -1; });
  });
  filter.addEventListener("input", function () {
    var q = filter.value.trim().toLowerCase();
    root.classList.toggle("nv-filtering", q !== "");
    var hits = 0;
    nodes.forEach(function (el, i) {
      var hit = q !== "" && data.labels[i].toLowerCase().indexOf(q) >= 0;
      el.classList.toggle("nv-match", hit);
      if (hit) { hits += 1; }
    });
    if (pinned < 0) {
      info.textContent = q === "" ? "" : hits + (hits === 1 ? " match" : " matches");
    }
  });
})();
