import { describeSearchContract } from '../testing/search.contract.js';
import { PostgresSearchIndex } from './postgres-search-index.js';

describeSearchContract('PostgreSQL', (orm) => new PostgresSearchIndex(orm));
