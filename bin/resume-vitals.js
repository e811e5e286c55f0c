#!/usr/bin/env node
// `npx resume-vitals`: the CLI from the compiled build, which is made after `npm install` and remade here whenever a
// source file has changed since (scripts/build.mjs), so it works with no build step by hand.
import { importBuilt } from '../scripts/build.mjs';

const { main } = await importBuilt('cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
