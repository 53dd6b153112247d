// Runs the TypeScript worker from source (CLI, preview and tests under tsx/vitest). A worker thread does not
// inherit tsx's loader, so it registers its own before importing worker.ts. The bundled app never uses this.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
