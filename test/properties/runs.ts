// How many cases each property runs. Set FC_RUNS_SCALE to run more (e.g. 10 for a long soak).
const scale = Number(process.env.FC_RUNS_SCALE ?? 1) || 1

export const RUNS = {
  headers: 500 * scale, // each case: one or two real HTTP requests
  redaction: 1_000 * scale,
  errorMapping: 1_000 * scale,
  retryAfterParse: 5_000 * scale,
  retryAfterWait: 1_000 * scale,
  webhooksSigned: 1_000 * scale,
  webhooksAnyArguments: 2_000 * scale,
  paths: 1_000 * scale, // each case: one real HTTP request, or none
  prototypes: 1_000 * scale,
  unreadable: 500 * scale,
  statuses: 500 * scale,
  rateLimit: 3_000 * scale,
  debugLog: 100 * scale, // each case: six real HTTP requests
  cassetteRedaction: 1_000 * scale, // each case: one recorded exchange, in memory
  cliWire: 25 * scale, // per operation (116): two real HTTP requests, the function's and the command line's
} as const

/** The token alphabet of RFC 6750 (b64token), which API keys and JWTs are drawn from. */
export const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'
