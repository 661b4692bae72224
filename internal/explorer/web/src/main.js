// The newsgraph explorer: a single page that talks only to the public
// GraphQL API (/graphql) and links to /export. Its state (expanded entities,
// filters, community, path, drawing options) lives in the URL hash, so a
// link reopens the view.
//
// A view is one of: the neighbourhoods of the expanded entities; with none,
// a community (communities + subgraph) or every relation passing the filters
// (graph); plus the paths asked for. Clicking a node opens its details,
// double-clicking (or the Expand button) adds its neighbourhood; clicking an
// edge opens its evidence.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP", "WORK_OF_ART", "EVENT"];
const TYPE_COLOURS = { PERSON: "#2563eb", ORG: "#9333ea", GPE: "#ea580c", LOC: "#0d9488", NORP: "#a16207", WORK_OF_ART: "#db2777", EVENT: "#65a30d" };
// In community colouring the type is drawn as the shape.
const TYPE_SHAPES = { PERSON: "ellipse", ORG: "round-rectangle", GPE: "diamond", LOC: "triangle", NORP: "hexagon", WORK_OF_ART: "star", EVENT: "vee" };
// Tableau 10 and two more: the twelve largest communities get a colour,
// the rest grey.
const COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf", "#8cd17d", "#d37295"];
const OTHER_COLOUR = "#c7c2bf";
const FORMATS = ["cytoscape", "gexf", "graphml", "dot", "nquads"];
const MAX_NODES = 2000;
const EVIDENCE_PAGE = 20;
const DOCS_PAGE = 10;
// Above these sizes labels are thinned out and edges drawn the cheap way.
const DENSE_NODES = 120, DENSE_EDGES = 150, FAST_EDGES = 600;

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
const state = {
  expanded: [], base: false, types: TYPES.slice(), predicate: "", cameo: "", source: "", text: "", reporting: false, community: "",
  from: "", to: "", minConf: 0, limit: 100, depth: 1, edges: 500, path: null, webgl: false, colourBy: "type", sizeBy: "degree",
};

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.expanded = (p.get("e") || "").split(",").filter(Boolean);
  state.base = p.get("base") === "1";
  state.types = p.get("types") !== null ? p.get("types").split(",").filter((t) => TYPES.includes(t)) : TYPES.slice();
  state.predicate = p.get("predicate") || "";
  state.cameo = p.get("cameo") || "";
  state.source = p.get("source") ? "s:" + p.get("source") : p.get("outlet") ? "o:" + p.get("outlet") : "";
  state.text = p.get("text") || "";
  state.reporting = p.get("reporting") === "1";
  state.community = p.get("community") || "";
  state.from = p.get("from") || "";
  state.to = p.get("to") || "";
  state.minConf = Number(p.get("minConf") || 0);
  state.limit = Math.min(MAX_NODES, Math.max(1, Number(p.get("limit") || 100)));
  state.depth = Math.min(3, Math.max(1, Math.trunc(Number(p.get("depth") || 1)) || 1));
  state.edges = Math.min(MAX_NODES, Math.max(1, Math.trunc(Number(p.get("edges") || 500)) || 500));
  state.webgl = p.get("gl") === "1";
  state.colourBy = p.get("colour") === "community" || (!p.get("colour") && state.community) ? "community" : "type";
  state.sizeBy = p.get("size") === "pagerank" ? "pagerank" : "degree";
  const path = p.get("path");
  state.path = path && path.includes(",") ? path.split(",", 2) : null;
}

function writeHash() {
  const p = new URLSearchParams();
  if (state.expanded.length) p.set("e", state.expanded.join(","));
  if (state.expanded.length && state.base) p.set("base", "1");
  if (state.types.length !== TYPES.length) p.set("types", state.types.join(","));
  if (state.predicate) p.set("predicate", state.predicate);
  if (state.cameo) p.set("cameo", state.cameo);
  if (state.source) p.set(state.source.startsWith("o:") ? "outlet" : "source", state.source.slice(2));
  if (state.text) p.set("text", state.text);
  if (state.reporting) p.set("reporting", "1");
  if (state.community) p.set("community", state.community);
  if (state.from) p.set("from", state.from);
  if (state.to) p.set("to", state.to);
  if (state.minConf > 0) p.set("minConf", String(state.minConf));
  if (state.limit !== 100) p.set("limit", String(state.limit));
  if (state.depth !== 1) p.set("depth", String(state.depth));
  if (state.edges !== 500) p.set("edges", String(state.edges));
  if (state.webgl) p.set("gl", "1");
  if (state.colourBy !== (state.community ? "community" : "type")) p.set("colour", state.colourBy);
  if (state.sizeBy !== "degree") p.set("size", state.sizeBy);
  if (state.path) p.set("path", state.path.join(","));
  history.replaceState(null, "", "#" + p.toString());
  updateExports();
}

// docFilter is the document part of the filter (what selects documents).
function docFilter() {
  const f = {};
  if (state.source.startsWith("o:")) f.outlets = [state.source.slice(2)];
  else if (state.source) f.sources = [state.source.slice(2)];
  if (state.text) f.text = state.text;
  if (state.from) f.publishedFrom = state.from;
  if (state.to) f.publishedTo = state.to;
  return f;
}

