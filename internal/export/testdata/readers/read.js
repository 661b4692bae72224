// read.js FORMAT FILE loads an export with a real reader of that format and
// prints what it read as JSON: {"nodes": [{"id", "attrs"}], "edges":
// [{"id", "source", "target", "attrs"}]}. Run by internal/export tests.
'use strict';
const fs = require('fs');

const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const out = {nodes: [], edges: []};

if (format === 'cytoscape') {
  const cytoscape = require('cytoscape');
  const doc = JSON.parse(text);
  // headless core: throws or warns on an edge whose end is missing.
  const warnings = [];
  const origWarn = console.warn;
  console.warn = (...a) => warnings.push(a.join(' '));
  const cy = cytoscape({headless: true, elements: doc.elements});
  console.warn = origWarn;
  if (warnings.length > 0) {
    throw new Error('cytoscape warned: ' + warnings.join('; '));
  }
  cy.nodes().forEach(n => out.nodes.push({id: n.id(), attrs: n.data()}));
  cy.edges().forEach(e =>
    out.edges.push({id: e.id(), source: e.source().id(), target: e.target().id(), attrs: e.data()}));
} else if (format === 'gexf' || format === 'graphml') {
  const {MultiGraph} = require('graphology');
  const parser = require(format === 'gexf' ? 'graphology-gexf' : 'graphology-graphml');
  const g = parser.parse(MultiGraph, text, {addMissingNodes: false});
  g.forEachNode((id, attrs) => out.nodes.push({id, attrs}));
  g.forEachEdge((id, attrs, source, target) => out.edges.push({id, source, target, attrs}));
} else {
  throw new Error('unknown format ' + format);
}
process.stdout.write(JSON.stringify(out));
