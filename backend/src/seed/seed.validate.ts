import { readSeeds, type SeedCatalog, type SeedProblem } from './seed.read.js';

/** Checks every cross-file reference (theme slugs, organisations, practices…) and a few rules a schema cannot express. */
export function validateReferences(catalog: SeedCatalog, sources: Map<string, string>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const sets = {
    theme: new Set(catalog.themes.map((t) => t.slug)),
    audience: new Set(catalog.audiences.map((t) => t.slug)),
    format: new Set(catalog.formats.map((t) => t.slug)),
    oblast: new Set(catalog.oblasts.map((t) => t.slug)),
    community: new Set(catalog.communities.map((t) => t.slug)),
    organization: new Set(catalog.organizations.map((t) => t.slug)),
    practice: new Set(catalog.practices.map((t) => t.slug)),
    'case study': new Set(catalog.caseStudies.map((t) => t.slug)),
  };
  type Kind = keyof typeof sets;

  function ref(kind: Kind, value: string | undefined, owner: string, field: string) {
    if (value !== undefined && !sets[kind].has(value)) {
      problems.push({ file: sources.get(owner) ?? owner, field, message: `unknown ${kind} slug "${value}"` });
    }
  }
  const refs = (kind: Kind, values: string[], owner: string, field: string) =>
    values.forEach((v, i) => ref(kind, v, owner, `${field}[${i}]`));

  catalog.communities.forEach((c) => ref('oblast', c.oblast, `community:${c.slug}`, `${c.slug}.oblast`));
  catalog.partnerships.forEach((p) => {
    refs('community', p.communities, `partnership:${p.slug}`, `${p.slug}.communities`);
    if (p.communities[0] === p.communities[1]) {
      problems.push({
        file: sources.get(`partnership:${p.slug}`)!,
        field: `${p.slug}.communities`,
        message: 'a partnership needs two different communities',
      });
    }
  });
  catalog.organizations.forEach((o) => {
    ref('community', o.community, `organization:${o.slug}`, `${o.slug}.community`);
    ref('organization', o.parent, `organization:${o.slug}`, `${o.slug}.parent`);
  });
  for (const p of catalog.practices) {
    const owner = `practice:${p.slug}`;
    refs('theme', p.themes, owner, 'themes');
    refs('audience', p.audiences, owner, 'audiences');
    refs('format', p.formats, owner, 'formats');
    ref('organization', p.originOrganization, owner, 'originOrganization');
    ref('practice', p.adaptedFrom, owner, 'adaptedFrom');
    if (p.adaptedFrom === p.slug)
      problems.push({ file: sources.get(owner)!, field: 'adaptedFrom', message: 'a practice cannot be adapted from itself' });
    if (p.groupSize && p.groupSize.min > p.groupSize.max)
      problems.push({ file: sources.get(owner)!, field: 'groupSize', message: 'min must not exceed max' });
  }
  for (const c of catalog.caseStudies) {
    const owner = `case study:${c.slug}`;
    c.practices.forEach((p, i) => ref('practice', p.practice, owner, `practices[${i}].practice`));
    ref('organization', c.organization, owner, 'organization');
    refs('organization', c.partnerOrganizations, owner, 'partnerOrganizations');
    refs('audience', c.participants.audiences, owner, 'participants.audiences');
    if (c.period.end && c.period.end < c.period.start)
      problems.push({ file: sources.get(owner)!, field: 'period.end', message: 'must not be before period.start' });
  }
  for (const col of catalog.collections) {
    const owner = `collection:${col.slug}`;
    col.items.forEach((item, i) => ref(item.kind === 'practice' ? 'practice' : 'case study', item.ref, owner, `items[${i}].ref`));
    // The database holds a record at most once per collection.
    const seen = new Set<string>();
    col.items.forEach((item, i) => {
      const key = `${item.kind}:${item.ref}`;
      if (seen.has(key))
        problems.push({ file: sources.get(owner)!, field: `items[${i}].ref`, message: 'appears twice in this collection' });
      seen.add(key);
    });
  }
  return problems;
}

// A straight quote between two Cyrillic letters is a Ukrainian apostrophe typed on a Latin keyboard
// (м'яч); the interface writes ’, so the seeds do too. YAML quoting and English text are left alone.
const STRAIGHT_APOSTROPHE = /[\p{L}’]*\p{Script=Cyrillic}'\p{Script=Cyrillic}[\p{L}'’]*/gu;

/** Source keys (`<kind>:<slug>`) of each catalogue list, as readSeeds records them. */
const SOURCE_KIND: Record<keyof SeedCatalog, string> = {
  themes: 'theme',
  audiences: 'audience',
  formats: 'format',
  oblasts: 'oblast',
  communities: 'community',
  partnerships: 'partnership',
  organizations: 'organization',
  practices: 'practice',
  caseStudies: 'case study',
  collections: 'collection',
};

/** Every Ukrainian word written with ' instead of ’, by file and field. */
export function checkApostrophes(catalog: SeedCatalog, sources: Map<string, string>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  function walk(value: unknown, file: string, field: string) {
    if (typeof value === 'string') {
      for (const [word] of value.matchAll(STRAIGHT_APOSTROPHE))
        problems.push({ file, field, message: `"${word}" has a straight apostrophe ('); write ’ (${word.replace(/'/g, '’')})` });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, file, `${field}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, file, field ? `${field}.${k}` : k);
    }
  }
  for (const [list, kind] of Object.entries(SOURCE_KIND) as [keyof SeedCatalog, string][]) {
    for (const record of catalog[list]) {
      const file = sources.get(`${kind}:${record.slug}`) ?? `${kind}:${record.slug}`;
      // List files hold many records, so their fields start with the slug, as in the reference checks.
      const oneAFile = list === 'practices' || list === 'caseStudies' || list === 'collections';
      walk(record, file, oneAFile ? '' : record.slug);
    }
  }
  return problems;
}

/** Reads the seed folder and returns the catalogue with every problem found (shape, references, apostrophes). */
export function loadAndValidateSeeds(root: string): { catalog: SeedCatalog; problems: SeedProblem[] } {
  const { catalog, problems, sources } = readSeeds(root);
  return { catalog, problems: [...problems, ...validateReferences(catalog, sources), ...checkApostrophes(catalog, sources)] };
}
