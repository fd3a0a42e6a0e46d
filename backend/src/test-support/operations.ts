import { expect } from 'vitest';
import type { GqlResponse } from './test-app.js';

/**
 * A GraphQL document a test sends, typed with what it answers (`Data`) and what it takes (`Variables`),
 * so that a test reads `res.data.createCollection.items` without restating the shape at every call.
 * Each feature keeps its operations in `testing/<feature>.test-ops.ts`; a caller sends them with `send`.
 */
export interface Operation<Data, Variables extends object = Record<never, never>> {
  readonly document: string;
  /** Never set: carries the types only. */
  readonly types?: { data: Data; variables: Variables };
}

export const operation = <Data, Variables extends object = Record<never, never>>(document: string): Operation<Data, Variables> => ({
  document,
});

/** The first error's code and field (one field of a bad-input answer), for compact assertions. */
export const failure = (res: Pick<GqlResponse<unknown>, 'errors'>) => ({
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field ?? (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.[0]?.field,
});

/** The data of an answer that must have succeeded; with errors, the assertion shows them. */
export async function dataOf<Data>(answer: Promise<GqlResponse<Data>>): Promise<Data> {
  const res = await answer;
  expect(res.errors).toBeUndefined();
  return res.data!;
}
