#!/usr/bin/env node
// The `lectern` command. Runs the TypeScript sources through tsx's loader, so
// the package needs no build step of its own.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
