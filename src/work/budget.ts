// What one request may ask of the analyzer and the exporters: a number of characters to analyse and a time to
// answer in. Past the first the answer is 413 at once; past the second, 503 with Retry-After. Either way nothing
// is half-saved and the server keeps answering everyone else.

export const REQUEST_BUDGET = {
  /** Characters one request may send to be analysed: 200 bullets of the longest length, or 10 of the longest stories. */
  chars: 200_000,
  /** Time from arrival to answer, waiting for a free thread included. */
  ms: 20_000,
} as const;

/** The server has more work queued than it can finish within the request's time; try again shortly. */
export class BusyError extends Error {
  constructor(readonly retryAfterSeconds: number, message = 'The server is busy analysing other requests. Try again in a few seconds; nothing was lost.') {
    super(message);
    this.name = 'BusyError';
  }
}

/** The request asks for more analysis than one request may. */
export class TooMuchWorkError extends Error {
  constructor(readonly chars: number, readonly limit: number, what = 'text') {
    super(`That is ${chars.toLocaleString('en-US')} characters of ${what} in one request; send at most ${limit.toLocaleString('en-US')} at once (split it into smaller requests).`);
    this.name = 'TooMuchWorkError';
  }
}

/** A request's deadline, carried from the route to every task it starts. */
export interface Budget {
  deadline: number;
}

export function startBudget(ms: number = REQUEST_BUDGET.ms): Budget {
  return { deadline: Date.now() + ms };
}

export function totalChars(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + t.length, 0);
}

export function checkChars(texts: readonly string[], what?: string, limit: number = REQUEST_BUDGET.chars): void {
  const chars = totalChars(texts);
  if (chars > limit) throw new TooMuchWorkError(chars, limit, what);
}
