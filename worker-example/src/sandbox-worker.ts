// A second Worker entry: the affiliate-fetch sandbox (AgentRef, AgentClick and Agentries emulated)
// served from Cloudflare, so that a team can share one staging sandbox. Deploy it with
// `wrangler deploy -c wrangler.sandbox.toml`; clients use `https://<worker>/agentref/api/v1`,
// `https://<worker>/agentclick/api/mcp.php` and `https://<worker>/agentries` as base URLs, and
// `GET /` lists them with the demo keys.
//
// State: one sandbox lives in one Durable Object (`SANDBOX`, name `shared`), in its memory, so
// every isolate of this Worker, anywhere, reaches the same data. It is not persisted: when the
// object is evicted (idle for a while) or redeployed, the next request starts again from the seed.
import { DurableObject } from 'cloudflare:workers'
import type { DurableObjectNamespace } from 'cloudflare:workers'
import { createSandbox, type InProcessSandbox } from 'affiliate-fetch/sandbox'

export interface SandboxEnv {
  SANDBOX: DurableObjectNamespace<SharedSandbox>
  /** Seeds the data and keys (default 1). */
  SANDBOX_SEED?: string
  /** Fault rules in the CLI string form, e.g. `GET /programs:503:0.2`. */
  SANDBOX_FAULTS?: string
}

/** The one sandbox, held in this object's memory. */
export class SharedSandbox extends DurableObject<SandboxEnv> {
  private readonly sandbox: InProcessSandbox

  constructor(ctx: DurableObject['ctx'], env: SandboxEnv) {
    super(ctx, env)
    this.sandbox = createSandbox({ seed: Number(env.SANDBOX_SEED ?? 1), faults: env.SANDBOX_FAULTS ?? [] })
  }

  async fetch(request: Request): Promise<Response> {
    const remote = request.headers.get('cf-connecting-ip') ?? 'unknown'
    // A dropped-connection fault has no socket to drop here: the client gets a 502 with no body.
    return this.sandbox.serve(request, { remote }).catch(() => new Response(null, { status: 502 }))
  }
}

export default {
  fetch(request: Request, env: SandboxEnv): Promise<Response> {
    const stub = env.SANDBOX.get(env.SANDBOX.idFromName('shared'))
    return stub.fetch(request)
  },
}
