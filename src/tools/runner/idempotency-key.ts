/**
 * The `Idempotency-Key` of a tool call: fixed by the tool and the model's call id, so a framework
 * that runs the same call again sends the same key and the API replays the first result.
 */
export const toolCallIdempotencyKey = (tool: string, toolCallId: string): string => `toolcall:${tool}:${encodeURIComponent(toolCallId)}`
