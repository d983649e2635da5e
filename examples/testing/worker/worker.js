// A Worker (module syntax) that lists the merchant's active AgentRef programs at GET /programs.
// `handle` takes the fetch its API client uses: none in production (the runtime's own), a
// cassette's in tests (replay-worker.js) and a recorder's when recording (../record-fixture.mjs).
import { createAgentRef, listPrograms } from 'affiliate-fetch/agentref'

export async function handle(request, env, fetch) {
  if (new URL(request.url).pathname !== '/programs') return new Response('not found', { status: 404 })
  const client = createAgentRef({ apiKey: env.AGENTREF_API_KEY, fetch })
  const { data, meta } = await listPrograms(client, { status: 'active' })
  return Response.json({ total: meta.total, programs: data.map(({ id, name }) => ({ id, name })) })
}

export default {
  fetch: (request, env) => handle(request, env),
}
