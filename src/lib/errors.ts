/**
 * The one catalogue of errors Ruta reports. Codes are stable: clients and tests may rely on them.
 * Messages here are defaults; a thrown error may carry a more precise message and details.
 */
export const ERROR_CATALOGUE = {
  NOT_FOUND: { status: 404, message: 'Nothing was found at this address.' },
  RECORD_NOT_FOUND: { status: 404, message: 'No record has this id.' },
  INVALID_PARAMETER: { status: 400, message: 'A query parameter is not valid.' },
  INVALID_ID: { status: 400, message: 'The id is not a valid UUID.' },
  INVALID_BODY: { status: 400, message: 'The request body is not valid.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed here.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests in a short time. Please try again in a few minutes.' },
  IMPORT_INVALID: { status: 422, message: 'The import was rejected; nothing was changed.' },
  IMPORT_UNREADABLE: { status: 400, message: 'The file could not be read.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. Please try again later.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Where a problem is: file, line and field, whichever apply. */
export interface ProblemDetail {
  file?: string;
  line?: number;
  field?: string;
  reason: string;
}

export class RutaError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ProblemDetail[];

  constructor(code: ErrorCode, message?: string, details: ProblemDetail[] = []) {
    super(message ?? ERROR_CATALOGUE[code].message);
    this.name = 'RutaError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = details;
  }
}

/** Renders one problem as "file:line field: reason" for terminals and logs. */
export function formatProblem(p: ProblemDetail): string {
  const where = [p.file && (p.line ? `${p.file}:${p.line}` : p.file), p.field].filter(Boolean).join(' ');
  return where ? `${where}: ${p.reason}` : p.reason;
}
