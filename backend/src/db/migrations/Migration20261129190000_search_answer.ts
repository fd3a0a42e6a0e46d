import { Migration } from '@mikro-orm/migrations';

/**
 * The PostgreSQL search engine's one statement per search runs inside this function, so that it is
 * planned without sequential scans (one round trip, no transaction, no `set local`).
 *
 * Why: matching a text vector on a sequential scan unpacks every stored vector (12 µs a row at 20,000
 * records, 250 ms for a word that matches nothing), while the GIN index answers the same condition
 * without touching the vectors (under 5 ms). The planner does not price the unpacking, so a `limit`
 * (the bounded count, the facet sample, the existence check for typo correction) makes the sequential
 * scan look cheaper. `jit` is off because a plan with disabled nodes costs 10^10 on PostgreSQL 17 and
 * earlier, which would compile every search.
 */
export class Migration20261129190000_search_answer extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function poruch_search_answer(statement text, params text[]) returns json
language plpgsql stable
set enable_seqscan = off
set jit = off
as $$
declare answer json;
begin
  execute statement into answer using params;
  return answer;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists poruch_search_answer(text, text[]);');
  }
}
