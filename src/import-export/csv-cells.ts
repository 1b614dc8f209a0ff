/**
 * Spreadsheet programs run a cell that starts with = + - or @ as a formula, so an exported
 * directory could carry an attack to whoever opens it. Export prefixes such text cells with an
 * apostrophe (the convention spreadsheets themselves use) and import removes exactly that
 * prefix again, so data round-trips unchanged. Numbers are never touched: -92.2 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
