import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildUnitsFile, formerRowsFromWardMappings, type FormerSource } from './units-csv.js';
import { fromProvincesDatabase } from './units-json.js';

/**
 * Imports the official national list of administrative units (CSV) into the
 * reference file intake reads (INTAKE_UNITS_FILE).
 *
 *   node services/intake/dist/cli/import-units.js --units units.csv [--former former.csv]
 *        [--province 79 ...] [--effective-from 2025-07-01] --out units.json
 *
 * or, from the JSON release of thanglequoc/vietnamese-provinces-database:
 *
 *   node services/intake/dist/cli/import-units.js --provinces-database units.json [--former former.csv ...] --out units.json
 *
 * Former communes: `--former` CSVs (contracts/src/reference/former-communes-2025.csv), and/or
 * `--ward-mappings address.json`, the whole correspondence table of quangtam/vietnam-address-converter
 * (MIT). A former commune's province is found by its name among the provinces before the reform
 * (`--provinces-before`, by default contracts/src/reference/provinces-before-2025.csv) and the current ones.
 */
const PROVINCES_BEFORE_2025 = join(dirname(createRequire(import.meta.url).resolve('@legalaid/contracts')), '..', 'src', 'reference', 'provinces-before-2025.csv');
function main(): void {
  const { values } = parseArgs({
    options: {
      units: { type: 'string' },
      'provinces-database': { type: 'string' },
      former: { type: 'string', multiple: true },
      'ward-mappings': { type: 'string' },
      'provinces-before': { type: 'string' },
      province: { type: 'string', multiple: true },
      'effective-from': { type: 'string', default: '2025-07-01' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (!values.units && !values['provinces-database']) || !values.out) {
    process.stdout.write(
      'usage: import-units (--units <official list .csv> | --provinces-database <provinces database .json>) [--former <former units .csv> ...] [--ward-mappings <address.json>] [--provinces-before <Mã;Tên .csv>] [--province <code> ...] [--effective-from YYYY-MM-DD] --out <units.json>\n',
    );
    process.exit(values.help ? 0 : 2);
  }
  const former: FormerSource[] = (values.former ?? []).map((f) => readFileSync(f, 'utf8'));
  if (values['ward-mappings']) former.push(formerRowsFromWardMappings(JSON.parse(readFileSync(values['ward-mappings'], 'utf8'))));
  const source = basename((values.units ?? values['provinces-database'])!);
  const provincesBefore = readFileSync(values['provinces-before'] ?? PROVINCES_BEFORE_2025, 'utf8');
  const options = { provinces: values.province, effectiveFrom: values['effective-from']!, source, provincesBefore };
  const file = values.units
    ? buildUnitsFile(readFileSync(values.units, 'utf8'), former, options)
    : fromProvincesDatabase(JSON.parse(readFileSync(values['provinces-database']!, 'utf8')), former, options);
  writeFileSync(values.out, JSON.stringify(file, null, 1) + '\n');
  process.stdout.write(`wrote ${values.out}: ${file.provinces.length} provinces, ${file.units.length} units, ${file.formerUnits.length} former units\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`import-units: ${(err as Error).message}\n`);
  process.exit(1);
}
