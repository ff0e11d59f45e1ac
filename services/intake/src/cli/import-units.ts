import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { buildUnitsFile } from './units-csv.js';
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
 *   node services/intake/dist/cli/import-units.js --provinces-database units.json [--former former.csv] --out units.json
 */
function main(): void {
  const { values } = parseArgs({
    options: {
      units: { type: 'string' },
      'provinces-database': { type: 'string' },
      former: { type: 'string' },
      province: { type: 'string', multiple: true },
      'effective-from': { type: 'string', default: '2025-07-01' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (!values.units && !values['provinces-database']) || !values.out) {
    process.stdout.write(
      'usage: import-units (--units <official list .csv> | --provinces-database <provinces database .json>) [--former <former units .csv>] [--province <code> ...] [--effective-from YYYY-MM-DD] --out <units.json>\n',
    );
    process.exit(values.help ? 0 : 2);
  }
  const former = values.former ? readFileSync(values.former, 'utf8') : null;
  const source = basename((values.units ?? values['provinces-database'])!);
  const options = { provinces: values.province, effectiveFrom: values['effective-from']!, source };
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
