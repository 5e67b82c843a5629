// The bench's own baseline pages, written and built on every run into a scratch directory (bench-results/,
// gitignored; never dist/) with the project's installed vite, react and @vitejs/plugin-react:
//   index.html    a bare React 19 page (one heading, one button): what any React + Vite app costs to start
//   planner.html  the planning engine alone (src/domain, no UI), exposed as window.__planner, so that the
//                 Review step can be compared with the planner on the same plan in the same browser
//   bare-single.html  the bare page as one file with its script inline, to compare with dist/san-planner.html
//                 from file:// (the same form: one HTML file, the app's JavaScript inline)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";

export const SCRATCH = "bench-results/baseline-pages";

const BARE_MAIN = `import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [n, setN] = useState(0);
  return (
    <main>
      <h1>Bare React page</h1>
      <button type="button" onClick={() => setN(n + 1)}>
        Clicked {n} times
      </button>
    </main>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

const page = (title, script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${title}</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="${script}"></script>
  </body>
</html>
`;

/** Writes and builds the baseline pages; returns the served directory and the single file's path. */
export async function buildBaselinePages() {
  const root = resolve(SCRATCH, "src");
  const out = resolve(SCRATCH, "dist");
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, "main.jsx"), BARE_MAIN);
  writeFileSync(join(root, "index.html"), page("Bare React page", "./main.jsx"));
  writeFileSync(
    join(root, "planner.js"),
    `import { planCertificates } from ${JSON.stringify(resolve("src/domain/index.ts"))};\nwindow.__planner = planCertificates;\ndocument.title = "planner ready";\n`,
  );
  writeFileSync(join(root, "planner.html"), page("Planner", "./planner.js"));
  await build({
    configFile: false,
    root,
    logLevel: "error",
    plugins: [react()],
    build: {
      outDir: out,
      emptyOutDir: true,
      target: "es2022",
      modulePreload: { polyfill: false },
      rolldownOptions: { input: { index: join(root, "index.html"), planner: join(root, "planner.html") } },
    },
  });
  // the single-file form of the bare page: its one chunk inline, as a module script
  const js = readdirSync(join(out, "assets")).filter((f) => f.startsWith("index-") && f.endsWith(".js"));
  if (js.length !== 1) throw new Error(`the bare page built into ${js.length} chunks, not one`);
  const code = readFileSync(join(out, "assets", js[0]), "utf8").replace(/<\/script/gi, "<\\/script");
  const single = resolve(SCRATCH, "bare-single.html");
  writeFileSync(
    single,
    page("Bare React page", "").replace(
      '<script type="module" src=""></script>',
      // a function, so that "$&" and the like in the code are not replacement patterns
      () => `<script type="module">${code}</script>`,
    ),
  );
  return { dir: out, single };
}
