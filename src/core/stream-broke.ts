/**
 * Whether reading a body failed because the connection dropped: the network's failure, not an
 * unreadable response. What each runtime throws when a connection drops mid-body (the runtime
 * matrix drops one on each, with and without Content-Length):
 * - a TypeError, as the Fetch standard says: Node ("terminated"), Deno, Bun, browsers;
 * - workerd: an Error "Network connection lost." that it marks `retryable`;
 * - happy-dom: Node's socket error as it is (`code` ECONNRESET).
 * Anything else thrown while reading (a RangeError for a string too long, a decoder failure) is not.
 */
export const streamBroke = (error: any): boolean => error?.name == 'TypeError' || error?.retryable === true || /^E(CONNRESET|PIPE)$/.test(error?.code)
