#!/usr/bin/env node
// The published `tipx` executable: the built CLI lives in dist/ (run `pnpm --filter @tipx/cli build`).
import "../dist/bin.js";
