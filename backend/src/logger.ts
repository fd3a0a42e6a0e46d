import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  return pino({ level: config.LOG_LEVEL, base: undefined, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}
