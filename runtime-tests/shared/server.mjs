// The local server the behaviour suite talks to: node:http on 127.0.0.1 only, deterministic, and
// with exactly the routes suite.mjs needs. It answers CORS preflights and sends CORS headers, so
// a page served from another loopback origin (http://localhost:PORT) can call it as a browser
// would. It shuts itself down after `lifetimeMs` whatever happens to the runner.
import { createHmac, createPrivateKey, createPublicKey, randomBytes, verify } from 'node:crypto'
import { createServer } from 'node:http'
import { FIXTURES } from './suite.mjs'

const ALLOWED_HEADERS = 'authorization, content-type, idempotency-key, accept'
const EXPOSED_HEADERS = 'retry-after, retry-after-ms, x-request-id, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset'
const MAX_BODY = 64 * 1024

function corsHeaders(req) {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-expose-headers': EXPOSED_HEADERS,
    vary: 'Origin',
  }
}

function send(req, res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
    ...corsHeaders(req),
    ...headers,
  })
  res.end(text)
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks = []
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > MAX_BODY) req.destroy(new Error('body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const bearer = (req) => /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1]
const agentrefError = (code, message, requestId) => ({ error: { code, message }, meta: { requestId } })

/** The Ed25519 public key of the fixed seed, derived with node:crypto (RFC 8410 PKCS#8 wrapping). */
function agentriesPublicKey() {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(FIXTURES.agentriesSeed, 'hex')])
  const publicKey = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }))
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url').toString('hex')
  if (raw !== FIXTURES.agentriesPublicKey) throw new Error(`seed gives public key ${raw}, expected ${FIXTURES.agentriesPublicKey}`)
  return publicKey
}

