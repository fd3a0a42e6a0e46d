import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { DomainError } from '../../graphql/errors.js';
import { createLogger } from '../../logger.js';
import { REPO_ROOT } from '../../paths.js';
import { ROLES, type Role } from './account.limits.js';
import { AccountService } from './account.service.js';
import { User } from './user.entity.js';

/**
 * `npm run user:create -- --email … --role admin [--name …] [--organization slug]`
 * The password comes from PORUCH_USER_PASSWORD when set, otherwise it is asked for twice, unechoed.
 */
const USAGE =
  'usage: npm run user:create -- --email <email> --role <librarian|partner|trainer|moderator|admin> [--name <name>] [--organization <slug>]';

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Typed characters are not echoed: the prompt is written once, keystrokes are swallowed.
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) write.call(rl, s);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

try {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' } },
  });
  if (!values.email || !values.role || !ROLES.includes(values.role as Role)) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  let password = config.PORUCH_USER_PASSWORD ?? '';
  if (!password) {
    if (!process.stdin.isTTY) {
      console.error('set PORUCH_USER_PASSWORD, or run in a terminal to be asked for the password');
      process.exit(2);
    }
    password = await ask('Password (12+ characters): ');
    if ((await ask('Repeat the password: ')) !== password) {
      console.error('the passwords differ; nothing was created');
      process.exit(1);
    }
  }
  const db = await openDatabase(config, createLogger({ ...config, LOG_LEVEL: 'warn' }), REPO_ROOT);
  try {
    const em = db.orm.em.fork();
    const user = await new AccountService(em).createAccount({
      email: values.email,
      password,
      displayName: values.name ?? values.email.split('@')[0]!,
      organization: values.organization ?? null,
    });
    await em.nativeUpdate(User, { id: user.id }, { role: values.role as Role });
    console.log(`created ${values.role} ${user.email}`);
  } catch (err) {
    console.error(err instanceof DomainError ? `not created: ${err.message}` : err);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
