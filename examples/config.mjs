// Where the examples get their settings: your own keys from the environment, or, when SANDBOX_URL
// points at a running sandbox (`npx affiliate-fetch-sandbox`), its URLs and demo keys.
export async function exampleConfig() {
  const env = (name) => globalThis.process?.env?.[name] ?? globalThis.Deno?.env.get(name)
  const sandbox = env('SANDBOX_URL')
  if (!sandbox) {
    return {
      agentref: { apiKey: env('AGENTREF_API_KEY') },
      agentclick: { apiKey: env('AGENTCLICK_API_KEY') },
      agentries: { did: env('AGENTRIES_DID'), privateKey: env('AGENTRIES_PRIVATE_KEY') },
    }
  }
  const index = await (await fetch(`${sandbox.replace(/\/$/, '')}/`)).json()
  return {
    agentref: { apiKey: index.keys.agentref.merchant, baseUrl: index.agentrefUrl },
    agentclick: { apiKey: index.keys.agentclick.agent, baseUrl: index.agentclickUrl },
    agentries: { did: index.keys.agentries.did, privateKey: index.keys.agentries.privateKey, baseUrl: index.agentriesUrl },
  }
}
