import { validate } from "./src/index";
import { prng, syntheticBundle } from "../../bench/generate";
const r = prng(1);
const lines = Array.from({ length: 20000 }, () => JSON.stringify(syntheticBundle(r)));
for (let round = 0; round < 3; round++) {
  let t = performance.now(); for (const l of lines) JSON.parse(l); const parse = performance.now() - t;
  t = performance.now(); for (const l of lines) validate(JSON.parse(l)); const v = performance.now() - t;
  console.log({ parse, ratio: v / parse });
}
