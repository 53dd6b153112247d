import { settingsPatchSchema } from '../../../shared/api/schemas/settings';
import type { Settings } from '../../../shared/domain/settings';
import { readSchemaVersion } from '../../core/db/connection';
import { describeIssues, zodIssues } from '../../core/router';
import { optionalString, parseCommand } from '../args';
import { rejected } from '../errors';
import { call, withCore } from '../open-core';
import { createOutput } from '../output';

/**
 * `init`: creates or migrates the database and sets the shop's base currency, time zone and language.
 * The options are validated before the file is touched, so a typo never leaves a half-made database.
 */
export async function initCommand(args: string[]): Promise<void> {
  const cmd = parseCommand(args, {
    currency: { type: 'string' },
    timezone: { type: 'string' },
    lang: { type: 'string' },
  });
  const out = createOutput(cmd.json);
  const patch = {
    baseCurrency: optionalString(cmd, 'currency'),
    timezone: optionalString(cmd, 'timezone'),
    language: optionalString(cmd, 'lang'),
  };
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error).map((i) => ({ ...i, path: optionName(i.path) }));
    throw rejected(describeIssues(issues), {
      code: 'INVALID_INPUT',
      message: describeIssues(issues),
      issues,
    });
  }
  const lang = parsed.data.language;
  const settings = await withCore(
    cmd.dbFile,
    async (core) => {
      const clean = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
      return Object.keys(clean).length
        ? call<Settings>(core, 'settings', 'update', clean)
        : call<Settings>(core, 'settings', 'get', undefined);
    },
    // First-run defaults (time zone) follow the chosen language, as they follow the OS locale in the app.
    lang,
  );
  const schemaVersion = readSchemaVersion(cmd.dbFile);
  out.result({ file: cmd.dbFile, schemaVersion, settings }, () =>
    [
      `Database ready: ${cmd.dbFile} (schema version ${schemaVersion})`,
      `Base currency ${settings.baseCurrency}, time zone ${settings.timezone}, language ${settings.language}`,
    ].join('\n'),
  );
}

/** Messages name the option the person typed (--currency), not the internal field (baseCurrency). */
function optionName(field: string): string {
  return { baseCurrency: '--currency', timezone: '--timezone', language: '--lang' }[field] ?? field;
}
