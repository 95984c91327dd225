import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { DataSource } from 'typeorm';
import { membersHttp } from '../features/members/member.http.js';
import { statisticsHttp } from '../features/statistics/statistics.http.js';
import type { Context } from '../graphql/context.js';
import { fromDatabaseError, HTTP_STATUS } from '../graphql/errors.js';
import { formatError } from '../graphql/format-error.js';
import { langFromHeader, runWithLang } from '../graphql/i18n.js';
import { aliasLimit, depthLimit, knownOperationTypes } from '../graphql/limits.js';
import { schema } from '../graphql/schema.js';
import { edgePlugin } from '../graphql/validation.js';
import { contextFor } from './context.js';
import { answerClientError, BODY_LIMITS, errorHandler, notFoundHandler, refuseNulInQuery } from './errors.js';

export interface AppOptions {
  ds: DataSource;
  /** The built admin app, served at `/` when present. */
  adminDist?: string;
  log?: (level: 'info' | 'error', message: string, detail?: unknown) => void;
  /** True once the process is stopping: /readyz answers 503 so that a proxy stops sending requests. */
  draining?: () => boolean;
}

export interface RunningApp {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** The HTTP process: GraphQL, health, and the admin app, on one port. */
export async function startApp(options: AppOptions & { port: number; host?: string }): Promise<RunningApp> {
  const { ds } = options;
  const log = options.log ?? (() => {});
  const app = express();
  app.disable('x-powered-by');
  // no ETag on API answers: they are never cached (no-store), and hashing a large GraphQL answer costs a millisecond
  // each (the admin app's files keep theirs: express.static makes its own)
  app.set('etag', false);
  const server = createServer(app);
  server.on('clientError', answerClientError);
  const executable = await schema();

  const apollo = new ApolloServer<Context>({
    schema: executable,
    introspection: true,
    // main.ts owns the shutdown (HTTP, then the pool, then PostgreSQL); Apollo's own signal handler would race it
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    validationRules: [knownOperationTypes, depthLimit, aliasLimit],
    formatError: (formatted, original) => formatError(formatted, original, (e) => log('error', 'unexpected error', e)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      edgePlugin(executable),
      // no cache hints are used; the default cache-control plugin would wrap every field resolver (docs/benchmarks.md)
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    runWithLang(langFromHeader(req.headers['accept-language']), next);
  });
  app.use(refuseNulInQuery);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (options.draining?.()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await Promise.race([
        ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.all(
    '/graphql',
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store'); // answers hold personal data: never kept by a browser or a proxy
      next();
    },
    express.json({ limit: BODY_LIMITS.graphql }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return await contextFor(ds, req);
        } catch (e) {
          // an unreachable database while reading the session: SERVICE_UNAVAILABLE, HTTP 503
          const known = fromDatabaseError(e);
          if (!known) throw e;
          known.extensions.http = { status: HTTP_STATUS[String(known.extensions.code)] };
          throw known;
        }
      },
    }),
  );
  app.use(membersHttp(ds, (e) => log('error', 'unexpected error', e)));
  app.use(statisticsHttp(ds, (e) => log('error', 'unexpected error', e)));
  if (options.adminDist && existsSync(join(options.adminDist, 'index.html'))) {
    const dist = options.adminDist;
    // the app's files go gzip-compressed to a client that accepts it (text only; the compressible list decides)
    app.use(compression());
    // hashed assets are cached; index.html never is, so a new build is picked up at once
    app.use(
      express.static(dist, {
        index: 'index.html',
        setHeaders: (res, file) => {
          res.setHeader(
            'Cache-Control',
            file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
          );
        },
      }),
    );
    app.get(/^\/(?!graphql|healthz|readyz|import|export|api(\/|$)).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(dist, 'index.html'));
    });
  }

  // anything else, and every error any route lets through, answers JSON in the error model
  app.use(notFoundHandler);
  app.use(errorHandler((e) => log('error', 'unexpected error', e)));

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://localhost:${port}`,
    stop: async () => {
      await apollo.stop();
      server.closeAllConnections?.();
    },
  };
}
