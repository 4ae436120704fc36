// The one door to Excel: `Excel.run` in the task pane, the in-memory Excel in tests. Everything in
// src/addin/excel receives it as a parameter, so no module reaches for a global.

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web refuses a request or a response over 5 MB (RichApi.Error PayloadTooLarge). */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The share of that limit one write batch may use: estimates are estimates. */
export const REQUEST_BUDGET = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT * 0.6);

interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; errorLocation?: unknown };
}

/** The error code Office.js gives (OfficeExtension.Error.code), or "" for anything else. */
export function officeErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as OfficeErrorLike;
  if (typeof e.code === 'string') return e.code;
  if (typeof e.debugInfo?.code === 'string') return e.debugInfo.code;
  return '';
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as OfficeErrorLike).message === 'string') {
    return (error as OfficeErrorLike).message as string;
  }
  return String(error);
}

/** A write refused because the sheet (or workbook structure) is protected. */
export function isProtectionError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'AccessDenied' || /protect/i.test(errorText(error));
}

export function isPayloadError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === 'PayloadTooLarge' || code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
