// The Gizmo editor served at /gizmo: write a read-only Gizmo query, run it
// with POST /gizmo (the API, unchanged), and see the results as a table and
// as a graph. It talks only to /gizmo: entity names and document titles are
// looked up with a second Gizmo query. An API key, when the server needs one,
// is kept in sessionStorage (this tab only) and sent as a Bearer token.
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { defaultKeymap, history as undoHistory, historyKeymap, indentWithTab } from "@codemirror/commands";
import { StreamLanguage, bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { javascript } from "@codemirror/legacy-modes/mode/javascript";
import { autocompletion, completionKeymap } from "@codemirror/autocomplete";
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

const $ = (id) => document.getElementById(id);
const KEY_STORE = "newsgraph.gizmo.key"; // sessionStorage
const QUERY_STORE = "newsgraph.gizmo.query"; // localStorage
const PAGE = 100; // table rows per page
const MAX_GRAPH_NODES = 1500;
const NAME_BATCH = 200; // IRIs per name look-up query
const TYPE_COLOURS = { PERSON: "#2563eb", ORG: "#9333ea", GPE: "#ea580c", LOC: "#0d9488", NORP: "#a16207", WORK_OF_ART: "#db2777", EVENT: "#65a30d" };

// The examples a user can pick: the vocabulary of docs/data-model.md.
const EXAMPLES = [
  {
    title: "The entities China sanctions, with their names",
    query: `// Out follows a relation predicate; Unique keeps one result per entity
// (every document that states the fact adds its own quad).
g.V("<ng:e/gpe/china>").Out("<ng:r/sanction>").Unique()
  .Tag("entity").Out("<ng:name>").Unique().Tag("name").All()`,
  },
  {
    title: "Who criticized whom",
    query: `// One row per document stating it: subject -criticize-> object.
g.V().Tag("subject").Out("<ng:r/criticize>", "predicate").Tag("object").All()`,
  },
  {
    title: "Xi Jinping's relations, both directions",
    query: `var xi = "<ng:e/person/xi-jinping>";
// Relation predicates start with <ng:r/; attributes (name, type, mention) do not.
function relations(preds) {
  return preds.filter(function (p) { return p.indexOf("<ng:r/") === 0; });
}
g.V(xi).Tag("subject").Out(relations(g.V(xi).OutPredicates().ToArray()), "predicate").Tag("object").All();
g.V(xi).Tag("object").In(relations(g.V(xi).InPredicates().ToArray()), "predicate").Tag("subject").All();`,
  },
  {
    title: "Every relation, one row per sentence stating it (up to the limit)",
    query: `// Evidence nodes name the subject, predicate and object of each sentence;
// negated ones ("did not sanction") are left out.
g.V().Has("<ng:kind>", "evidence").Has("<ng:negated>", false)
  .Save("<ng:subject>", "subject").Save("<ng:predicate>", "predicate")
  .Save("<ng:object>", "object").All()`,
  },
  {
    title: "Evidence of sanctions: sentence, confidence",
    query: `g.V().Has("<ng:kind>", "evidence").Has("<ng:predicate>", "<ng:r/sanction>")
  .Save("<ng:subject>", "subject").Save("<ng:object>", "object")
  .Save("<ng:sentence>", "sentence").Save("<ng:confidence>", "confidence").All()`,
  },
  {
    title: "Documents and their titles",
    query: `g.V().Has("<ng:kind>", "document").Tag("document").Out("<ng:title>").Tag("title").All()`,
  },
  {
    title: "People, once each",
    query: `g.V().Has("<ng:type>", "PERSON").Unique().All()`,
  },
];

// ---- completion: Gizmo's steps after a dot, the store's IRIs after "<ng:" ----
const STEPS = [
  ["V", "g.V(iri, ...): start from these nodes, or all"], ["M", "g.M(): a morphism, a path to reuse with Follow"], ["Emit", "g.Emit(value): add a result"],
  ["Out", "Out(predicate, tag): follow edges out"], ["In", "In(predicate, tag): follow edges in"], ["Both", "Both(predicate, tag): either way"],
  ["Has", "Has(predicate, object): keep nodes with this edge"], ["HasR", "HasR(predicate, subject): keep nodes with this edge in"],
  ["Tag", "Tag(name): name the current node in the results"], ["As", "As(name): same as Tag"], ["Back", "Back(tag): return to a tagged node"],
  ["Save", "Save(predicate, tag): tag a neighbour without moving"], ["SaveR", "SaveR(predicate, tag): tag an in-neighbour"],
  ["SaveOpt", "SaveOpt(predicate, tag): Save if present"], ["Unique", "Unique(): each node once"], ["Limit", "Limit(n): at most n"],
  ["Skip", "Skip(n): leave out the first n"], ["Count", "Count(): how many"], ["All", "All(): emit every result"],
  ["GetLimit", "GetLimit(n): emit at most n results"], ["ToArray", "ToArray(): the nodes as an array"], ["ToValue", "ToValue(): the first node"],
  ["TagArray", "TagArray(): the tagged results as an array"], ["TagValue", "TagValue(): the first tagged result"], ["ForEach", "ForEach(callback): each tagged result"],
  ["Follow", "Follow(morphism): apply a path made with g.M()"], ["FollowR", "FollowR(morphism): apply it in reverse"],
  ["FollowRecursive", "FollowRecursive(predicate): follow it again and again"], ["Is", "Is(node): keep only these nodes"],
  ["Intersect", "Intersect(path): nodes in both"], ["And", "And(path): same as Intersect"], ["Union", "Union(path): nodes in either"],
  ["Or", "Or(path): same as Union"], ["Except", "Except(path): nodes not in path"], ["Difference", "Difference(path): same as Except"],
  ["Filter", "Filter(regex(...) | lt(...) | gt(...)): keep matching values"], ["InPredicates", "InPredicates(): the predicates coming in"],
  ["OutPredicates", "OutPredicates(): the predicates going out"], ["LabelContext", "LabelContext(label): only quads with this label"],
].map(([label, detail]) => ({ label, detail, type: "method" }));
const ATTRIBUTES = ["name", "type", "alias", "mention", "kind", "title", "source", "published", "text", "mentions", "complete",
  "subject", "predicate", "object", "document", "sentence", "start", "end", "confidence", "negated", "modality", "attribution",
  "event", "eventLabel", "goldstein", "extractor", "sameAs", "notSameAs"].map((a) => ({ label: `<ng:${a}>`, type: "property" }));
let relationIRIs = null; // the store's relation predicates, asked once

async function storeIRIs() {
  if (relationIRIs) return relationIRIs;
  try {
    const body = await gizmo(`g.V().Has("<ng:kind>", "evidence").Out("<ng:predicate>").Unique().All()`);
    relationIRIs = body.result.map((r) => r && r.id).filter((v) => typeof v === "string")
      .sort().map((iri) => ({ label: iri, detail: "relation", type: "constant" }));
  } catch {
    return []; // try again on the next completion
  }
  return relationIRIs;
}

async function gizmoCompletions(context) {
  const iri = context.matchBefore(/<ng:[^>"'\s]*/);
  if (iri) {
    return { from: iri.from, options: [...ATTRIBUTES, ...(await storeIRIs())], validFor: /^<ng:[^>"'\s]*$/ };
  }
  const step = context.matchBefore(/\.\w*/);
  if (step && (step.to > step.from + 1 || context.explicit)) {
    return { from: step.from + 1, options: STEPS, validFor: /^\w*$/ };
  }
  return null;
}

// ---- the editor (CodeMirror 6) ----
const setErrorLine = StateEffect.define();
const errorLine = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    if (tr.docChanged) return Decoration.none;
    for (const e of tr.effects) {
      if (e.is(setErrorLine)) {
        if (e.value === null) return Decoration.none;
        const line = tr.state.doc.line(Math.min(Math.max(1, e.value), tr.state.doc.lines));
        return Decoration.set([Decoration.line({ class: "cm-errorLine" }).range(line.from)]);
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const view = new EditorView({
  parent: $("editor"),
  state: EditorState.create({
    doc: initialQuery(),
    extensions: [
      lineNumbers(), highlightActiveLineGutter(), undoHistory(), drawSelection(), highlightActiveLine(),
      bracketMatching(), indentOnInput(), syntaxHighlighting(defaultHighlightStyle),
      StreamLanguage.define(javascript), errorLine, EditorView.lineWrapping,
      autocompletion({ override: [gizmoCompletions] }),
      keymap.of([{ key: "Mod-Enter", run: () => { run(); return true; } }, ...completionKeymap, indentWithTab, ...defaultKeymap, ...historyKeymap]),
      EditorView.contentAttributes.of({ "aria-label": "Gizmo query" }),
      EditorView.updateListener.of((u) => { if (u.docChanged) syncExample(); }),
    ],
  }),
});

function initialQuery() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get("q");
  if (fromHash) return fromHash;
  try {
    const saved = localStorage.getItem(QUERY_STORE);
    if (saved) return saved;
  } catch { /* storage may be disabled */ }
  return EXAMPLES[0].query;
}

function setQuery(text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

for (const [i, ex] of EXAMPLES.entries()) {
  const o = document.createElement("option");
  o.value = String(i);
  o.textContent = ex.title;
  $("examples").append(o);
}
// syncExample shows in the menu the example the editor holds, if any.
function syncExample() {
  const i = EXAMPLES.findIndex((ex) => ex.query === view.state.doc.toString());
  $("examples").value = i >= 0 ? String(i) : "";
}
syncExample();
$("examples").addEventListener("change", () => {
  const ex = EXAMPLES[Number($("examples").value)];
  if (!ex || $("examples").value === "") return;
  setQuery(ex.query);
  view.focus();
});

// ---- the API key, this tab only ----
function readKey() {
  try { return sessionStorage.getItem(KEY_STORE) || ""; } catch { return ""; }
}
$("key").value = readKey();
$("key").addEventListener("change", () => {
  const k = $("key").value.trim();
  try {
    if (k) sessionStorage.setItem(KEY_STORE, k);
    else sessionStorage.removeItem(KEY_STORE);
  } catch { /* storage may be disabled: the field still holds it */ }
  $("key").closest("label").classList.remove("wanted");
});
function currentKey() { return $("key").value.trim(); }

// ---- running a query ----
class GizmoError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function gizmo(query, signal) {
  const headers = { "Content-Type": "application/x-gizmo" };
  const key = currentKey();
  if (key) headers.Authorization = "Bearer " + key;
  let res;
  try {
    res = await fetch("/gizmo", { method: "POST", headers, body: query, credentials: "omit", cache: "no-store", signal });
  } catch (err) {
    if (signal && signal.aborted) throw new GizmoError(0, "CANCELLED", "query cancelled (the server stops it too)");
    throw new GizmoError(0, "NETWORK", "the server did not answer: " + err.message);
  }
  let body = null;
  try { body = await res.json(); } catch { /* not JSON: a proxy's page */ }
  if (!res.ok || !body || !Array.isArray(body.result)) {
    throw new GizmoError(res.status, (body && body.code) || String(res.status), (body && body.error) || `${res.status} ${res.statusText}`);
  }
  return body;
}

const state = { results: [], truncated: false, page: 0, names: new Map(), tab: "table", ms: 0, graphDirty: true, running: null };
const RUN_LABEL = $("run").innerHTML;
let cy = null;

async function run() {
  if (state.running) return;
  const query = view.state.doc.toString();
  if (!query.trim()) {
    showError({ code: "EMPTY", message: "write a query first" });
    return;
  }
  try { localStorage.setItem(QUERY_STORE, query); } catch { /* ignore */ }
  history.replaceState(null, "", "#" + new URLSearchParams({ q: query }).toString());
  clearError();
  setStatus("Running…");
  const t0 = performance.now();
  const running = new AbortController();
  state.running = running;
  $("run").textContent = "Cancel";
  $("run").classList.add("cancel");
  $("run").title = "Stop the query";
  try {
    const body = await gizmo(query, running.signal);
    state.ms = Math.round(performance.now() - t0);
    state.results = body.result;
    state.truncated = body.truncated;
    state.page = 0;
    state.graphDirty = true;
    setStatus("Looking up names…");
    const t1 = performance.now();
    await lookUpNames(body.result, running.signal);
    const t2 = performance.now();
    render();
    // What each part took, for TestGizmoFeel (graph: renderGraph's own).
    state.timings = { queryMs: state.ms, namesMs: Math.round(t2 - t1), renderMs: Math.round(performance.now() - t2) };
    setStatus("");
  } catch (err) {
    showError(err);
    setStatus("");
  } finally {
    state.running = null;
    $("run").innerHTML = RUN_LABEL;
    $("run").classList.remove("cancel");
    $("run").title = "Run the query (Ctrl+Enter)";
    document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
  }
}
// The button runs the query, or cancels the one running: the server sees
// the request cancelled and stops the script.
$("run").addEventListener("click", () => {
  if (state.running) state.running.abort();
  else run();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !view.hasFocus) {
    e.preventDefault();
    run();
  }
});

function setStatus(s) { $("status").textContent = s; }

// The line of an error: goja's "at <eval>:LINE:COL(...)" for a runtime
// error, "Line LINE:COL" for a syntax error.
function errorPosition(msg) {
  const m = /<eval>:(\d+):(\d+)/.exec(msg) || /\bLine (\d+):(\d+)/.exec(msg);
  return m ? { line: Number(m[1]), col: Number(m[2]) } : null;
}

function showError(err) {
  const box = $("error");
  box.replaceChildren();
  const code = document.createElement("span");
  code.className = "code";
  code.textContent = err.code || "ERROR";
  box.append(code);
  let msg = err.message;
  if (err.status === 401) {
    msg = currentKey()
      ? "the server does not know this API key: check the API key field at the top."
      : "this server needs an API key with the read scope: enter it in the API key field at the top (it stays in this tab only).";
    $("key").closest("label").classList.add("wanted");
    $("key").focus();
  } else if (err.status === 403) {
    msg = "the API key has no read scope. The server said: " + err.message;
    $("key").closest("label").classList.add("wanted");
  }
  const pos = errorPosition(err.message || "");
  if (pos && pos.line <= view.state.doc.lines) {
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = `line ${pos.line}, column ${pos.col}: `;
    box.append(where);
    const line = view.state.doc.line(pos.line);
    view.dispatch({
      effects: [setErrorLine.of(pos.line), EditorView.scrollIntoView(line.from, { y: "center" })],
      selection: { anchor: Math.min(line.to, line.from + Math.max(0, pos.col - 1)) },
    });
    box.dataset.line = String(pos.line);
  } else {
    delete box.dataset.line;
  }
  box.append(document.createTextNode(msg));
  box.hidden = false;
  if (state.results.length) {
    $("right").classList.add("stale");
    $("summary").prepend("Previous run: ");
  }
}

function clearError() {
  $("right").classList.remove("stale");
  $("error").hidden = true;
  $("error").replaceChildren();
  view.dispatch({ effects: setErrorLine.of(null) });
}

// ---- IRIs as readable names ----
const ENTITY = /^<ng:e\/([^>]+)>$/;
const DOC = /^<ng:d\/([^>]+)>$/;
const REL = /^<ng:r\/([^>]+)>$/;
const EVIDENCE = /^<ng:ev\/([^/>]+)\/(\d+)>$/;
const NG = /^<ng:([^>]+)>$/;

function isNode(v) { return typeof v === "string" && (ENTITY.test(v) || DOC.test(v)); }

async function lookUpNames(results, signal) {
  const wanted = new Set();
  for (const row of results) {
    for (let v of values(row)) {
      const ev = typeof v === "string" && EVIDENCE.exec(v);
      if (ev) v = `<ng:d/${ev[1]}>`;
      if (isNode(v) && !state.names.has(v)) wanted.add(v);
    }
  }
  const iris = [...wanted];
  for (let i = 0; i < iris.length; i += NAME_BATCH) {
    const batch = iris.slice(i, i + NAME_BATCH);
    // JSON string literals are JavaScript string literals: no IRI can
    // break out of them.
    const q = `g.V(${batch.map((s) => JSON.stringify(s)).join(",")}).Tag("iri").Out(["<ng:name>", "<ng:title>"]).Tag("name").All()`;
    try {
      let body;
      try {
        body = await gizmo(q, signal);
      } catch (err) {
        if (err.code !== "BUSY") throw err;
        await new Promise((ok) => setTimeout(ok, 1000)); // the server's Retry-After
        body = await gizmo(q, signal);
      }
      for (const r of body.result) {
        if (r && typeof r.iri === "string" && typeof r.name === "string" && !state.names.has(r.iri)) state.names.set(r.iri, r.name);
      }
    } catch (err) {
      if (err.code === "CANCELLED") throw err;
      return; // names are a convenience: show the IRIs
    }
  }
}

// readable describes a value for display: its text, the raw form as a
// title, a kind (entity, document, predicate, attribute, literal, json) and
// a link for entities and documents.
function readable(v) {
  if (typeof v !== "string") {
    if (typeof v === "number") return { text: String(v), kind: "number" };
    return v === null || typeof v === "object" ? { text: JSON.stringify(v), kind: "json" } : { text: String(v), kind: "lit" };
  }
  let m;
  if ((m = ENTITY.exec(v))) {
    const id = m[1];
    return { text: state.names.get(v) || id, title: v, kind: "entity", id, href: "/explore#e=" + encodeURIComponent(id) };
  }
  if ((m = DOC.exec(v))) {
    return { text: state.names.get(v) || "document " + m[1].slice(0, 8), title: v, kind: "document", id: m[1], href: "/explore?doc=" + encodeURIComponent(m[1]) };
  }
  if ((m = REL.exec(v))) return { text: m[1].replaceAll("_", " "), title: v, kind: "predicate" };
  if ((m = EVIDENCE.exec(v))) {
    const doc = `<ng:d/${m[1]}>`;
    return { text: `evidence ${Number(m[2]) + 1} of ${state.names.get(doc) || "document " + m[1].slice(0, 8)}`, title: v, kind: "evidence",
      href: "/explore?doc=" + encodeURIComponent(m[1]) };
  }
  if ((m = NG.exec(v))) return { text: m[1], title: v, kind: "attribute" };
  return { text: v, kind: "lit" };
}

function values(row) {
  if (row !== null && typeof row === "object" && !Array.isArray(row)) return Object.values(row);
  return [row];
}

// ---- the table ----
const SUBJECT_KEYS = ["subject", "s", "subj", "source", "from"];
const PREDICATE_KEYS = ["predicate", "p", "pred", "relation", "rel"];
const OBJECT_KEYS = ["object", "o", "obj", "target", "to"];

// columns orders the keys of the results: subject, predicate, object first,
// the other tags as Gizmo gave them, "id" (the path's own node) last.
function columns(results) {
  const seen = new Set();
  let scalar = false;
  for (const row of results) {
    if (row !== null && typeof row === "object" && !Array.isArray(row)) Object.keys(row).forEach((k) => seen.add(k));
    else scalar = true;
  }
  const order = [...SUBJECT_KEYS, ...PREDICATE_KEYS, ...OBJECT_KEYS];
  const cols = [...seen].sort((a, b) => rank(a) - rank(b));
  function rank(k) {
    const i = order.indexOf(k);
    if (i >= 0) return i;
    return k === "id" ? 1000 : 100;
  }
  if (scalar) cols.push("value");
  return cols;
}

function cell(v) {
  const td = document.createElement("td");
  if (v === undefined) return td;
  const r = $("raw").checked && typeof v === "string" ? { text: v, kind: "lit" } : readable(v);
  if (r.href) {
    const a = document.createElement("a");
    a.href = r.href;
    a.className = "iri " + r.kind;
    a.textContent = r.text;
    a.title = r.title + " (open in the explorer)";
    td.append(a);
  } else {
    const s = document.createElement("span");
    s.className = r.kind === "predicate" || r.kind === "attribute" ? "pred" : r.kind;
    s.textContent = r.text;
    if (r.title) s.title = r.title;
    td.append(s);
  }
  return td;
}

function renderTable() {
  const { results } = state;
  const table = $("results");
  $("empty").hidden = results.length > 0;
  $("empty").textContent = "The query ran and returned no results.";
  table.hidden = results.length === 0;
  const cols = columns(results);
  const head = document.createElement("tr");
  const num = document.createElement("th");
  num.textContent = "#";
  head.append(num);
  for (const c of cols) {
    const th = document.createElement("th");
    th.textContent = c;
    th.scope = "col";
    head.append(th);
  }
  table.tHead.replaceChildren(head);
  const pages = Math.max(1, Math.ceil(results.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  const start = state.page * PAGE;
  const rows = [];
  for (let i = start; i < Math.min(results.length, start + PAGE); i++) {
    const row = results[i];
    const tr = document.createElement("tr");
    const n = document.createElement("td");
    n.className = "num";
    n.textContent = String(i + 1);
    tr.append(n);
    const isObj = row !== null && typeof row === "object" && !Array.isArray(row);
    for (const c of cols) tr.append(cell(isObj ? row[c] : c === "value" ? row : undefined));
    rows.push(tr);
  }
  table.tBodies[0].replaceChildren(...rows);
  $("tablePane").scrollTop = 0;
  $("pager").hidden = pages <= 1;
  $("pageInfo").textContent = `rows ${start + 1}–${Math.min(results.length, start + PAGE)} of ${results.length}`;
  $("prev").disabled = state.page === 0;
  $("next").disabled = state.page >= pages - 1;
}
$("prev").addEventListener("click", () => { state.page--; renderTable(); });
$("next").addEventListener("click", () => { state.page++; renderTable(); });
$("raw").addEventListener("change", () => { renderTable(); });

// ---- the graph ----
function pick(row, keys) { return keys.find((k) => typeof row[k] === "string"); }

// graphOf turns results into nodes and edges: a row with subject and object
// tags is an edge (labelled by its predicate tag); otherwise every tag
// holding an entity or document is an edge from it to the row's id. Every
// entity or document in a row is a node.
function graphOf(results) {
  const nodes = new Map();
  const edges = new Map();
  const node = (v) => { if (!nodes.has(v)) nodes.set(v, { id: v }); };
  const edge = (s, p, o) => {
    node(s); node(o);
    const id = `${s}|${p}|${o}`;
    const e = edges.get(id);
    if (e) e.count++;
    else edges.set(id, { id, source: s, target: o, predicate: p, count: 1 });
  };
  for (const row of results) {
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      if (isNode(row)) node(row);
      continue;
    }
    const sk = pick(row, SUBJECT_KEYS);
    const ok = pick(row, OBJECT_KEYS);
    if (sk && ok) {
      const pk = pick(row, PREDICATE_KEYS);
      edge(row[sk], pk ? row[pk] : "", row[ok]);
    } else if (isNode(row.id)) {
      for (const [k, v] of Object.entries(row)) {
        if (k !== "id" && isNode(v) && v !== row.id) edge(v, k, row.id);
      }
    }
    for (const v of Object.values(row)) if (isNode(v)) node(v);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function typeOf(iri) {
  const m = ENTITY.exec(iri);
  if (!m) return DOC.test(iri) ? "DOCUMENT" : "";
  return m[1].split("/")[0].toUpperCase();
}

function renderGraph() {
  const started = performance.now();
  state.graphDirty = false;
  const g = graphOf(state.results);
  const cut = g.nodes.length > MAX_GRAPH_NODES;
  const nodes = g.nodes.slice(0, MAX_GRAPH_NODES);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  if (!cy) {
    cy = cytoscape({
      container: $("cy"),
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", shape: "data(shape)", width: 22, height: 22,
          label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "text-outline-color": "#fff", "text-outline-width": 2, color: "#111", "min-zoomed-font-size": 7 } },
        { selector: "edge", style: {
          "line-color": "#94a3b8", "target-arrow-color": "#94a3b8", "target-arrow-shape": "triangle",
          width: "data(width)", "curve-style": "bezier", label: "data(label)", "font-size": 9,
          "text-rotation": "autorotate", color: "#7c2d12", "text-background-color": "#fff", "min-zoomed-font-size": 7,
          "text-background-opacity": 0.8, "text-background-padding": 1 } },
        { selector: ":selected", style: { "overlay-color": "#2563eb", "overlay-opacity": 0.2 } },
      ],
    });
    cy.on("dbltap", "node", (ev) => {
      const r = readable(ev.target.id());
      if (r.href) location.assign(r.href);
    });
    cy.on("tap", "node", (ev) => {
      const r = readable(ev.target.id());
      const note = $("graphNote");
      note.replaceChildren();
      if (r.href) {
        const a = document.createElement("a");
        a.href = r.href;
        a.textContent = `${r.text} — open in the explorer`;
        note.append(a);
      } else {
        note.textContent = r.text;
      }
    });
  }
  const elements = [];
  for (const n of nodes) {
    const r = readable(n.id);
    const t = typeOf(n.id);
    elements.push({ group: "nodes", data: {
      id: n.id, label: r.text, colour: TYPE_COLOURS[t] || (t === "DOCUMENT" ? "#64748b" : "#9ca3af"),
      shape: t === "DOCUMENT" ? "round-rectangle" : r.kind === "lit" ? "diamond" : "ellipse" } });
  }
  for (const e of edges) {
    elements.push({ group: "edges", data: {
      id: e.id, source: e.source, target: e.target, label: e.predicate ? readable(e.predicate).text : "",
      width: Math.min(8, 1.5 + Math.log2(e.count)), count: e.count } });
  }
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  cy.resize();
  // Nodes without edges in a grid; else fCoSE, finer on small graphs.
  const layout = edges.length === 0
    ? { name: "grid", avoidOverlap: true, padding: 30 }
    : { name: "fcose", animate: false, randomize: true, quality: nodes.length > 300 ? "default" : "proof",
      nodeRepulsion: () => 12000, idealEdgeLength: () => 120, nodeSeparation: 120, padding: 40 };
  const t0 = performance.now();
  cy.layout(layout).run();
  state.layoutMs = Math.round(performance.now() - t0);
  fit();
  const note = $("graphNote");
  if (nodes.length === 0) {
    note.textContent = "Nothing to draw: no result holds an entity or document IRI, nor subject and object tags.";
  } else {
    note.textContent = `${nodes.length} nodes, ${edges.length} edges` + (cut ? ` (first ${MAX_GRAPH_NODES} nodes of ${g.nodes.length})` : "") + ". Click a node for its link to the explorer, double-click to open it there.";
  }
  document.body.dataset.graphNodes = String(nodes.length);
  state.graphMs = Math.round(performance.now() - started);
}

// fit shows the whole graph, but no larger than 1.5 times its size: a
// graph of two nodes is not blown up to fill the pane.
function fit() {
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center();
  }
}

// ---- tabs and the summary ----
const TABS = { table: ["tabTable", "tablePane"], graph: ["tabGraph", "graphPane"], json: ["tabJSON", "jsonPane"] };
function showTab(name) {
  state.tab = name;
  for (const [t, [tab, pane]] of Object.entries(TABS)) {
    $(tab).setAttribute("aria-selected", String(t === name));
    $(pane).hidden = t !== name;
  }
  if (name === "graph" && state.graphDirty) renderGraph();
  else if (name === "graph" && cy) { cy.resize(); fit(); }
}
$("tabTable").addEventListener("click", () => showTab("table"));
$("tabGraph").addEventListener("click", () => showTab("graph"));
$("tabJSON").addEventListener("click", () => showTab("json"));

function render() {
  const n = state.results.length;
  const sum = $("summary");
  sum.replaceChildren(`${n} result${n === 1 ? "" : "s"} in ${state.ms} ms`);
  if (state.truncated) {
    const cut = document.createElement("span");
    cut.className = "cut";
    cut.textContent = " — cut at the server's limit";
    cut.title = "The server returns at most this many results: narrow the query or use Limit(n).";
    sum.append(cut);
  }
  renderTable();
  $("jsonPane").textContent = JSON.stringify(state.results, null, 2);
  state.graphDirty = true;
  if (state.tab === "graph") renderGraph();
}

window.newsgraphGizmo = { view, run, state, setQuery, graphOf, errorPosition, get cy() { return cy; } };
document.body.dataset.ready = "1";
