// Finding and loading a workspace's lectern.config.*: from the current folder
// upwards, or the file --config names. JSON and YAML are parsed here;
// JavaScript and TypeScript configs load through jiti (the loader c12 and
// unconfig use), so a lectern.config.ts works without a build step.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { inputError, firstLine } from '../errors.ts';
import type { LecternConfig } from '../stages/config.ts';
import { yaml } from '../stages/yaml.ts';
import { packageRoot } from './paths.ts';

/** The names a config may have, in the order they are looked for. */
export const configNames = ['ts', 'mts', 'js', 'mjs', 'json', 'yaml', 'yml'].map((ext) => `lectern.config.${ext}`);

export interface LoadedConfig {
  /** The file, as shown in messages (relative to the workspace when inside it). */
  file: string | null;
  /** The file's absolute path. */
  path: string | null;
  config: LecternConfig;
}

/** The nearest config at or above `from`, or null. Two configs in one folder are an error: which one counts would be a guess. */
export function findConfig(from: string): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const found = configNames.filter((name) => {
      try {
        return statSync(join(dir, name)).isFile();
      } catch {
        return false;
      }
    });
    if (found.length > 1)
      throw inputError(`${join(dir, found[0] ?? '')}: ${found.length} config files in one folder (${found.join(', ')})`, 'Keep one of them');
    if (found[0]) return join(dir, found[0]);
    if (dirname(dir) === dir) return null;
  }
}

const shown = (workspace: string, file: string): string => {
  const rel = relative(workspace, file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** The module `import { defineConfig } from 'lectern'` gets inside a config, wherever lectern is installed. */
function configHelpers(): string {
  return join(packageRoot, 'scripts', 'config-helpers.mjs');
}

async function readData(file: string, name: string): Promise<unknown> {
  if (/\.json$/u.test(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw inputError(`${name}: not valid JSON (${firstLine(error)})`, 'Fix the file; lectern init writes a starter config');
    }
  }
  if (/\.ya?ml$/u.test(file)) {
    try {
      return yaml().parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw inputError(`${name}: not valid YAML (${firstLine(error)})`, 'Fix the file; lectern init writes a starter config');
    }
  }
  const { createJiti } = await import('jiti');
  const jiti = createJiti(import.meta.url, { alias: { lectern: configHelpers() }, moduleCache: false, fsCache: false, interopDefault: true });
  try {
    return await jiti.import(file, { default: true });
  } catch (error) {
    throw inputError(
      `${name}: the config failed to load (${firstLine(error)})`,
      'Fix the file so that it exports a config: export default defineConfig({ ... })',
    );
  }
}

/**
 * The workspace's config: `explicit` (from --config) when given, else the
 * nearest lectern.config.* at or above the workspace; an empty config when
 * there is none.
 */
export async function loadConfig(workspace: string, explicit?: string): Promise<LoadedConfig> {
  let file: string | null;
  if (explicit !== undefined) {
    file = resolve(workspace, explicit);
    if (!existsSync(file)) throw inputError(`${explicit}: no such config file`, 'Check the path given to --config');
    if (!/\.(?:m?ts|m?js|json|ya?ml)$/u.test(file))
      throw inputError(`${explicit}: not a config file lectern can read`, 'Name it lectern.config.ts, .mts, .js, .mjs, .json or .yaml');
  } else {
    file = findConfig(workspace);
  }
  if (file === null) return { file: null, path: null, config: {} };
  const name = shown(workspace, file);
  // The schema (and zod with it) loads only when there is a config to check.
  const { validateConfig } = await import('../stages/config.ts');
  return { file: name, path: file, config: validateConfig(await readData(file, name), name) };
}
