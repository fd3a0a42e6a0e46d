import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  caseStudySeed,
  collectionSeed,
  communitySeed,
  oblastSeed,
  organizationSeed,
  partnershipSeed,
  practiceSeed,
  taxonomyTermSeed,
  type CaseStudySeed,
  type CollectionSeed,
  type CommunitySeed,
  type OblastSeed,
  type OrganizationSeed,
  type PartnershipSeed,
  type PracticeSeed,
  type TaxonomyTermSeed,
} from './seed.schema.js';

/** One problem in the seed data: the file, the field path inside it, and the rule broken. */
export interface SeedProblem {
  file: string;
  field: string;
  message: string;
}

export interface SeedCatalog {
  themes: TaxonomyTermSeed[];
  audiences: TaxonomyTermSeed[];
  formats: TaxonomyTermSeed[];
  oblasts: OblastSeed[];
  communities: CommunitySeed[];
  partnerships: PartnershipSeed[];
  organizations: OrganizationSeed[];
  practices: PracticeSeed[];
  caseStudies: CaseStudySeed[];
  collections: CollectionSeed[];
}

export interface SeedReadResult {
  catalog: SeedCatalog;
  problems: SeedProblem[];
  /** Where each record came from, keyed by `<kind>:<slug>`, for reference errors. */
  sources: Map<string, string>;
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and shape-checks every seed file; reference checks are in seed.validate.ts. */
export function readSeeds(root: string): SeedReadResult {
  const problems: SeedProblem[] = [];
  const sources = new Map<string, string>();
  const rel = (file: string) => relative(root, file) || file;

  function load(file: string): unknown {
    try {
      return parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push({ file: rel(file), field: '(file)', message: `not readable YAML: ${(err as Error).message}` });
      return undefined;
    }
  }

  function check<T>(schema: z.ZodType<T>, value: unknown, file: string, prefix: string, kind: string): T | undefined {
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file: rel(file),
          field: fieldPath([...(prefix ? [prefix] : []), ...issue.path]) || '(root)',
          message: issue.message,
        });
      }
      return undefined;
    }
    const slug = (result.data as { slug?: string }).slug;
    if (slug) {
      const key = `${kind}:${slug}`;
      if (sources.has(key)) {
        problems.push({
          file: rel(file),
          field: `${prefix ? prefix + '.' : ''}slug`,
          message: `duplicate ${kind} slug "${slug}" (also in ${sources.get(key)})`,
        });
        return undefined;
      }
      sources.set(key, rel(file));
    }
    return result.data;
  }

  function listFile<T>(file: string, schema: z.ZodType<T>, kind: string): T[] {
    const full = join(root, file);
    if (!existsSync(full)) {
      problems.push({ file, field: '(file)', message: 'missing file' });
      return [];
    }
    const data = load(full);
    if (data === undefined) return [];
    if (!Array.isArray(data)) {
      problems.push({ file, field: '(root)', message: 'must be a list' });
      return [];
    }
    return data.flatMap((item, i) => {
      const parsed = check(schema, item, full, `[${i}]`, kind);
      return parsed ? [parsed] : [];
    });
  }

  function folder<T>(dir: string, schema: z.ZodType<T>, kind: string): T[] {
    return yamlFiles(join(root, dir)).flatMap((file) => {
      const data = load(file);
      if (data === undefined) return [];
      const parsed = check(schema, data, file, '', kind);
      if (parsed && (parsed as unknown as { slug: string }).slug + '.yaml' !== file.split('/').pop()) {
        problems.push({ file: rel(file), field: 'slug', message: 'must equal the file name without .yaml' });
      }
      return parsed ? [parsed] : [];
    });
  }

  const catalog: SeedCatalog = {
    themes: listFile('taxonomy/themes.yaml', taxonomyTermSeed, 'theme'),
    audiences: listFile('taxonomy/audiences.yaml', taxonomyTermSeed, 'audience'),
    formats: listFile('taxonomy/formats.yaml', taxonomyTermSeed, 'format'),
    oblasts: listFile('oblasts.yaml', oblastSeed, 'oblast'),
    communities: listFile('communities.yaml', communitySeed, 'community'),
    partnerships: listFile('partnerships.yaml', partnershipSeed, 'partnership'),
    organizations: listFile('organizations.yaml', organizationSeed, 'organization'),
    practices: folder('practices', practiceSeed, 'practice'),
    caseStudies: folder('case-studies', caseStudySeed, 'case study'),
    collections: folder('collections', collectionSeed, 'collection'),
  };
  return { catalog, problems, sources };
}
