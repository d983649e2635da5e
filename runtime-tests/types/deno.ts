// `deno check` of the user fixture plus Deno-specific use, against the installed package
// (resolved through the consumer's package.json and node_modules).
import { verifyWebhookRequest } from 'affiliate-fetch/agentref'

export * from './fixture.ts'

export function serveWebhooks(secret: string): Deno.HttpServer {
  return Deno.serve({ port: 0, onListen() {} }, async (request) => {
    const event = await verifyWebhookRequest(request, secret)
    return Response.json({ received: event.id })
  })
}
