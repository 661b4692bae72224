// The newsgraph explorer: a single page that talks only to the public
// GraphQL API (/graphql) and links to /export. Its state (expanded entities,
// filters, path, WebGL) lives in the URL hash, so a link reopens the view.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP"];
const TYPE_COLOURS = { PERSON: "#2563eb", ORG: "#9333ea", GPE: "#ea580c", LOC: "#0d9488", NORP: "#a16207" };
const FORMATS = ["cytoscape", "gexf", "graphml", "dot", "nquads"];
const MAX_NODES = 2000;

async function gql(query, variables = {}) {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return body.data;
}

// ---- state, kept in the URL hash ----
const state = { expanded: [], types: TYPES.slice(), predicate: "", cameo: "", from: "", to: "", minConf: 0, limit: 100, depth: 1, path: null, webgl: false };

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.expanded = (p.get("e") || "").split(",").filter(Boolean);
  state.types = p.get("types") !== null ? p.get("types").split(",").filter((t) => TYPES.includes(t)) : TYPES.slice();
  state.predicate = p.get("predicate") || "";
  state.cameo = p.get("cameo") || "";
  state.from = p.get("from") || "";
  state.to = p.get("to") || "";
  state.minConf = Number(p.get("minConf") || 0);
  state.limit = Math.min(MAX_NODES, Math.max(1, Number(p.get("limit") || 100)));
  state.depth = Math.min(3, Math.max(1, Math.trunc(Number(p.get("depth") || 1)) || 1));
  state.webgl = p.get("gl") === "1";
  const path = p.get("path");
  state.path = path && path.includes(",") ? path.split(",", 2) : null;
}

function writeHash() {
  const p = new URLSearchParams();
  if (state.expanded.length) p.set("e", state.expanded.join(","));
  if (state.types.length !== TYPES.length) p.set("types", state.types.join(","));
  if (state.predicate) p.set("predicate", state.predicate);
  if (state.cameo) p.set("cameo", state.cameo);
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.minConf > 0) p.set("minConf", String(state.minConf));
  if (state.limit !== 100) p.set("limit", String(state.limit));
  if (state.depth !== 1) p.set("depth", String(state.depth));
  if (state.webgl) p.set("gl", "1");
  if (state.path) p.set("path", state.path.join(","));
  history.replaceState(null, "", "#" + p.toString());
  updateExports();
}

function filter() {
  const f = {};
  if (state.predicate) f.predicates = [state.predicate];
  if (state.cameo) f.cameo = [state.cameo];
  if (state.from) f.publishedFrom = state.from;
  if (state.to) f.publishedTo = state.to;
  if (state.minConf > 0) f.minConfidence = state.minConf;
  return f;
}

function filterParams() {
  const p = new URLSearchParams();
  if (state.predicate) p.append("predicate", state.predicate);
  if (state.cameo) p.append("cameo", state.cameo);
  if (state.from) p.set("publishedFrom", state.from);
  if (state.to) p.set("publishedTo", state.to);
  if (state.minConf > 0) p.set("minConfidence", String(state.minConf));
  return p;
}

function setStatus(msg) { $("status").textContent = msg; }

// ---- drawing ----
function goldsteinColour(g) {
  if (g === null || g === undefined) return "#9ca3af";
  const t = Math.max(-10, Math.min(10, g)) / 10; // -1 .. 1
  const red = [220, 38, 38], yellow = [234, 179, 8], green = [22, 163, 74];
  const [a, b, u] = t < 0 ? [yellow, red, -t] : [yellow, green, t];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * u));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

