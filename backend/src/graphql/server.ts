import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import compression from 'compression';
import express from 'express';
import { parse as parseCookies } from 'cookie';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { SESSION } from '../modules/account/account.limits.js';
import { resolveSession } from '../modules/account/session.service.js';
import { IDEMPOTENCY_HEADER, idempotencyPlugin } from '../modules/idempotency/idempotency.plugin.js';
import type { SearchIndex } from '../modules/search/search-index.js';
import { buildContext, DEFAULT_LIMITS, type Context, type MailSetup, type ServerLimits } from './context.js';
import { isDatabaseUnavailable, OutageLog, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './database-outage.js';
import { formatError, INTERNAL_MESSAGE, isExpected } from './errors.js';
import { mountHealth } from './health.js';
import { armor, REQUEST_LIMITS } from './limits.js';
import { getSchema } from './schema.js';
import { enumArgumentRule, noSubscriptionsRule } from './validation.js';
import { mountWebApp } from '../web/web-app.js';
import type { ChangeFeed } from '../db/change-feed.js';
import { securityHeaders } from '../web/security-headers.js';

/**
 * Logs every unexpected error with its real cause and stamps the request id on what the client gets. A
 * database outage is logged once when it starts and once when it ends, and answered 503 with Retry-After.
 */
function errorLoggingPlugin(outage: OutageLog): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            if (isDatabaseUnavailable(error.originalError)) outage.failed(error.originalError);
            if (isExpected(error)) continue;
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error in a GraphQL request');
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          for (const error of errors) {
            if (error.message === INTERNAL_MESSAGE) Object.assign(error.extensions ?? {}, { requestId: contextValue.requestId });
          }
          if (errors.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          } else if (errors.length === 0) outage.answered();
        },
      };
    },
  };
}

export interface HttpApp {
  server: Server;
  apollo: ApolloServer<Context>;
}

/** Builds the HTTP server: /graphql (Apollo) and, when built, the web app at /. */
export interface HttpOptions {
  /** The built web app to serve at /. */
  webDist?: string;
  /** Send the session cookie with `Secure` (everywhere but development). */
  secureCookies?: boolean;
  /** Proxy hops to trust for the caller's address (X-Forwarded-For). */
  trustProxy?: number;
  /** Scheme and host readers use, for canonical links, previews and the sitemap. */
  publicUrl?: string;
  /** How long a rendered public page is reused for the same address. */
  pageCacheTtlMs?: number;
  /** Changes announced by every instance on the database: the page cache is cleared by them. */
  changes?: ChangeFeed;
  /** Whether `__schema` and `__type` are answered (off in production unless asked for). */
  introspection?: boolean;
  limits?: ServerLimits;
  /** E-mail for password resets, when SMTP is configured. */
  mail?: MailSetup | null;
}

export async function createHttpApp(orm: MikroORM, log: Logger, search: SearchIndex, options: HttpOptions = {}): Promise<HttpApp> {
  const {
    webDist,
    secureCookies = true,
    trustProxy = 0,
    publicUrl,
    pageCacheTtlMs = 0,
    changes,
    introspection = true,
    limits = DEFAULT_LIMITS,
    mail = null,
  } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  // First, so every answer has them: pages, built files, /graphql and the error handler's.
  app.use(securityHeaders());
  // Librarians often read on phones over weak connections: every text answer (the app, GraphQL) goes gzipped.
  app.use(compression());
  const server = createServer(app);
  const protection = armor();
  const outage = new OutageLog(log);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection,
    validationRules: [enumArgumentRule, noSubscriptionsRule, ...protection.validationRules],
    // Apollo's own limit, inside its error handling: a long document is a 400 GRAPHQL_PARSE_FAILED like any syntax error.
    parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
    // graphql-armor's plugin type is written against a context-less server; the plugins use no context.
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      errorLoggingPlugin(outage),
      idempotencyPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // No HTTP caching hints are used; without this plugin no resolver is wrapped for per-field timing.
      ApolloServerPluginCacheControlDisabled(),
      // The landing page loads its code from a CDN, which the Content-Security-Policy (rightly) refuses.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: REQUEST_LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId =
          typeof req.headers['x-request-id'] === 'string' && /^[\w-]{8,64}$/.test(req.headers['x-request-id'])
            ? req.headers['x-request-id']
            : randomUUID();
        res.setHeader('x-request-id', requestId);
        const sessionToken = parseCookies(req.headers.cookie ?? '')[SESSION.cookie];
        const user = await resolveSession(orm.em.fork(), sessionToken).catch((err: unknown) => {
          // Who is asking cannot be known while the database is down: the same 503 as any other request.
          if (!isDatabaseUnavailable(err)) throw err;
          outage.failed(err);
          throw new GraphQLError(UNAVAILABLE_MESSAGE, {
            extensions: {
              code: 'SERVICE_UNAVAILABLE',
              http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
            },
          });
        });
        const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: secureCookies, path: '/' } as const;
        return buildContext(orm, log, search, {
          requestId,
          user,
          idempotencyKey: req.get(IDEMPOTENCY_HEADER) ?? null,
          limits,
          mail,
          http: {
            ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            sessionToken,
            setSessionCookie: (token, expiresAt) => res.cookie(SESSION.cookie, token, { ...cookieOptions, expires: expiresAt }),
            clearSessionCookie: () => res.clearCookie(SESSION.cookie, cookieOptions),
          },
        });
      },
    }),
  );
  mountHealth(app, orm);

  if (webDist)
    await mountWebApp(app, { webDist, publicUrl: publicUrl ?? 'http://localhost:4000', pageCacheTtlMs, changes, orm, log, search, apollo });

  // A body that is too large or not JSON: a short, clear answer without a stack trace.
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const status = err.status ?? 500;
    res.status(status).json({
      errors: [
        {
          message:
            status === 413
              ? `Request body larger than ${REQUEST_LIMITS.bodyBytes} bytes`
              : status === 404
                ? 'Not found' // a built file that is not there (an old page asking for a chunk of a past release)
                : status < 500
                  ? 'Malformed request'
                  : INTERNAL_MESSAGE,
          extensions: { code: status === 404 ? 'NOT_FOUND' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
  });
  return { server, apollo };
}
