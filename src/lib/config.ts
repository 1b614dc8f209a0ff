import { resolve } from 'node:path';

/** Every setting Ruta reads, with its environment variable and default. Documented in the README. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when unset Ruta uses the embedded SQLite file. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  logLevel: string;
  /** Load the need taxonomy and starter listings into an empty database on start. */
  starterData: boolean;
  /** Public base URL, used for absolute links such as the API's openapi_url. */
  publicUrl: string;
}

export class ConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return n;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer('PORT', env.PORT, 3000, 0, 65535);
  const host = env.HOST || '0.0.0.0';
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "${logLevel}"`);
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: resolve(env.SQLITE_PATH || 'data/ruta.sqlite'),
    logLevel,
    starterData: flag('STARTER_DATA', env.STARTER_DATA, true),
    publicUrl,
  };
}
