/** `npm run bench -- <name> [args]`: runs bench/dist/<name>.bench.js. */
const [name, ...rest] = process.argv.slice(2);
if (!name) {
  console.error('usage: npm run bench -- <bus|gateway|e2e|ranking|statistics> [args]');
  process.exit(2);
}
process.argv = [process.argv[0], `${name}.bench.js`, ...rest];
await import(`./${name}.bench.js`);
