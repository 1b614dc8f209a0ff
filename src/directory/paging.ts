/** The HSDS Page envelope, following the Open Referral UK validator's rules for each flag. */
export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function pageOf<T>(contents: T[], total: number, page: number, perPage: number): Page<T> {
  // An empty result is still one (empty) page, so page 1 is then both first and last.
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page === totalPages,
    empty: contents.length === 0,
    contents,
  };
}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 1000;
