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
      // The first screen's modules in one file: left to itself the bundler cut them into seven (React, the
      // plan store, the name checks... each shared with a step loaded later), so the first screen waited for
      // seven requests where one will do. The steps loaded later import from this file; it is 2 kB smaller
      // gzipped than the seven were.
      output: { codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] } },
    },
  },
  preview: {
    host: "127.0.0.1",
    port: 4173,
    strictPort: true,
  },
  server: { host: "127.0.0.1", port: 5173 },
});
