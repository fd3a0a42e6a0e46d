import type { Session } from '../../../../test/support/session';

/** Published practices from the seed data, as the API lists them. */
export async function seededPractices(session: Session, count: number) {
  const { practices } = await session.query<{ practices: { edges: { node: { id: string; slug: string; titleUk: string } }[] } }>(
    `{ practices(first: ${count}) { edges { node { id slug titleUk } } } }`,
  );
  return practices.edges.map((e) => e.node);
}

/** Serious and critical axe-core violations on the page as rendered (jsdom: no layout, so no colour contrast). */
export async function seriousAxeViolations(): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