// filter is the RelationFilter of every query the view makes; reporting
// verbs ("told Reuters") are left out unless asked for.
function filter() {
  const f = docFilter();
  if (state.predicate) f.predicates = [state.predicate];
  if (state.cameo) f.cameo = [state.cameo];
  if (state.minConf > 0) f.minConfidence = state.minConf;
  if (!state.reporting) f.reporting = false;
  return f;
}

function filterParams() {
  const p = new URLSearchParams();
  if (state.predicate) p.append("predicate", state.predicate);
  if (state.cameo) p.append("cameo", state.cameo);
  if (state.source) p.append(state.source.startsWith("o:") ? "outlet" : "source", state.source.slice(2));
  if (state.text) p.set("text", state.text);
  if (state.from) p.set("publishedFrom", state.from);
  if (state.to) p.set("publishedTo", state.to);
  if (state.minConf > 0) p.set("minConfidence", String(state.minConf));
  if (!state.reporting) p.set("reporting", "false");
  return p;
}

// filterView reports whether a filter is set that can draw a view alone.
function filterView() {
  return Boolean(state.predicate || state.cameo || state.source || state.text || state.from || state.to);
}

function setStatus(msg) { $("status").textContent = msg; }
function nextFrame() { return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); }

// ---- drawing ----
function goldsteinColour(g) {
  if (g === null || g === undefined) return "#9ca3af";
  const t = Math.max(-10, Math.min(10, g)) / 10; // -1 .. 1
  const red = [220, 38, 38], yellow = [234, 179, 8], green = [22, 163, 74];
  const [a, b, u] = t < 0 ? [yellow, red, -t] : [yellow, green, t];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * u));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

const BASE_STYLE = [
    { selector: "node", style: {
      "background-color": "data(colour)", width: "data(size)", height: "data(size)", shape: "data(shape)",
      label: "data(label)", "font-size": 11, "min-zoomed-font-size": 7, "text-valign": "bottom", "text-margin-y": 2,
      "text-outline-color": "#fff", "text-outline-width": 2, "text-wrap": "ellipsis", "text-max-width": "140px", "z-index": 10,
    } },
    // Dense views label only the largest nodes (more as one zooms in).
    { selector: "node.nolabel", style: { label: "", "z-index": 5 } },
    { selector: "node.seed", style: { "border-width": 3, "border-color": "#111" } },
    { selector: "node.onpath", style: { "border-width": 4, "border-color": "#db2777" } },
    { selector: "node.onpath, node.hl, node:selected", style: { label: "data(label)", "z-index": 20, "font-weight": "bold" } },
    { selector: "edge", style: {
      "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
      width: "data(width)", "curve-style": "bezier", "control-point-step-size": 30, label: "data(predicate)", "font-size": 9,
      "min-zoomed-font-size": 8, "text-rotation": "autorotate", color: "#333", "text-background-color": "#fff",
      "text-background-opacity": 0.8, "text-background-padding": 1, opacity: 0.9,
    } },
    // Dense views: edge labels only around the selection; past FAST_EDGES
    // parallel edges share one straight haystack line, the cheapest to draw
    // (set after the layout: set before it, Cytoscape 3.34 sometimes left
    // them undrawn).
    { selector: "edge.quiet", style: { label: "" } },
    { selector: "edge.fast", style: { "curve-style": "haystack", "haystack-radius": 0, opacity: 0.7 } },
    { selector: "edge.quiet.hl, edge.quiet.onpath, edge.quiet:selected", style: { label: "data(predicate)" } },
    { selector: "edge.hl", style: { opacity: 1, "z-index": 15 } },
    { selector: "edge.onpath", style: { "line-style": "solid", "z-index": 10, "underlay-color": "#db2777", "underlay-opacity": 0.35, "underlay-padding": 4 } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ":selected", style: { "overlay-color": "#2563eb", "overlay-opacity": 0.2 } },
];
const cy = cytoscape({
  container: $("cy"),
  renderer: { name: "canvas", webgl: new URLSearchParams(location.hash.slice(1)).get("gl") === "1" },
  minZoom: 0.02,
  maxZoom: 5,
  style: BASE_STYLE,
});
window.newsgraphExplorer = { cy, state };

function degreeSize(d) { return Math.round(14 + 10 * Math.log2(1 + (d || 0))); }
function communityColour(c) { return c >= 0 && c < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[c] : OTHER_COLOUR; }

