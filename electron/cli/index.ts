import { runCli } from './main';

// Entry of `npm run cli` and bin/channeldesk.mjs. exitCode (not process.exit) lets stdout drain first.
process.exitCode = await runCli(process.argv.slice(2));
