import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RutaError, type ErrorCode } from './errors.js';
import type { Logger } from './logger.js';

/** Turns anything thrown into a RutaError; what is not one is logged and shown as INTERNAL. */
export function toRutaError(err: unknown, logger: Logger, c: Context): RutaError {
  if (err instanceof RutaError) return err;
  if (err instanceof HTTPException) {
    const code: ErrorCode = err.status === 413 ? 'PAYLOAD_TOO_LARGE' : err.status === 404 ? 'NOT_FOUND' : err.status === 405 ? 'METHOD_NOT_ALLOWED' : 'INVALID_BODY';
    return new RutaError(code);
  }
  logger.error({ err, method: c.req.method, path: c.req.path }, 'unhandled error');
  return new RutaError('INTERNAL');
}

export function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api') || (c.req.header('accept') ?? '').includes('application/json');
}

/** The one JSON shape of every error the API returns. No stack trace ever leaves the server. */
export function errorBody(err: RutaError) {
  return {
    error: {
      code: err.code,
      status: err.status,
      message: err.message,
      ...(err.details.length ? { details: err.details } : {}),
    },
  };
}

export function errorStatus(err: RutaError): ContentfulStatusCode {
  return err.status as ContentfulStatusCode;
}
