// Loads the pinned npm packages from the folder scripts/test.sh installs them into
// ($DACR_CHAIN_TOOLS, which holds node_modules), falling back to this folder's parent.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved against the working directory: createRequire needs an absolute path, and docs/chain.md's
// regeneration command names the folder relative to the repository root.
const folder = resolve(process.env.DACR_CHAIN_TOOLS || join(dirname(fileURLToPath(import.meta.url)), '..'));

/** require() resolving from the tools folder. */
export const requireTool = createRequire(join(folder, 'package.json'));

/** Reads all of standard input as UTF-8 text. */
export async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