function nodeData(n) {
  return {
    group: "nodes",
    data: { id: n.id, label: n.label || n.name, type: n.type, degree: n.degree,
      colour: TYPE_COLOURS[n.type] || "#6b7280", shape: "ellipse", size: degreeSize(n.degree), rank: 0 },
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
      else {
        // Until the layout runs, a golden-angle spiral: no two nodes on one
        // spot (an edge between two would be undrawable, and Cytoscape warns).
        const i = cy.nodes().length;
        el.position = { x: 40 * Math.sqrt(i) * Math.cos(i * 2.39996), y: 40 * Math.sqrt(i) * Math.sin(i * 2.39996) };
      }
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

const CENTRALITY = `query($ids: [ID!]!, $filter: RelationFilter) { centrality(entities: $ids, filter: $filter) { entity { id } pagerank community } }`;

// measure fetches the PageRank and community (over the graph of the
// relations passing the filter) of the drawn nodes that lack them, when
// the drawing uses them; 1,000 nodes a request.
async function measure() {
  if (state.colourBy !== "community" && state.sizeBy !== "pagerank") return;
  const ids = cy.nodes().filter((n) => n.data("pagerank") === undefined).map((n) => n.id());
  const f = filter();
  for (let i = 0; i < ids.length; i += 1000) {
    const d = await gql(CENTRALITY, { ids: ids.slice(i, i + 1000), filter: f });
    cy.batch(() => {
      for (const c of d.centrality) {
        const n = cy.getElementById(c.entity.id);
        if (n.nonempty()) n.data({ pagerank: c.pagerank, community: c.community });
      }
    });
  }
}

// restyle sizes and colours the nodes as the drawing options say, and
// ranks them by size for the labels.
function restyle() {
  let maxPr = 0;
  cy.nodes().forEach((n) => { maxPr = Math.max(maxPr, n.data("pagerank") || 0); });
  const byCommunity = state.colourBy === "community";
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const c = n.data("community");
      n.data({
        colour: byCommunity && c !== undefined ? communityColour(c) : TYPE_COLOURS[n.data("type")] || "#6b7280",
        shape: byCommunity ? TYPE_SHAPES[n.data("type")] || "ellipse" : "ellipse",
        size: state.sizeBy === "pagerank" && maxPr > 0 ? Math.round(12 + 56 * Math.sqrt((n.data("pagerank") || 0) / maxPr)) : degreeSize(n.data("degree")),
      });
    });
    const order = cy.nodes().sort((a, b) => b.data("size") - a.data("size") || b.data("degree") - a.data("degree"));
    order.forEach((n, i) => { n.data("rank", i); });
  });
  updateLegend();
}

let fitZoom = 1;
// edgeMode is the edge classes last set; new edges need them set again.
let edgeMode = "";
cy.on("add", "edge", () => { edgeMode = ""; });
// updateLabels thins the labels of a dense view: the largest nodes on
// screen are labelled, at most 40 when the whole view fits and more as one
// zooms in (four times the area, four times the labels, up to 400), each
// only when its label would not overlap a larger node's; the selection, its
// neighbours and paths always are. Edge labels of a dense view show around
// the selection only.
function updateLabels() {
  const vis = cy.nodes(":visible");
  const edges = cy.edges(":visible").length;
  const dense = vis.length > DENSE_NODES;
  zoomStyle(dense);
  const show = new Set();
  if (dense) {
    const budget = Math.min(400, Math.round(40 * Math.pow(cy.zoom() / fitZoom, 2)));
    const w = cy.width(), h = cy.height();
    const fontPx = 11 * zoomScale * cy.zoom();
    const boxes = [];
    const ranked = vis.toArray().sort((a, b) => a.data("rank") - b.data("rank"));
    for (const n of ranked) {
      if (show.size >= budget) break;
      const p = n.renderedPosition();
      if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) continue;
      const r = n.renderedHeight() / 2;
      const half = Math.min(140 * zoomScale * cy.zoom(), 0.6 * fontPx * n.data("label").length) / 2;
      const box = [p.x - Math.max(half, r), p.y - r, p.x + Math.max(half, r), p.y + r + fontPx + 3];
      if (boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      boxes.push(box);
      show.add(n.id());
    }
  }
  const mode = `${edges > DENSE_EDGES} ${edges > FAST_EDGES}`;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const off = dense && !show.has(n.id());
      if (n.hasClass("nolabel") !== off) n.toggleClass("nolabel", off);
    });
    if (mode !== edgeMode) {
      cy.edges().toggleClass("quiet", edges > DENSE_EDGES);
      cy.edges().toggleClass("fast", edges > FAST_EDGES);
    }
  });
  edgeMode = mode;
}
const SCALES = [1, 1.5, 2, 3, 4, 6, 8, 12, 16];
let zoomScale = 1;
// zoomStyle keeps the labels and edges of a dense view zoomed out readable:
// their sizes grow as the zoom shrinks (in steps, each a restyle), so that
// a label stays 11 to 16 pixels high and an edge at least one pixel wide.
// Labelled nodes are drawn over the others.
function zoomStyle(dense) {
  const want = dense ? 1 / cy.zoom() : 1;
  const s = want <= 1 ? 1 : SCALES.find((x) => x >= want) || SCALES[SCALES.length - 1];
  if (s === zoomScale) return;
  zoomScale = s;
  cy.style(s === 1 ? BASE_STYLE : BASE_STYLE.concat([
    { selector: "node", style: { "font-size": 11 * s, "text-outline-width": 2 * s, "text-max-width": `${140 * s}px`, "text-margin-y": 2 * s } },
    { selector: "edge", style: { width: `mapData(weight, 1, 20, ${s}, ${8 * s})`, "font-size": 9 * s } },
  ]));
}
// Labels follow the viewport a moment after it stops moving.
let labelTimer = 0;
cy.on("viewport", () => { clearTimeout(labelTimer); labelTimer = setTimeout(updateLabels, 80); });

