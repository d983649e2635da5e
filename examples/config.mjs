// Where the examples get their settings, first match wins:
// 1. SANDBOX_URL points at a running sandbox (`npx affiliate-fetch-sandbox`): its URLs and demo keys;
// 2. your own keys from the environment (AGENTREF_API_KEY, AGENTCLICK_API_KEY,
//    AGENTRIES_DID + AGENTRIES_PRIVATE_KEY): the real APIs;
// 3. neither: a sandbox started right here, in process (createSandbox), reached through its fetch.
const env = (name) => globalThis.process?.env?.[name] ?? globalThis.Deno?.env.get(name)

export async function exampleConfig() {
  const sandbox = env('SANDBOX_URL')
  if (sandbox) {
    const index = await (await fetch(`${sandbox.replace(/\/$/, '')}/`)).json()
    return {
      agentref: { apiKey: index.keys.agentref.merchant, baseUrl: index.agentrefUrl },
      agentclick: { apiKey: index.keys.agentclick.agent, baseUrl: index.agentclickUrl },
      agentries: { did: index.keys.agentries.did, privateKey: index.keys.agentries.privateKey, baseUrl: index.agentriesUrl },
      close: async () => {},
    }
  }
  const own = {
    agentref: { apiKey: env('AGENTREF_API_KEY') },
    agentclick: { apiKey: env('AGENTCLICK_API_KEY') },
    agentries: { did: env('AGENTRIES_DID'), privateKey: env('AGENTRIES_PRIVATE_KEY') },
  }
  if (own.agentref.apiKey || own.agentclick.apiKey || own.agentries.did) return { ...own, close: async () => {} }
  const { createSandbox } = await import('affiliate-fetch/sandbox')
  const sb = createSandbox()
  console.log('(no SANDBOX_URL and no API keys: using a sandbox in this process)')
  return {
    agentref: { apiKey: sb.keys.agentref.merchant, fetch: sb.fetch },
    agentclick: { apiKey: sb.keys.agentclick.agent, fetch: sb.fetch },
    agentries: { did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, fetch: sb.fetch },
    close: () => sb.close(),
  }
}
