// Builds dist/ from src/ with esbuild: one minified script, one stylesheet,
// one page. No hashes, timestamps or source maps, so that the output depends
// only on src/ and the lock file (internal/explorer's test rebuilds and compares).
import * as esbuild from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const out = process.argv[2] || "dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "eof",
  outfile: `${out}/explorer.js`,
  logLevel: "warning",
});
copyFileSync("src/index.html", `${out}/index.html`);
copyFileSync("src/explorer.css", `${out}/explorer.css`);