/** A webhook delivery signed per contract §8: HMAC-SHA256 over `{id}.{timestamp}.{body}`, base64. */
function signedDelivery() {
  const event = {
    id: 'msg_rt_1',
    type: 'payout.completed',
    schemaVersion: 2,
    createdAt: new Date().toISOString(),
    merchantId: 'mer_1',
    programId: 'prg_1',
    environment: 'development',
    data: { id: 'pay_77', amount: 1500, currency: 'EUR', status: 'completed' },
  }
  const body = JSON.stringify(event)
  const id = event.id
  const timestamp = String(Math.floor(Date.now() / 1000))
  const sign = (key) => createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  const key = Buffer.from(FIXTURES.webhookSecret.replace(/^whsec_/, ''), 'base64')
  // Two signatures, as after a secret rotation: only the second one matches.
  const signature = `v1,${sign(Buffer.from('an old rotated-out secret'))} v1,${sign(key)}`
  return { body, headers: { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': signature } }
}

/**
 * Starts the server on 127.0.0.1 (port 0: any free one). Returns its origin, a way to add static
 * assets (the Chromium page and bundle), request counters and `close()`.
 */
export async function startServer({ lifetimeMs = 180_000 } = {}) {
  const publicKey = agentriesPublicKey()
  const programs = FIXTURES.programs.map((status, i) => ({ id: `prg_${i + 1}`, name: `Program ${i + 1}`, status }))
  const payouts = new Map() // idempotency key -> { body, attempts }
  const tokens = new Set()
  const paced = new Map() // run id -> arrival times (ms) of its requests
  const assets = new Map()
  const stats = { requests: 0, preflights: 0 }

  const agentref = async (req, res, url, route) => {
    const key = bearer(req)
    if (key !== FIXTURES.agentrefKey) return send(req, res, 401, agentrefError('UNAUTHORIZED', 'Invalid API key', 'req_401'))
    if (req.method === 'GET' && route === '/programs') {
      const status = url.searchParams.get('status')
      const pageSize = Number(url.searchParams.get('pageSize'))
      const page = Number(url.searchParams.get('page') ?? '1')
      if (status !== 'active' || pageSize !== 2 || !(page >= 1)) {
        return send(req, res, 400, agentrefError('BAD_QUERY', `expected status=active&pageSize=2[&page=N], got ${url.search}`, 'req_400'))
      }
      const matching = programs.filter((p) => p.status === status)
      const data = matching.slice((page - 1) * pageSize, page * pageSize)
      const meta = { page, pageSize, total: matching.length, hasMore: page * pageSize < matching.length }
      return send(req, res, 200, { data, meta })
    }
    if (req.method === 'GET' && route === '/programs/slow') {
      // Held longer than any client timeout in the suite; released early when the client goes away.
      const timer = setTimeout(() => send(req, res, 200, { data: { id: 'slow' } }), 5_000)
      res.on('close', () => clearTimeout(timer))
      return
    }
    if (req.method === 'GET' && (route === '/programs/dropped-length' || route === '/programs/dropped-chunked')) {
      // Headers and part of the body, then the connection drops: a broken body stream.
      const length = route.endsWith('length') ? { 'content-length': '1000' } : {}
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...corsHeaders(req), ...length })
      res.write('{"data": {"id": "dropped", "name": "')
      setTimeout(() => req.socket.destroy(), 20)
      return
    }
    const pacing = req.method === 'GET' && /^\/programs\/(paced|refused)-([\w-]+)$/.exec(route)
    if (pacing) {
      // Pacing: a run's first answer says nothing remains (reset in 0.6 s, or in 120 s for "refused");
      // every answer lists the run's arrival times, as this server's clock saw them.
      const [, kind, run] = pacing
      const arrivals = paced.get(`${kind}-${run}`) ?? []
      paced.set(`${kind}-${run}`, arrivals)
      arrivals.push(Date.now())
      const spent = arrivals.length === 1
      const headers = { 'x-request-id': `req_paced_${arrivals.length}`, 'x-ratelimit-limit': '4', 'x-ratelimit-remaining': spent ? '0' : '3', 'x-ratelimit-reset': kind === 'refused' ? '120' : '0.6' }
      return send(req, res, 200, { data: { id: run, arrivals: arrivals.map((at) => at - arrivals[0]) } }, headers)
    }
    if (req.method === 'GET' && route === '/programs/missing') {
      return send(req, res, 404, agentrefError('NOT_FOUND', `No program "missing" visible to key ${key}`, 'req_404'), { 'x-request-id': 'req_404' })
    }
    if (req.method === 'POST' && route === '/payouts') {
      const body = await readBody(req)
      const idem = req.headers['idempotency-key']
      if (!idem) return send(req, res, 400, agentrefError('IDEMPOTENCY_KEY_REQUIRED', 'Idempotency-Key header missing', 'req_400'))
      let entry = payouts.get(idem)
      if (!entry) {
        // A key's first attempt fails; only a retry with the same key and body succeeds.
        payouts.set(idem, { body, attempts: 1 })
        return send(req, res, 503, agentrefError('UNAVAILABLE', 'Try again', 'req_503'), { 'retry-after-ms': '25' })
      }
      if (entry.body !== body) return send(req, res, 409, agentrefError('IDEMPOTENCY_KEY_REUSED', 'Different body for this key', 'req_409'))
      entry.attempts++
      const params = JSON.parse(body)
      return send(req, res, 201, { data: { id: 'pay_1', ...params, amount: 1500, idempotencyKey: idem, attempts: entry.attempts }, meta: { requestId: 'req_201' } })
    }
    return send(req, res, 404, agentrefError('NOT_FOUND', `No route ${req.method} ${route}`, 'req_404'))
  }

  const agentclick = async (req, res) => {
    if (req.method !== 'POST') return send(req, res, 405, { success: false, message: 'POST only' })
    if (bearer(req) !== FIXTURES.agentclickKey) return send(req, res, 401, { success: false, message: 'Invalid API key' })
    const { action, params } = JSON.parse(await readBody(req))
    if (action !== 'agent.track_click') return send(req, res, 400, { success: false, message: `Unknown action ${action}` })
    if (params?.partnership_id !== 42) return send(req, res, 200, { success: false, message: 'Partnership not found' })
    return send(req, res, 200, {
      success: true,
      message: 'Click tracked',
      data: {
        click_id: 9001,
        tracking_url: 'https://agentclick.ai/t/42/9001',
        lp_url: 'https://merchant.example/landing?ref=42',
        partnership_id: 42,
        context: params.context,
      },
    })
  }

  const agentries = async (req, res, route) => {
    if (req.method === 'POST' && route === '/api/auth/token') {
      const { did, message, signature } = JSON.parse(await readBody(req))
      if (did !== FIXTURES.agentriesDid) return send(req, res, 404, { error: 'Agent not found' })
      const keys = Object.keys(message ?? {}).sort()
      if (keys.join() !== 'purpose,timestamp' || message.purpose !== 'authenticate') return send(req, res, 400, { error: 'Invalid message' })
      if (!(Math.abs(Date.now() - message.timestamp) < 5 * 60_000)) return send(req, res, 401, { error: 'Timestamp expired' })
      const canonical = JSON.stringify({ purpose: message.purpose, timestamp: message.timestamp }) // keys in sorted order
      const valid = /^[0-9a-f]{128}$/.test(signature ?? '') && verify(null, Buffer.from(canonical), publicKey, Buffer.from(signature, 'hex'))
      if (!valid) return send(req, res, 401, { error: 'Invalid signature' })
      const token = `rt.${randomBytes(8).toString('hex')}`
      tokens.add(token)
      return send(req, res, 200, { token, expires_at: Date.now() + 86_400_000, token_type: 'Bearer' })
    }
    if (req.method === 'POST' && route === '/api/referrals/code') {
      if (!tokens.has(bearer(req))) return send(req, res, 401, { error: 'Unauthorized' })
      const { max_uses = 0 } = JSON.parse((await readBody(req)) || '{}')
      const code = `RT-${randomBytes(4).toString('hex').toUpperCase()}`
      return send(req, res, 201, { code, created_at: Date.now(), max_uses })
    }
    return send(req, res, 404, { error: `No route ${req.method} ${route}` })
  }

  const server = createServer(async (req, res) => {
    stats.requests++
    try {
      const url = new URL(req.url, 'http://127.0.0.1')
      if (req.method === 'OPTIONS') {
        stats.preflights++
        res.writeHead(204, {
          ...corsHeaders(req),
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
          'access-control-allow-headers': ALLOWED_HEADERS,
          'access-control-max-age': '0',
        })
        return res.end()
      }
      const asset = req.method === 'GET' && assets.get(url.pathname)
      if (asset) return send(req, res, 200, asset.body, { 'content-type': asset.type })
      if (req.method === 'GET' && url.pathname === '/webhook-delivery') return send(req, res, 200, signedDelivery())
      if (url.pathname.startsWith('/agentref/api/v1/')) return await agentref(req, res, url, url.pathname.slice('/agentref/api/v1'.length))
      if (url.pathname === '/agentclick/api/mcp.php') return await agentclick(req, res)
      if (url.pathname.startsWith('/agentries/')) return await agentries(req, res, url.pathname.slice('/agentries'.length))
      return send(req, res, 404, { error: `No route ${req.method} ${url.pathname}` })
    } catch (error) {
      if (!res.headersSent) send(req, res, 500, { error: String(error?.message ?? error) })
      else res.destroy()
    }
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address()
  let closed
  const close = () =>
    (closed ??= new Promise((resolve) => {
      clearTimeout(lifetime)
      server.close(() => resolve())
      server.closeAllConnections()
    }))
  const lifetime = setTimeout(close, lifetimeMs)
  lifetime.unref()

  return {
    /** Origin of the APIs. */
    url: `http://127.0.0.1:${port}`,
    /** The same server under another origin, for a page that calls the APIs cross-origin. */
    pageOrigin: `http://localhost:${port}`,
    stats,
    setAsset: (pathname, type, body) => assets.set(pathname, { type, body }),
    close,
  }
}
