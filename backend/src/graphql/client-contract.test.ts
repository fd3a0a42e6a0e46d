import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../modules/catalog/catalog.limits.js';
import { practiceContent } from '../modules/practice/practice.content.js';
import { REPO_ROOT } from '../paths.js';
import { ERROR_CODES } from './errors.js';
import { FIELD_RULES, zodIssueRule } from './field-rules.js';

/**
 * What the web app keeps as copies of the server's facts, held equal to them: the rule codes of refused
 * fields (with words for each), the error codes, and the content limits it checks before sending.
 */

/** The web app's side of the contract: its list of rules and the catalogue key of each. */
// A computed path: the web app's modules are outside this package's sources.
const clientModule = <T>(path: string): Promise<T> => import(pathToFileURL(resolve(REPO_ROOT, 'frontend/src', path)).href);
const clientRules = () =>
  clientModule<{ FIELD_RULES: readonly string[]; RULE_MESSAGES: Record<string, string> }>('shared/forms/field-rules.ts');

/** A catalogue entry, plain or in plural forms (`key_one`, `key_few`…). */
function hasWords(catalogue: Record<string, unknown>, key: string): boolean {
  const path = key.split('.');
  const last = path.pop()!;
  let node: unknown = catalogue;
  for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
  const leaves = Object.entries((node ?? {}) as Record<string, unknown>);
  return leaves.some(([k, v]) => (k === last || k.startsWith(`${last}_`)) && typeof v === 'string' && v.trim() !== '');
}

describe('field rules: the codes a refused field travels with', () => {
  it('are the same closed set on the server and in the web app, and every one has words in Ukrainian and English', async () => {
    const client = await clientRules();
    expect([...client.FIELD_RULES].sort()).toEqual([...FIELD_RULES].sort());
    for (const lang of ['uk', 'en']) {
      const catalogue = JSON.parse(readFileSync(resolve(REPO_ROOT, `frontend/src/features/contribute/i18n/${lang}.json`), 'utf8'));
      const missing = FIELD_RULES.filter((rule) => !client.RULE_MESSAGES[rule] || !hasWords(catalogue, client.RULE_MESSAGES[rule]!));
      expect(missing, `rules without ${lang} words`).toEqual([]);
    }
  });

  it('read the content rules as codes with their limits, not as zod’s wording', () => {
    const result = practiceContent.safeParse(
      {
        titleUk: 'я'.repeat(10_000),
        summaryUk: '',
        steps: [],
        groupSize: { min: 1.5, max: 'many' },
      },
      { reportInput: true }, // as parseContent asks
    );
    expect(result.success).toBe(false);
    const rules = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), zodIssueRule(issue)]));
    expect(rules.titleUk).toMatchObject({ rule: 'tooLong', max: expect.any(Number) });
    expect(rules.summaryUk).toEqual({ rule: 'required' });
    expect(rules.steps).toEqual({ rule: 'tooFew', min: 1 });
    expect(rules['groupSize.min']).toEqual({ rule: 'integer' });
    expect(rules['groupSize.max']).toEqual({ rule: 'number' });
    expect(rules.descriptionUk).toEqual({ rule: 'required' });
    expect(Object.values(rules).filter((r) => r.rule === 'invalid')).toEqual([]);
  });
});

describe('the web app’s other copies', () => {
  it('knows every error code the server sends, and no other (besides NETWORK, its own for no answer)', async () => {
    const { API_ERROR_CODES } = await clientModule<{ API_ERROR_CODES: readonly string[] }>('shared/errors/api-error.ts');
    expect([...API_ERROR_CODES].sort()).toEqual([...ERROR_CODES].sort());
  });

  it('checks content against the server’s limits', async () => {
    const client = await clientModule<{ LIMITS: Record<string, number> }>('features/contribute/model/form-helpers.ts');
    const serverName = (key: string) => (key === 'themes' ? 'themesPerPractice' : key);
    const differing = Object.entries(client.LIMITS).filter(([key, value]) => LIMITS[serverName(key) as keyof typeof LIMITS] !== value);
    expect(differing).toEqual([]);
  });
});