// highlightAround marks a node's neighbours and edges (labelled in dense views).
function highlightAround(el) {
  cy.batch(() => {
    cy.elements(".hl").removeClass("hl");
    if (el && el.nonempty()) (el.isNode() ? el.closedNeighborhood() : el.connectedNodes()).addClass("hl");
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
// forces), which handles a couple of thousand nodes in seconds; above 1,000
// nodes with fewer iterations. After an expansion (incremental) the nodes
// already drawn keep their places. The status says a long layout is running
// (it blocks the page while it runs).
async function layout({ incremental = false } = {}) {
  if (layoutRun) layoutRun.stop();
  const n = cy.nodes(":visible").length;
  if (n > 300) {
    const before = $("status").textContent;
    setStatus(`Laying out ${n} entities…`);
    await nextFrame();
    setStatus(before);
  }
  const t0 = performance.now();
  layoutRun = cy.elements(":visible").layout({
    name: "fcose", animate: false, fit: false, randomize: !incremental, quality: "default",
    nodeDimensionsIncludeLabels: n <= 300, nodeSeparation: 60, packComponents: true,
    // Edges between big nodes (sized by PageRank) get longer, so that the ends do not overlap.
    idealEdgeLength: (e) => (n > 300 ? 60 : 110) + (e.source().data("size") + e.target().data("size")) / 2,
    nodeRepulsion: () => (n > 300 ? 6000 : 12000),
    numIter: n > 1000 ? 700 : n > 300 ? 1000 : 2500, gravity: n > 1000 ? 0.4 : 0.25,
  });
  // fCoSE draws random numbers; seeding them from the drawn ids makes the
  // same view come out the same every time (a shared link shows the same picture).
  const random = Math.random;
  Math.random = seededRandom(cy.nodes(":visible").map((node) => node.id()).sort().join(","));
  try { layoutRun.run(); } finally { Math.random = random; }
  cy.fit(cy.elements(":visible"), 30);
  fitZoom = cy.zoom();
  updateLabels();
  window.newsgraphExplorer.layoutMs = Math.round(performance.now() - t0);
}

// ---- views ----
const SUBGRAPH_FIELDS = `nodes { id label type degree } edges { id source target predicate weight goldstein } truncated`;
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int, $filter: RelationFilter) {
  neighborhood(entity: $id, depth: $depth, limit: $limit, filter: $filter) { ${SUBGRAPH_FIELDS} }
}`;
const GRAPH = `query($filter: RelationFilter, $max: Int) { graph(filter: $filter, maxEdges: $max) { ${SUBGRAPH_FIELDS} } }`;
const SUBGRAPH = `query($ids: [ID!]!, $filter: RelationFilter) { subgraph(entities: $ids, filter: $filter) { ${SUBGRAPH_FIELDS} } }`;
const COMMUNITY_MEMBERS = `query($filter: RelationFilter, $first: Int) {
  communities(filter: $filter, minSize: 1, first: $first, members: ${MAX_NODES}) { communities { id size entities { id } } }
}`;

let truncatedNotes = new Set();
let viewNote = "";
function showTruncation() {
  const capped = cy.nodes().length >= MAX_NODES;
  const parts = [];
  if (truncatedNotes.size) parts.push(`cut at ${state.limit} neighbours for ${[...truncatedNotes].join(", ")}`);
  if (viewNote) parts.push(viewNote);
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
  // Expanding in a filter or community view keeps that view under the
  // neighbourhoods (state.base).
  if (!state.expanded.length && (state.community || filterView())) state.base = true;
  addSubgraph(sg, near);
  cy.getElementById(id).addClass("seed");
  if (!state.expanded.includes(id)) { state.expanded.push(id); writeHash(); }
  await measure();
  restyle();
  applyTypeFilter();
  await layout({ incremental: near !== null });
  showTruncation();
  if (panel && panel.kind === "entity" && panel.id === id) markExpanded(id);
}

// drawFilterView draws every relation passing the filters, the best
// supported first, at most state.edges of them.
async function drawFilterView() {
  const d = await gql(GRAPH, { filter: filter(), max: state.edges });
  addSubgraph(d.graph);
  if (d.graph.truncated) viewNote = `the ${state.edges} best-supported relations passing the filters`;
  return d.graph.nodes.length;
}

// drawCommunity draws one community (or, for "all", the filter view
// coloured by community) with the relations among its members.
async function drawCommunity() {
  if (state.community === "all") return drawFilterView();
  const k = Number(state.community);
  const d = await gql(COMMUNITY_MEMBERS, { filter: filter(), first: k + 1 });
  const c = d.communities.communities.find((x) => x.id === k);
  if (!c) return 0;
  const ids = c.entities.map((e) => e.id);
  if (c.size > ids.length) viewNote = `community #${k} has ${c.size} members, ${ids.length} drawn`;
  const s = await gql(SUBGRAPH, { ids, filter: filter() });
  addSubgraph(s.subgraph);
  return s.subgraph.nodes.length;
}

let redrawSeq = 0;
// redraw rebuilds the view from the state: every expanded entity's
// neighbourhood (fetched in parallel), or the community, or the filter
// view; then the path, centralities, one layout; then the panels still
// matching the view are refreshed and the others closed.
async function redraw() {
  const my = ++redrawSeq;
  const stale = () => my !== redrawSeq;
  cy.elements().remove();
  truncatedNotes = new Set();
  viewNote = "";
  if (!state.path) $("paths").replaceChildren();
  setStatus("Loading…");
  let error = "";
  const base = (state.community || filterView()) && (!state.expanded.length || state.base);
  if (base) {
    if (state.community) await drawCommunity(); else await drawFilterView();
    if (stale()) return;
  }
  if (state.expanded.length) {
    const results = await Promise.allSettled(state.expanded.map(fetchNeighborhood));
    if (stale()) return;
    results.forEach((r, i) => {
      if (r.status === "rejected") { error = r.reason.message; return; }
      addSubgraph(r.value);
      cy.getElementById(state.expanded[i]).addClass("seed");
    });
  }
  if (state.path) await findPaths(state.path[0], state.path[1], { relayout: false });
  if (stale()) return;
  await measure();
  if (stale()) return;
  restyle();
  applyTypeFilter();
  if (cy.nodes().length) await layout();
  if (stale()) return;
  if (error) setStatus(error);
  else if (!state.expanded.length && !state.path && !base) setStatus("Search an entity, or choose a filter or a community, to start");
  else if (!cy.nodes().length) setStatus("No relation passes these filters");
  else showTruncation();
  await refreshPanel();
  updateExports();
  document.body.dataset.ready = String(Date.now());
}

function draw() { redraw().catch((err) => setStatus(err.message)); }

// startFrom begins a new view at one entity (a search, a ranking): the
// path and the community are left behind.
function startFrom(id) {
  state.expanded = [id];
  state.base = false;
  state.path = null;
  state.community = "";
  syncControls();
  writeHash();
  draw();
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

suggest($("search"), (n) => { startFrom(n.id); });
suggest($("pathFrom"), () => {});
suggest($("pathTo"), () => {});

// ---- side panels: an entity's details, a relation's evidence ----
// panel is what the open side panel shows ({kind: "entity"|"evidence", id,
// from}), or null; a redraw refreshes it under the new filters when its
// element is still drawn and closes it otherwise.
let panel = null;
let panelSeq = 0;

function showSide(kind) {
  const wasHidden = $("entity").hidden && $("evidence").hidden;
  $("entity").hidden = kind !== "entity";
  $("evidence").hidden = kind !== "evidence";
  if (wasHidden !== !kind) cy.resize();
}

function closePanel() {
  panel = null;
  panelSeq++;
  const open = !$("entity").hidden || !$("evidence").hidden;
  $("entity").hidden = true;
  $("evidence").hidden = true;
  if (open) cy.resize();
  cy.$(":selected").unselect();
  highlightAround(null);
}
$("closeEntity").addEventListener("click", closePanel);
$("closeEvidence").addEventListener("click", closePanel);

async function refreshPanel() {
  if (!panel) return;
  if (cy.getElementById(panel.id).empty()) { closePanel(); return; }
  if (panel.kind === "entity") await openEntity(panel.id);
  else await openEvidence(panel.id, { from: panel.from });
}

function selectElement(id) {
  cy.$(":selected").unselect();
  const el = cy.getElementById(id);
  el.select();
  highlightAround(el);
}

function docLink(doc, hl) {
  const a = document.createElement("a");
  a.href = `/explore?doc=${encodeURIComponent(doc.id)}&hl=${encodeURIComponent(hl.join(","))}`;
  a.target = "_blank";
  a.className = "doclink";
  a.textContent = doc.title || doc.id;
  return a;
}

function docMeta(doc) {
  return `${outlet(doc.source) || "unknown outlet"} · ${doc.published ? doc.published.slice(0, 10) : "undated"}`;
}

const ENTITY = `query($id: ID!, $filter: RelationFilter) {
  entity(id: $id) {
    id name type aliases mentionCount documentCount degree
    relations(filter: $filter, orderBy: DOCUMENTS, first: 10) {
      totalCount edges { node { id predicate documentCount goldstein subject { id name } object { id name } } }
    }
  }
  centrality(entities: [$id], filter: $filter, betweenness: true) { pagerank betweenness community }
}`;
const ENTITY_DOCS = `query($id: ID!, $filter: RelationFilter, $after: String) {
  entity(id: $id) {
    documents(filter: $filter, first: ${DOCS_PAGE}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id title source published } }
    }
  }
}`;

function markExpanded(id) {
  const done = state.expanded.includes(id);
  $("expandEntity").disabled = done;
  $("expandEntity").textContent = done ? "Expanded" : "Expand (or double-click the node)";
}

// openEntity shows an entity's details without changing the view: names,
// type, counts, centrality and community in the filtered graph, its best
// supported relations (each opens its evidence) and its documents, paged.
async function openEntity(id) {
  const my = ++panelSeq;
  const f = filter();
  const d = await gql(ENTITY, { id, filter: f });
  if (my !== panelSeq) return;
  const e = d.entity;
  panel = { kind: "entity", id };
  if (cy.getElementById(id).nonempty()) selectElement(id);
  showSide("entity");
  if (!e) { $("entityName").textContent = "No such entity"; return; }
  $("entityName").textContent = e.name;
  $("entityMeta").textContent = `${e.type} · ${e.id} · ${e.mentionCount} mention(s) in ${e.documentCount} document(s) · degree ${e.degree}`;
  $("entityAliases").textContent = e.aliases.length ? "Also: " + e.aliases.join(", ") : "No other names";
  const c = d.centrality[0];
  const scores = $("entityScores");
  scores.replaceChildren(`PageRank ${c.pagerank.toPrecision(3)} · betweenness ${c.betweenness.toPrecision(3)} · `);
  if (c.community >= 0) {
    const a = document.createElement("a");
    a.href = "#";
    a.id = "entityCommunity";
    const info = communityInfo.get(c.community);
    a.textContent = `community #${c.community}` + (info ? ` (${info.size}: ${info.names.join(", ")})` : "");
    a.style.color = communityColour(c.community);
    a.addEventListener("click", (ev) => { ev.preventDefault(); showCommunity(String(c.community)); });
    scores.append(a);
  } else scores.append("no community (no relation passes the filters)");
  markExpanded(id);
  const rels = e.relations;
  $("entityRelations").previousElementSibling.textContent = `Top relations (${rels.edges.length} of ${rels.totalCount}, by documents)`;
  $("entityRelations").replaceChildren(...rels.edges.map(({ node: r }) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.dataset.id = r.id;
    a.textContent = `${r.subject.name} -${r.predicate}-> ${r.object.name}`;
    a.addEventListener("click", () => { openEvidence(r.id, { from: id }).catch((err) => setStatus(err.message)); });
    li.append(a, ` · ${r.documentCount} doc(s)`);
    return li;
  }));
  $("entityDocs").replaceChildren();
  await moreDocs(id, null, my);
}

async function moreDocs(id, after, my = panelSeq) {
  const d = await gql(ENTITY_DOCS, { id, filter: docFilter(), after });
  if (my !== panelSeq || !d.entity) return;
  const docs = d.entity.documents;
  for (const { node: doc } of docs.edges) {
    const li = document.createElement("li");
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = docMeta(doc);
    li.append(docLink(doc, [id]), meta);
    $("entityDocs").append(li);
  }
  $("entityDocsTitle").textContent = `Documents (${$("entityDocs").children.length} of ${docs.totalCount})`;
  const more = $("moreDocs");
  more.hidden = !docs.pageInfo.hasNextPage;
  more.onclick = () => { moreDocs(id, docs.pageInfo.endCursor).catch((err) => setStatus(err.message)); };
}

$("expandEntity").addEventListener("click", () => { if (panel && panel.kind === "entity") expand(panel.id).catch((err) => setStatus(err.message)); });

// ---- evidence ----
const RELATION = `query($id: ID!, $filter: RelationFilter, $after: String) {
  relation(id: $id, filter: $filter) {
    id predicate goldstein documentCount evidenceCount event { code label }
    subject { id name aliases } object { id name aliases }
    evidence(first: ${EVIDENCE_PAGE}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { sentence confidence modality negated document { id title source published } } }
    }
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

// openEvidence shows the sentences supporting a relation, a page at a time
// ("More sentences" fetches the next); from is the entity whose panel it
// was opened from (a link goes back to it).
async function openEvidence(edgeId, { from = null } = {}) {
  const my = ++panelSeq;
  const d = await gql(RELATION, { id: edgeId, filter: filter(), after: null });
  if (my !== panelSeq) return;
  const r = d.relation;
  panel = { kind: "evidence", id: edgeId, from };
  showSide("evidence");
  const back = $("backToEntity");
  back.hidden = !from;
  if (from) {
    back.textContent = `← ${cy.getElementById(from).data("label") || from}`;
    back.onclick = (ev) => { ev.preventDefault(); openEntity(from).catch((err) => setStatus(err.message)); };
  }
  $("evidenceList").replaceChildren();
  $("moreEvidence").hidden = true;
  if (cy.getElementById(edgeId).nonempty()) selectElement(edgeId);
  else { cy.$(":selected").unselect(); highlightAround(null); }
  if (!r) { $("evidenceTitle").textContent = "No evidence passes the filters"; return; }
  $("evidenceTitle").textContent = `${r.subject.name} -${r.predicate}-> ${r.object.name}` +
    (r.event ? ` (CAMEO ${r.event.code} ${r.event.label}, Goldstein ${r.goldstein})` : "") +
    ` · ${r.documentCount} document(s), ${r.evidence.totalCount} sentence(s)`;
  appendEvidence(r, r.evidence, my);
}

function appendEvidence(r, page, my) {
  $("evidenceList").append(...page.edges.map(({ node: ev }) => {
    const li = document.createElement("li");
    const q = document.createElement("q");
    q.className = "sentence";
    highlight(q, ev.sentence, r.subject, r.object);
    li.append(q);
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.append(docLink(ev.document, [r.subject.id, r.object.id]), ` · ${docMeta(ev.document)} · confidence ${ev.confidence.toFixed(2)}` +
      (ev.modality ? ` · ${ev.modality}` : "") + (ev.negated ? " · negated" : ""));
    li.append(meta);
    return li;
  }));
  const more = $("moreEvidence");
  const shown = $("evidenceList").children.length;
  more.hidden = !page.pageInfo.hasNextPage;
  more.textContent = `More sentences (${shown} of ${page.totalCount} shown)`;
  more.onclick = async () => {
    try {
      const d = await gql(RELATION, { id: r.id, filter: filter(), after: page.pageInfo.endCursor });
      if (my === panelSeq && d.relation) appendEvidence(r, d.relation.evidence, my);
    } catch (err) { setStatus(err.message); }
  };
}

cy.on("tap", "node", (ev) => { openEntity(ev.target.id()).catch((err) => setStatus(err.message)); });
cy.on("dbltap", "node", (ev) => { expand(ev.target.id()).catch((err) => setStatus(err.message)); });
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
  if (relayout) {
    await measure();
    restyle();
    applyTypeFilter();
    await layout();
  }
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

// ---- rankings under the filters: most central entities, communities ----
const TOP = `query($filter: RelationFilter) { topEntities(by: PAGERANK, first: 10, filter: $filter) { value entity { id name type } } }`;
const COMMUNITIES = `query($filter: RelationFilter) {
  communities(filter: $filter, minSize: 3, first: 20, members: 3) { entityCount communityCount modularity communities { id size entities { name } } }
}`;
// communityInfo maps a community of the current filters to its size and
// best-ranked members' names.
let communityInfo = new Map();
let rankSeq = 0;

async function refreshRankings() {
  const my = ++rankSeq;
  const f = filter();
  const [top, cs] = await Promise.all([gql(TOP, { filter: f }), gql(COMMUNITIES, { filter: f })]);
  if (my !== rankSeq) return;
  $("top").replaceChildren(...top.topEntities.map(({ entity: e }) => {
    const li = document.createElement("li");
    li.dataset.id = e.id;
    li.textContent = e.name;
    const small = document.createElement("small");
    small.textContent = ` ${e.type}`;
    li.append(small);
    li.addEventListener("click", () => startFrom(e.id));
    return li;
  }));
  communityInfo = new Map(cs.communities.communities.map((c) => [c.id, { size: c.size, names: c.entities.map((e) => e.name) }]));
  const sel = $("community");
  sel.replaceChildren(new Option("none", ""), new Option(`all (${cs.communities.communityCount} communities, modularity ${cs.communities.modularity.toFixed(2)})`, "all"),
    ...cs.communities.communities.map((c) => new Option(`#${c.id} (${c.size}): ${c.entities.map((e) => e.name).join(", ")}`, String(c.id))));
  if (state.community && ![...sel.options].some((o) => o.value === state.community)) sel.append(new Option(`#${state.community}`, state.community));
  sel.value = state.community;
  updateLegend();
}

