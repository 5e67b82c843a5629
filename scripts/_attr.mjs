import { readFileSync, readdirSync } from "node:fs";
import { SourceMapConsumer } from "source-map-js";
import { gzipSync } from "node:zlib";
const dir = "/tmp/smbuild/assets";
const totals = new Map();
for (const f of readdirSync(dir).filter((f) => f.endsWith(".js") && readdirSync(dir).includes(f + ".map"))) {
  const code = readFileSync(`${dir}/${f}`, "utf8");
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/${f}.map`, "utf8")));
  const ratio = process.env.RAW ? 1 : gzipSync(code, { level: 9 }).length / code.length;
  const lines = code.split("\n");
  // attribute each generated char to the source of the last mapping before it
  const segs = [];
  map.eachMapping((m) => segs.push(m));
  segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i], n = segs[i + 1];
    let len;
    if (n && n.generatedLine === s.generatedLine) len = n.generatedColumn - s.generatedColumn;
    else len = (lines[s.generatedLine - 1]?.length ?? 0) - s.generatedColumn;
    const src = (s.source ?? "?").replace(/.*node_modules\//, "nm:").replace(/.*\/src\//, "src/");
    totals.set(src, (totals.get(src) ?? 0) + len * ratio);
  }
}
const group = (k) => k.startsWith("nm:") ? k.split("/").slice(0, k.startsWith("nm:@") ? 2 : 1).join("/") : k.split("/").slice(0, process.argv[2] ? +process.argv[2] : 3).join("/");
const g = new Map();
for (const [k, v] of totals) g.set(group(k), (g.get(group(k)) ?? 0) + v);
let sum = 0;
for (const [k, v] of [...g].sort((a, b) => b[1] - a[1])) { sum += v; if (v > 400) console.log((v / 1024).toFixed(1).padStart(7), k); }
console.log("total est", (sum / 1024).toFixed(1));
