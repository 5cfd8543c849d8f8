/**
 * The guide's ` ```command-builder ` fence: a base command and options (select fields
 * with [value, label] choices, text fields with a placeholder, checkboxes), each with a
 * label, an explanation and an optional flag. The built command is the base followed,
 * option by option, by the flag (if any) and the chosen value.
 *
 * A text field without a flag whose placeholder appears in the command built so far
 * replaces that word (the guide's "Target host … replaces localhost in the command");
 * otherwise its value is appended, single-quoted when the shell would split it.
 */

export type BuilderOption =
  | { type: 'select'; flag: string; label: string; explanation?: string; choices: Array<[string, string]> }
  | { type: 'text'; flag: string; label: string; explanation?: string; placeholder?: string }
  | { type: 'checkbox'; flag: string; label: string; explanation?: string };

export interface BuilderConfig {
  base: string;
  description?: string;
  options: BuilderOption[];
}

export class BuilderConfigError extends Error {
  override name = 'BuilderConfigError';
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check fence data (the YAML as JSON); errors name the option and field. */
export function builderFromData(data: unknown, where = 'command-builder'): BuilderConfig {
  const fail = (msg: string): never => {
    throw new BuilderConfigError(`${where}: ${msg}`);
  };
  if (!isObject(data)) return fail('expected a mapping with base and options');
  if (typeof data.base !== 'string') fail('missing "base" (the command the options are added to)');
  const raw = data.options ?? [];
  if (!Array.isArray(raw)) return fail('"options" must be a list');
  const options = raw.map((o: unknown, i): BuilderOption => {
    const at = `option ${i + 1}`;
    if (!isObject(o)) return fail(`${at} must be a mapping`);
    const flag = o.flag === undefined || o.flag === null ? '' : String(o.flag);
    const label = typeof o.label === 'string' ? o.label : flag || `Option ${i + 1}`;
    const explanation = typeof o.explanation === 'string' ? o.explanation : undefined;
    switch (o.type) {
      case 'select': {
        if (!Array.isArray(o.choices) || o.choices.length === 0) return fail(`${at}: a select needs a list of choices`);
        const choices = o.choices.map((c: unknown, j): [string, string] => {
          if (Array.isArray(c) && c.length >= 1) return [String(c[0]), String(c[1] ?? c[0])];
          if (typeof c === 'string') return [c, c];
          return fail(`${at}: choice ${j + 1} must be [value, label] or a string`);
        });
        return { type: 'select', flag, label, explanation, choices };
      }
      case 'text':
        return { type: 'text', flag, label, explanation, placeholder: typeof o.placeholder === 'string' ? o.placeholder : undefined };
      case 'checkbox':
      case 'boolean':
        if (!flag) fail(`${at}: a checkbox needs a flag`);
        return { type: 'checkbox', flag, label, explanation };
      default:
        return fail(`${at}: unknown type ${JSON.stringify(o.type)} (expected select, text or checkbox)`);
    }
  });
  return { base: data.base as string, description: typeof data.description === 'string' ? data.description : undefined, options };
}

/** Quote `s` for the shell only when it would not be one plain word. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The command for `values` (one per option: the select's value, the text typed, or
 * "on"/"" for a checkbox; a missing select value means its first choice).
 */
export function buildCommand(cfg: BuilderConfig, values: ReadonlyArray<string | undefined>): string {
  let cmd = cfg.base;
  cfg.options.forEach((o, i) => {
    const v = values[i] ?? (o.type === 'select' ? o.choices[0]![0] : '');
    if (o.type === 'checkbox') {
      if (v) cmd += ` ${o.flag}`;
      return;
    }
    if (v === '') return;
    if (o.type === 'text' && !o.flag && o.placeholder) {
      const word = new RegExp(`(?<![\\w.-])${escapeRe(o.placeholder)}(?![\\w-])`, 'g');
      if (word.test(cmd)) {
        cmd = cmd.replace(word, () => v);
        return;
      }
    }
    const value = o.type === 'select' ? v : shellWord(v);
    cmd += o.flag ? ` ${o.flag} ${value}` : ` ${value}`;
  });
  return cmd;
}
