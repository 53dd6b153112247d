#!/usr/bin/env node
// The `channeldesk` package bin: runs the TypeScript CLI from source through tsx's loader, registered in
// this process (no second Node process), resolved from this file so it works from any working directory.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../electron/cli/index.ts', import.meta.url).href);