const cy = cytoscape({
  container: $("cy"),
  renderer: { name: "canvas", webgl: new URLSearchParams(location.hash.slice(1)).get("gl") === "1" },
  minZoom: 0.02,
  maxZoom: 5,
  style: [
    { selector: "node", style: {
      "background-color": "data(colour)", width: "data(size)", height: "data(size)",
      label: "data(label)", "font-size": 11, "min-zoomed-font-size": 7, "text-valign": "bottom", "text-margin-y": 2,
      "text-outline-color": "#fff", "text-outline-width": 2,
    } },
    { selector: "node.seed", style: { "border-width": 3, "border-color": "#111" } },
    { selector: "node.onpath", style: { "border-width": 4, "border-color": "#db2777" } },
    { selector: "edge", style: {
      "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
      width: "data(width)", "curve-style": "bezier", label: "data(predicate)", "font-size": 9,
      "min-zoomed-font-size": 8, "text-rotation": "autorotate", color: "#333", "text-background-color": "#fff",
      "text-background-opacity": 0.8, "text-background-padding": 1,
    } },
    { selector: "edge.onpath", style: { "line-style": "solid", "z-index": 10, "underlay-color": "#db2777", "underlay-opacity": 0.35, "underlay-padding": 4 } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ":selected", style: { "overlay-color": "#2563eb", "overlay-opacity": 0.2 } },
  ],
});
window.newsgraphExplorer = { cy, state };

function nodeData(n) {
  return {
    group: "nodes",
    data: { id: n.id, label: n.label || n.name, type: n.type, degree: n.degree,
      colour: TYPE_COLOURS[n.type] || "#6b7280", size: Math.round(14 + 10 * Math.log2(1 + (n.degree || 0))) },
  };
}

function edgeData(e) {
  return {
    group: "edges",
    data: { id: e.id, source: e.source, target: e.target, predicate: e.predicate, weight: e.weight,
      goldstein: e.goldstein, colour: goldsteinColour(e.goldstein), width: Math.min(12, 1 + 2 * Math.log2(e.weight || 1)) },
  };
}

function addSubgraph(sg, near) {
  const fresh = [];
  cy.batch(() => {
    for (const n of sg.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      if (cy.nodes().length >= MAX_NODES) break;
      const el = nodeData(n);
      if (near) el.position = { x: near.x + (Math.random() - 0.5) * 200, y: near.y + (Math.random() - 0.5) * 200 };
      fresh.push(cy.add(el));
    }
    for (const e of sg.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      cy.add(edgeData(e));
    }
  });
  return fresh.length;
}

function applyTypeFilter() {
  cy.batch(() => {
    cy.nodes().forEach((n) => n.toggleClass("hidden", !state.types.includes(n.data("type"))));
  });
}

