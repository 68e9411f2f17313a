// The in-process peer of `JsonResume.Benchmarks --cpu-time`'s "Corpus" line: ajv (with ajv-formats, every error
// collected) validating a folder of résumés, measured the same way: CPU time of this process per pass over the set
// (decode the UTF-8 bytes, JSON.parse, validate; the errors kept), the least of 7 rounds of 500 passes after 500
// passes of warm-up. Run from a folder where ajv and ajv-formats are installed (bench/compare-peers.sh does):
//   node ajv-corpus.mjs SCHEMA.json FOLDER
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [schemaPath, folder] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
const names = readdirSync(folder).filter((n) => n.endsWith(".json")).sort();
const files = names.map((n) => readFileSync(join(folder, n)));

let errors = 0;
const pass = () => {
  errors = 0;
  for (const bytes of files) {
    let data;
    try {
      data = JSON.parse(bytes.toString("utf8"));
    } catch {
      errors++; // a syntax error is one finding, as it is for the validator
      continue;
    }
    if (!validate(data)) errors += validate.errors.length;
  }
};

for (let i = 0; i < 500; i++) pass();
let best = Infinity;
for (let round = 0; round < 7; round++) {
  const start = process.cpuUsage();
  for (let i = 0; i < 500; i++) pass();
  const used = process.cpuUsage(start);
  best = Math.min(best, (used.user + used.system) / 500);
}
const bytes = files.reduce((n, f) => n + f.length, 0);
console.log(`ajv corpus: ${files.length} files, ${bytes} bytes, ${errors} errors: ${best.toFixed(2)} us of CPU per set`);
