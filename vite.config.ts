import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { CSP } from "./scripts/csp.mjs";

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: "es2022",
    sourcemap: false,
    manifest: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
  },
  // frame-ancestors only works as a header (browsers ignore it in <meta>): the preview server sends it.
  preview: {
    host: "127.0.0.1",
    port: 4173,
    strictPort: true,
    headers: {
      "Content-Security-Policy": `${CSP}; frame-ancestors 'none'`,
      "X-Content-Type-Options": "nosniff",
    },
  },
  server: { host: "127.0.0.1", port: 5173 },
});
