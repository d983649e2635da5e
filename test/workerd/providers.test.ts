import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cases } from '../providers/suite.js'
import { startSuiteWorker } from './harness.js'

// AgentClick and Agentries behaviour, including Web Crypto Ed25519 against tweetnacl, inside workerd.
describe('providers inside workerd', () => {
  let worker: Awaited<ReturnType<typeof startSuiteWorker>>
  beforeAll(async () => {
    worker = await startSuiteWorker('test/providers/suite.ts')
  })
  afterAll(() => worker?.dispose())

  for (const c of cases) {
    test(c.name, async () => {
      const outcome = await worker.run(c.name)
      expect(outcome.error ?? '').toBe('')
      expect(outcome.ok).toBe(true)
    })
  }
})
