import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { CSP, headersFile, headersFor } from "./scripts/csp.mjs";

// Only in the build, so that the dev server's HMR websocket keeps working.
function contentSecurityPolicy(): Plugin {
  return {
    name: "san-planner-csp",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CSP },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}

// frame-ancestors only works as a header (browsers ignore it in <meta>). The preview server (`npm start`) sends
// the headers a host must send, per page, from scripts/csp.mjs; the build writes the same as dist/_headers
// for static hosts that read it (Netlify, Cloudflare Pages).
function hostHeaders(): Plugin {
  return {
    name: "san-planner-host-headers",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile() });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "/").split(/[?#]/)[0] ?? "/";
        for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
        next();
      });
    },
  };
}

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** The first screen's modules in one file: left to itself the bundler cut them into seven (React, the plan store,
 *  the name checks... each shared with a step loaded later), so the first screen waited for seven requests where
 *  one will do; the steps loaded later import from this file. Except what the crypto layer imports: the
 *  inspection worker imports that chunk, and a worker must not load the app's entry (it renders into the page). */
function firstScreenGroup() {
  const crypto = fileURLToPath(new URL("./src/crypto/index.ts", import.meta.url));
  let cryptoGraph: Set<string> | undefined;
  const reachable = (graph: ModuleGraph, from: string) => {
    const seen = new Set<string>();
    const todo = [from];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return {
    debugName: "first screen",
    tags: ["$initial" as const],
    // a module the crypto layer shares with the first screen stays out even where a first-screen module imports it
    includeDependenciesRecursively: false,
    name: (id: string, graph: ModuleGraph) => {
      cryptoGraph ??= reachable(graph, crypto);
      return cryptoGraph.has(id) ? null : "app";
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), hostHeaders()],
  build: {
    target: "es2022",
    sourcemap: false,
    manifest: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    // Rolldown's default constant inlining ("smart") copies an exported string constant into every place that
    // reads it: tldts's 48 kB label table (one string read in three places) tripled the Public Suffix List
    // chunk from 49 to 115 kB gzip. Off, every other chunk stays within 0.2 kB of its size with it on.
    rolldownOptions: {
      optimization: { inlineConst: false },
      output: { codeSplitting: { groups: [firstScreenGroup()] } },
    },
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
    strictPort: true,
  },
  server: { host: "127.0.0.1", port: 5173 },
});
