import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { cases } from '../core/suite.js'
import { startSuiteWorker } from './harness.js'

// The same core behaviour suite that runs under Node and happy-dom, executed inside workerd.
describe('core behaviour inside workerd', () => {
  let worker: Awaited<ReturnType<typeof startSuiteWorker>>
  beforeAll(async () => {
    worker = await startSuiteWorker('test/core/suite.ts')
  })
  afterAll(() => worker?.dispose())

  test('the worker carries every case', () => {
    expect(worker.names).toEqual(cases.map((c) => c.name))
  })
  for (const c of cases) {
    test(c.name, async () => {
      const outcome = await worker.run(c.name)
      expect(outcome.error ?? '').toBe('')
      expect(outcome.ok).toBe(true)
    })
  }
})
