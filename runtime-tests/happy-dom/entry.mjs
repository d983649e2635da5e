// happy-dom: a Node process whose globals are replaced by a happy-dom Window's, the way
// @happy-dom/global-registrator does it, so the library runs on happy-dom's fetch, Headers,
// Request, Response, AbortController, timers and `document`. The page sits on another loopback
// origin than the API, so happy-dom's CORS checks (preflights included) apply too.
// Run inside the scratch consumer project:  node happy-dom/entry.mjs <api origin> <page origin>
import vm from 'node:vm'
import { Window } from 'happy-dom'

const [serverUrl, pageOrigin] = process.argv.slice(2)
const window = new Window({ url: `${pageOrigin}/` })

// ECMAScript intrinsics (Array, Promise, JSON…) stay Node's: swapping realms mid-process breaks
// `instanceof` everywhere. Everything else the Window defines becomes global.
const intrinsics = new Set(Object.getOwnPropertyNames(vm.runInNewContext('globalThis')))
for (const key of Object.getOwnPropertyNames(window)) {
  if (intrinsics.has(key)) continue
  Object.defineProperty(globalThis, key, { ...Object.getOwnPropertyDescriptor(window, key), configurable: true })
}
if (globalThis.fetch !== window.fetch || globalThis.AbortController !== window.AbortController || typeof document === 'undefined') {
  throw new Error('happy-dom globals were not installed')
}

// Imported only now, so nothing can capture Node's globals before the swap.
const lib = await import('../shared/lib.mjs')
const { REPORT_MARK, runSuite } = await import('../shared/suite.mjs')
const { recorded } = await import('../shared/recorded-session.mjs')
const report = await runSuite({ serverUrl, lib, recorded })
console.log(REPORT_MARK + JSON.stringify(report))
await window.happyDOM.abort()
await window.happyDOM.close()