// seededRandom is mulberry32 seeded with a string's FNV-1a hash.
function seededRandom(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let layoutRun = null;
// layout places the visible nodes with fCoSE (a spectral start refined by
// forces), which handles a few thousand nodes in seconds. After an
// expansion (incremental) the nodes already drawn keep their places.
function layout({ incremental = false } = {}) {
  if (layoutRun) layoutRun.stop();
  const t0 = performance.now();
  const n = cy.nodes(":visible").length;
  layoutRun = cy.elements(":visible").layout({
    name: "fcose", animate: false, fit: false, randomize: !incremental, quality: "default",
    nodeDimensionsIncludeLabels: n <= 300, nodeSeparation: 60, packComponents: true,
    idealEdgeLength: () => (n > 300 ? 60 : 110), nodeRepulsion: () => (n > 300 ? 6000 : 12000),
    numIter: n > 300 ? 1000 : 2500,
  });
  // fCoSE draws random numbers; seeding them from the drawn ids makes the
  // same view come out the same every time (a shared link shows the same picture).
  const random = Math.random;
  Math.random = seededRandom(cy.nodes(":visible").map((node) => node.id()).sort().join(","));
  try { layoutRun.run(); } finally { Math.random = random; }
  cy.fit(cy.elements(":visible"), 30);
  window.newsgraphExplorer.layoutMs = Math.round(performance.now() - t0);
}

const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int, $filter: RelationFilter) {
  neighborhood(entity: $id, depth: $depth, limit: $limit, filter: $filter) {
    nodes { id label type degree } edges { id source target predicate weight goldstein } truncated
  }
}`;

let truncatedNotes = new Set();
function showTruncation() {
  const capped = cy.nodes().length >= MAX_NODES;
  const parts = [];
  if (truncatedNotes.size) parts.push(`cut at ${state.limit} neighbours for ${[...truncatedNotes].join(", ")}`);
  if (capped) parts.push(`view capped at ${MAX_NODES} nodes`);
  setStatus(parts.length ? "Result cut: " + parts.join("; ") : `${cy.nodes().length} nodes, ${cy.edges().length} edges`);
}

async function fetchNeighborhood(id) {
  const data = await gql(NEIGHBORHOOD, { id, depth: state.depth, limit: state.limit, filter: filter() });
  const sg = data.neighborhood;
  if (sg.truncated) truncatedNotes.add(sg.nodes.find((n) => n.id === id)?.label || id);
  return sg;
}

async function expand(id) {
  const node = cy.getElementById(id);
  const near = node.nonempty() ? node.position() : null;
  setStatus("Loading…");
  const sg = await fetchNeighborhood(id);
  if (!sg.nodes.length) { setStatus(`Nothing found around ${id} with these filters`); return; }
  addSubgraph(sg, near);
  cy.getElementById(id).addClass("seed");
  if (!state.expanded.includes(id)) { state.expanded.push(id); writeHash(); }
  applyTypeFilter();
  layout({ incremental: near !== null });
  showTruncation();
}

// redraw rebuilds the view from the state: every expanded entity's
// neighbourhood (fetched in parallel), then the path, then one layout.
async function redraw() {
  cy.elements().remove();
  truncatedNotes = new Set();
  setStatus("Loading…");
  const results = await Promise.allSettled(state.expanded.map(fetchNeighborhood));
  results.forEach((r, i) => {
    if (r.status === "rejected") { setStatus(r.reason.message); return; }
    addSubgraph(r.value);
    cy.getElementById(state.expanded[i]).addClass("seed");
  });
  if (state.path) await findPaths(state.path[0], state.path[1], { relayout: false });
  applyTypeFilter();
  if (cy.nodes().length) layout();
  if (!state.expanded.length && !state.path) setStatus("Search an entity to start");
  else showTruncation();
  updateExports();
  document.body.dataset.ready = String(Date.now());
}

// ---- search with suggestions ----
const SEARCH = `query($text: String!) { search(text: $text, first: 10) { totalCount edges { node { id name type degree } match matched } } }`;

function suggest(input, onPick) {
  const list = input.nextElementSibling;
  let timer = null, seq = 0, hits = [], active = -1;
  const render = () => {
    list.replaceChildren(...hits.map((h, i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.dataset.id = h.node.id;
      li.className = i === active ? "active" : "";
      li.textContent = h.node.name;
      const small = document.createElement("small");
      small.textContent = `${h.node.type} · degree ${h.node.degree}${h.matched !== h.node.name ? " · " + h.matched : ""}`;
      li.append(small);
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(h); });
      return li;
    }));
    list.hidden = hits.length === 0;
  };
  const pick = (h) => { input.value = h.node.name; input.dataset.id = h.node.id; hits = []; render(); onPick(h.node); };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    delete input.dataset.id;
    const text = input.value.trim();
    if (!text) { hits = []; render(); return; }
    timer = setTimeout(async () => {
      const my = ++seq;
      try {
        const d = await gql(SEARCH, { text });
        if (my !== seq) return;
        hits = d.search.edges; active = hits.length ? 0 : -1; render();
      } catch (err) { setStatus(err.message); }
    }, 120);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" && hits.length) { active = (active + 1) % hits.length; render(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp" && hits.length) { active = (active - 1 + hits.length) % hits.length; render(); ev.preventDefault(); }
    else if (ev.key === "Enter" && active >= 0 && hits[active]) { pick(hits[active]); ev.preventDefault(); }
    else if (ev.key === "Escape") { hits = []; render(); }
  });
  input.addEventListener("blur", () => setTimeout(() => { hits = []; render(); }, 150));
}

suggest($("search"), (n) => { expand(n.id).catch((err) => setStatus(err.message)); });
suggest($("pathFrom"), () => {});
suggest($("pathTo"), () => {});

// ---- evidence ----
const RELATION = `query($id: ID!, $filter: RelationFilter) {
  relation(id: $id, filter: $filter) {
    id predicate goldstein documentCount evidenceCount event { code label }
    subject { id name aliases } object { id name aliases }
    evidence(first: 50) { totalCount edges { node { sentence confidence modality negated document { id title source published } } } }
  }
}`;

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

// highlight appends text to el with every name of the two entities marked.
function highlight(el, text, subject, object) {
  const names = [];
  for (const [ent, cls] of [[subject, "subject"], [object, "object"]]) {
    for (const name of [ent.name, ...(ent.aliases || [])]) if (name && name.length > 1) names.push([name, cls]);
  }
  names.sort((a, b) => b[0].length - a[0].length);
  if (!names.length) { el.append(text); return; }
  const cls = new Map(names.map(([n, c]) => [n.toLowerCase(), c]));
  const re = new RegExp(`(${names.map(([n]) => escapeRe(n)).join("|")})`, "gi");
  let last = 0;
  for (const m of text.matchAll(re)) {
    el.append(text.slice(last, m.index));
    const mark = document.createElement("mark");
    mark.className = cls.get(m[0].toLowerCase()) || "subject";
    mark.textContent = m[0];
    el.append(mark);
    last = m.index + m[0].length;
  }
  el.append(text.slice(last));
}

function outlet(source) {
  if (!source) return "";
  try { return new URL(source).hostname; } catch { /* a path */ }
  const parts = source.split("/");
  return parts.length > 1 ? parts[parts.length - 2] : source;
}

async function openEvidence(edgeId) {
  const d = await gql(RELATION, { id: edgeId, filter: filter() });
  const r = d.relation;
  if ($("evidence").hidden) { $("evidence").hidden = false; cy.resize(); }
  if (!r) { $("evidenceTitle").textContent = "No evidence passes the filters"; $("evidenceList").replaceChildren(); return; }
  $("evidenceTitle").textContent = `${r.subject.name} -${r.predicate}-> ${r.object.name}` +
    (r.event ? ` (CAMEO ${r.event.code} ${r.event.label}, Goldstein ${r.goldstein})` : "") +
    ` · ${r.documentCount} document(s), ${r.evidence.totalCount} sentence(s)`;
  $("evidenceList").replaceChildren(...r.evidence.edges.map(({ node: ev }) => {
    const li = document.createElement("li");
    const q = document.createElement("q");
    q.className = "sentence";
    highlight(q, ev.sentence, r.subject, r.object);
    li.append(q);
    const meta = document.createElement("span");
    meta.className = "meta";
    const doc = ev.document;
    const a = document.createElement("a");
    a.href = `/explore?doc=${encodeURIComponent(doc.id)}&hl=${encodeURIComponent(r.subject.id + "," + r.object.id)}`;
    a.target = "_blank";
    a.className = "doclink";
    a.textContent = doc.title || doc.id;
    meta.append(a, ` · ${outlet(doc.source) || "unknown outlet"} · ${doc.published ? doc.published.slice(0, 10) : "undated"} · confidence ${ev.confidence.toFixed(2)}` +
      (ev.modality ? ` · ${ev.modality}` : "") + (ev.negated ? " · negated" : ""));
    li.append(meta);
    return li;
  }));
  cy.$(":selected").unselect();
  cy.getElementById(edgeId).select();
}
$("closeEvidence").addEventListener("click", () => { $("evidence").hidden = true; cy.resize(); });

cy.on("tap", "node", (ev) => { expand(ev.target.id()).catch((err) => setStatus(err.message)); });
cy.on("tap", "edge", (ev) => { openEvidence(ev.target.id()).catch((err) => setStatus(err.message)); });

// ---- document view ----
const DOCUMENT = `query($id: ID!) { document(id: $id) { id title source published text mentions { entity { id } start end } } }`;

async function openDocument(id, hl) {
  const d = await gql(DOCUMENT, { id });
  const doc = d.document;
  $("docview").hidden = false;
  if (!doc) { $("docTitle").textContent = "No such document"; return; }
  $("docTitle").textContent = doc.title || doc.id;
  $("docMeta").textContent = `${outlet(doc.source) || "unknown outlet"} · ${doc.published ? doc.published.slice(0, 10) : "undated"} · ${doc.source || ""}`;
  // Offsets are UTF-8 byte offsets into the text.
  const bytes = new TextEncoder().encode(doc.text);
  const dec = new TextDecoder();
  const el = $("docText");
  el.replaceChildren();
  let last = 0;
  for (const m of doc.mentions) {
    if (!hl.includes(m.entity.id) || m.start < last) continue;
    el.append(dec.decode(bytes.slice(last, m.start)));
    const mark = document.createElement("mark");
    mark.className = m.entity.id === hl[0] ? "subject" : "object";
    mark.textContent = dec.decode(bytes.slice(m.start, m.end));
    el.append(mark);
    last = m.end;
  }
  el.append(dec.decode(bytes.slice(last)));
}
$("closeDoc").addEventListener("click", () => { $("docview").hidden = true; });

// ---- paths ----
const PATHS = `query($from: ID!, $to: ID!, $filter: RelationFilter) {
  paths(from: $from, to: $to, maxHops: 4, first: 5, filter: $filter) {
    length entities { id name type degree }
    steps { from { id } to { id } relations { id predicate documentCount goldstein subject { id } object { id } } }
  }
}`;

async function findPaths(from, to, { relayout = true } = {}) {
  setStatus("Finding paths…");
  const d = await gql(PATHS, { from, to, filter: filter() });
  cy.elements().removeClass("onpath");
  const list = $("paths");
  list.replaceChildren();
  if (!d.paths.length) { setStatus("No path of at most 4 hops"); return; }
  for (const p of d.paths) {
    const nodes = p.entities.map((e) => ({ id: e.id, label: e.name, type: e.type, degree: e.degree }));
    const edges = p.steps.flatMap((s) => s.relations.map((r) => ({ id: r.id, source: r.subject.id, target: r.object.id, predicate: r.predicate, weight: r.documentCount, goldstein: r.goldstein })));
    addSubgraph({ nodes, edges });
    const li = document.createElement("li");
    li.textContent = `${p.length} hop(s): ` + p.entities.map((e) => e.name).join(" → ");
    li.addEventListener("click", () => markPath(p));
    list.append(li);
  }
  markPath(d.paths[0]);
  applyTypeFilter();
  if (relayout) layout();
  setStatus(`${d.paths.length} shortest path(s), ${d.paths[0].length} hop(s)`);
}

function markPath(p) {
  cy.elements().removeClass("onpath");
  for (const e of p.entities) cy.getElementById(e.id).addClass("onpath");
  for (const s of p.steps) for (const r of s.relations) cy.getElementById(r.id).addClass("onpath");
}

$("findPaths").addEventListener("click", () => {
  const from = $("pathFrom").dataset.id, to = $("pathTo").dataset.id;
  if (!from || !to) { setStatus("Pick both ends from the suggestions"); return; }
  state.path = [from, to];
  writeHash();
  findPaths(from, to).catch((err) => setStatus(err.message));
});

// ---- filters ----
const STATS = `{ stats { relationsByPredicate { key count } relationsByFamily { key count } } }`;
const DATES = `query($after: String) { documents(first: 500, after: $after) { edges { node { published } } pageInfo { hasNextPage endCursor } } }`;

// publicationDays pages through the documents (newest first, undated last)
// and returns their distinct publication days, oldest first.
async function publicationDays() {
  const days = new Set();
  let after = null;
  for (let page = 0; page < 40; page++) {
    const d = await gql(DATES, { after });
    let undated = false;
    for (const e of d.documents.edges) {
      if (e.node.published) days.add(e.node.published.slice(0, 10)); else undated = true;
    }
    if (undated || !d.documents.pageInfo.hasNextPage) break;
    after = d.documents.pageInfo.endCursor;
  }
  return [...days].sort();
}
let dates = [];

function dateLabel() {
  $("dateLabel").textContent = state.from || state.to ? `${(state.from || "…").slice(0, 10)} – ${state.to ? state.to.slice(0, 10) : "…"}` : "all dates";
}

async function initFilters() {
  for (const t of TYPES) {
    const label = document.createElement("label");
    const cb = document.createElement("input");
    cb.type = "checkbox"; cb.value = t; cb.checked = state.types.includes(t);
    cb.addEventListener("change", () => {
      state.types = [...document.querySelectorAll("#types input:checked")].map((c) => c.value);
      writeHash(); applyTypeFilter();
    });
    const dot = document.createElement("span");
    dot.textContent = "● "; dot.style.color = TYPE_COLOURS[t];
    label.append(cb, dot, t);
    $("types").append(label);
  }
  const d = await gql(STATS);
  for (const { key, count } of d.stats.relationsByPredicate) $("predicate").append(new Option(`${key} (${count})`, key));
  for (const { key, count } of d.stats.relationsByFamily) $("cameo").append(new Option(`${key} (${count})`, key));
  $("predicate").value = state.predicate;
  $("cameo").value = state.cameo;
  // The slider runs over the days with a dated document.
  dates = await publicationDays();
  const max = Math.max(0, dates.length - 1);
  for (const id of ["dateFrom", "dateTo"]) { $(id).max = String(max); $(id).disabled = dates.length < 2; }
  syncControls();
}

// syncControls shows the state in the filter controls.
function syncControls() {
  $("predicate").value = state.predicate;
  $("cameo").value = state.cameo;
  for (const cb of document.querySelectorAll("#types input")) cb.checked = state.types.includes(cb.value);
  const max = Math.max(0, dates.length - 1);
  $("dateFrom").value = state.from ? String(Math.max(0, dates.findIndex((x) => x >= state.from.slice(0, 10)))) : "0";
  $("dateTo").value = String(max);
  if (state.to) { const i = dates.findIndex((x) => x >= state.to.slice(0, 10)); $("dateTo").value = String(i < 0 ? max : Math.max(0, i - 1)); }
  dateLabel();
  $("minConf").value = String(state.minConf);
  $("minConfLabel").textContent = String(state.minConf);
  $("limit").value = String(state.limit);
  $("depth").value = String(state.depth);
  $("webgl").checked = state.webgl;
}

function onFilterChange() { writeHash(); redraw().catch((err) => setStatus(err.message)); }

$("predicate").addEventListener("change", () => { state.predicate = $("predicate").value; onFilterChange(); });
$("cameo").addEventListener("change", () => { state.cameo = $("cameo").value; onFilterChange(); });
function onDates() {
  let a = Number($("dateFrom").value), b = Number($("dateTo").value);
  if (a > b) [a, b] = [b, a];
  const max = dates.length - 1;
  state.from = a > 0 ? dates[a] + "T00:00:00Z" : "";
  // publishedTo is exclusive: the day after the last chosen day.
  state.to = b < max ? new Date(Date.parse(dates[b] + "T00:00:00Z") + 86400000).toISOString().replace(".000Z", "Z") : "";
  dateLabel();
  onFilterChange();
}
$("dateFrom").addEventListener("change", onDates);
$("dateTo").addEventListener("change", onDates);
$("minConf").addEventListener("input", () => { $("minConfLabel").textContent = $("minConf").value; });
$("minConf").addEventListener("change", () => { state.minConf = Number($("minConf").value); onFilterChange(); });
$("limit").addEventListener("change", () => { state.limit = Math.min(MAX_NODES, Math.max(1, Number($("limit").value) || 100)); onFilterChange(); });
$("depth").addEventListener("change", () => { state.depth = Number($("depth").value); onFilterChange(); });
$("webgl").addEventListener("change", () => { state.webgl = $("webgl").checked; writeHash(); location.reload(); });
$("clear").addEventListener("click", () => { state.expanded = []; state.path = null; $("paths").replaceChildren(); writeHash(); redraw(); });

// ---- export ----
function updateExports() {
  const ids = cy.nodes(":visible").map((n) => n.id());
  const p = filterParams();
  if (ids.length) p.set("entities", ids.join(","));
  $("exports").replaceChildren(...FORMATS.map((f) => {
    const a = document.createElement("a");
    const q = new URLSearchParams(p); q.set("format", f);
    a.href = "/export?" + q.toString();
    a.textContent = f;
    a.download = "";
    return a;
  }));
}
cy.on("add remove", () => { clearTimeout(updateExports.t); updateExports.t = setTimeout(updateExports, 50); });

$("png").addEventListener("click", async () => {
  const blob = await cy.png({ output: "blob-promise", full: true, bg: "#ffffff", maxWidth: 4000, maxHeight: 4000 });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = "newsgraph.png";
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});

// ---- start ----
async function start() {
  const q = new URLSearchParams(location.search);
  readHash();
  try { await initFilters(); } catch (err) { setStatus(err.message); }
  if (q.get("doc")) await openDocument(q.get("doc"), (q.get("hl") || "").split(","));
  await redraw();
}
window.addEventListener("hashchange", () => { readHash(); syncControls(); redraw().catch((err) => setStatus(err.message)); });
start().catch((err) => setStatus(err.message));