// showCommunity draws one community (or "all") coloured by community.
function showCommunity(value) {
  state.community = value;
  state.expanded = [];
  state.base = false;
  state.path = null;
  if (value) state.colourBy = "community";
  syncControls();
  writeHash();
  draw();
}

// updateLegend lists the communities drawn, largest first, in their colours.
function updateLegend() {
  $("legendNodes").textContent = `Node size: ${state.sizeBy === "pagerank" ? "PageRank (under the filters)" : "degree"}; colour: ${state.colourBy === "community" ? "Louvain community (under the filters), shape: type (● person, ■ organisation, ◆ place, ▲ location, ⬢ group)" : "type"}.`;
  const list = $("communityLegend");
  if (state.colourBy !== "community") { list.replaceChildren(); return; }
  const counts = new Map();
  cy.nodes().forEach((n) => { const c = n.data("community"); if (c !== undefined && c >= 0) counts.set(c, (counts.get(c) || 0) + 1); });
  const rows = [...counts].sort((a, b) => a[0] - b[0]).slice(0, COMMUNITY_COLOURS.length);
  list.replaceChildren(...rows.map(([c, n]) => {
    const li = document.createElement("li");
    const dot = document.createElement("span");
    dot.style.background = communityColour(c);
    const info = communityInfo.get(c);
    li.append(dot, `#${c}: ${n} drawn` + (info ? ` of ${info.size} · ${info.names.join(", ")}` : ""));
    li.addEventListener("click", () => showCommunity(String(c)));
    return li;
  }));
}

