// `node --import ./infra/loader/register.mjs <file.ts>`: runs a command-line tool
// from the TypeScript sources, without a build (Node 20 cannot run .ts itself).
import { register } from 'node:module';

register('./source-hooks.mjs', import.meta.url);
