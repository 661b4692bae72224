// Builds dist/ from src/ with esbuild: for each page (the explorer, and the
// Gizmo editor served at /gizmo) one minified script, one stylesheet, one
// page. No hashes, timestamps or source maps, so that the output depends
// only on src/ and the lock file (internal/explorer's test rebuilds and compares).
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const out = process.argv[2] || "dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Each page is its own bundle (the editor's carries its own Cytoscape), so
// that neither page loads the other's code.
for (const [entry, script] of [["src/main.js", "explorer.js"], ["src/gizmo.js", "gizmo.js"]]) {
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "eof",
    outfile: `${out}/${script}`,
    logLevel: "warning",
  });
}
for (const name of ["index.html", "explorer.css", "gizmo.html", "gizmo.css"]) {
  copyFileSync(`src/${name}`, `${out}/${name}`);
}