// ---- filters ----
const STATS = `{ stats { relationsByPredicate { key count } relationsByFamily { key label count } } }`;
const DOCS = `query($after: String) { documents(first: 500, after: $after) { edges { node { published source outlet } } pageInfo { hasNextPage endCursor } } }`;

// scanDocuments pages through the documents and returns their distinct
// publication days, oldest first, and their sources: the folder of a file
// ("business" for bbc/business/001.txt) or the outlet of a URL, with counts.
async function scanDocuments() {
  const days = new Set();
  const sources = new Map();
  let after = null;
  for (let page = 0; page < 40; page++) {
    const d = await gql(DOCS, { after });
    for (const { node: doc } of d.documents.edges) {
      if (doc.published) days.add(doc.published.slice(0, 10));
      let key = "";
      if (doc.outlet) key = "o:" + doc.outlet;
      else if (doc.source) {
        const parts = doc.source.replaceAll("\\", "/").split("/");
        if (parts.length > 1) key = "s:" + parts[parts.length - 2];
      }
      if (key) sources.set(key, (sources.get(key) || 0) + 1);
    }
    if (!d.documents.pageInfo.hasNextPage) break;
    after = d.documents.pageInfo.endCursor;
  }
  return { days: [...days].sort(), sources: [...sources].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) };
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
      writeHash(); applyTypeFilter(); updateLabels();
    });
    const dot = document.createElement("span");
    dot.textContent = "● "; dot.style.color = TYPE_COLOURS[t];
    label.append(cb, dot, t);
    $("types").append(label);
  }
  const d = await gql(STATS);
  for (const { key, count } of d.stats.relationsByPredicate) $("predicate").append(new Option(`${key} (${count})`, key));
  for (const { key, label, count } of d.stats.relationsByFamily) $("cameo").append(new Option(`${key} ${label || ""} (${count})`.replace("  ", " "), key));
  // The slider runs over the days with a dated document.
  const scan = await scanDocuments();
  dates = scan.days;
  for (const [key, count] of scan.sources) $("source").append(new Option(`${key.startsWith("o:") ? "outlet " : ""}${key.slice(2)} (${count})`, key));
  const max = Math.max(0, dates.length - 1);
  for (const id of ["dateFrom", "dateTo"]) { $(id).max = String(max); $(id).disabled = dates.length < 2; }
  syncControls();
}

// syncControls shows the state in the filter controls.
function syncControls() {
  // A value from a link that the menus lack (e.g. a CAMEO code, not a family) still shows.
  for (const [id, v] of [["predicate", state.predicate], ["cameo", state.cameo], ["source", state.source]]) {
    if (v && ![...$(id).options].some((o) => o.value === v)) $(id).append(new Option(v.replace(/^[so]:/, ""), v));
    $(id).value = v;
  }
  if (state.community && ![...$("community").options].some((o) => o.value === state.community)) $("community").append(new Option(`#${state.community}`, state.community));
  $("community").value = state.community;
  $("text").value = state.text;
  $("reporting").checked = state.reporting;
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
  $("edges").value = String(state.edges);
  $("colourBy").value = state.colourBy;
  $("sizeBy").value = state.sizeBy;
  $("webgl").checked = state.webgl;
}

// onFilterChange redraws the view under the new filters and ranks again.
function onFilterChange() {
  writeHash();
  refreshRankings().catch((err) => setStatus(err.message));
  draw();
}

$("predicate").addEventListener("change", () => { state.predicate = $("predicate").value; onFilterChange(); });
$("cameo").addEventListener("change", () => { state.cameo = $("cameo").value; onFilterChange(); });
$("source").addEventListener("change", () => { state.source = $("source").value; onFilterChange(); });
$("text").addEventListener("change", () => { state.text = $("text").value.trim(); onFilterChange(); });
$("reporting").addEventListener("change", () => { state.reporting = $("reporting").checked; onFilterChange(); });
$("community").addEventListener("change", () => { showCommunity($("community").value); });
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
$("limit").addEventListener("change", () => { state.limit = Math.min(MAX_NODES, Math.max(1, Number($("limit").value) || 100)); writeHash(); draw(); });
$("depth").addEventListener("change", () => { state.depth = Number($("depth").value); writeHash(); draw(); });
$("edges").addEventListener("change", () => { state.edges = Math.min(MAX_NODES, Math.max(1, Math.trunc(Number($("edges").value)) || 500)); writeHash(); draw(); });
async function onDrawing(relayout) {
  writeHash();
  await measure();
  restyle();
  if (relayout && cy.nodes().length) await layout();
  else updateLabels();
}
$("colourBy").addEventListener("change", () => { state.colourBy = $("colourBy").value; onDrawing(false).catch((err) => setStatus(err.message)); });
$("sizeBy").addEventListener("change", () => { state.sizeBy = $("sizeBy").value; onDrawing(true).catch((err) => setStatus(err.message)); });
$("webgl").addEventListener("change", () => { state.webgl = $("webgl").checked; writeHash(); location.reload(); });
// Clear starts over: no entity, path, community or filter (types and the
// drawing options stay).
$("clear").addEventListener("click", () => {
  Object.assign(state, { expanded: [], base: false, path: null, community: "", predicate: "", cameo: "", source: "", text: "", from: "", to: "", minConf: 0 });
  $("search").value = ""; $("pathFrom").value = ""; $("pathTo").value = "";
  closePanel();
  syncControls();
  onFilterChange();
});

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
  try {
    await initFilters();
    await refreshRankings();
  } catch (err) { setStatus(err.message); }
  if (q.get("doc")) await openDocument(q.get("doc"), (q.get("hl") || "").split(","));
  await redraw();
}
window.addEventListener("hashchange", () => { readHash(); syncControls(); onFilterChange(); });
start().catch((err) => setStatus(err.message));
