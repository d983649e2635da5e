// Schemas and TypeScript parameter types are one source: the schemas are generated from the
// provider functions' types. This fails when src/tools/generated/ no longer matches those types.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script
import { generate } from '../../scripts/generate-tool-inputs.mjs'
import { tools } from '../../src/tools/index.js'
import { catalog } from '../../src/tools/catalog/index.js'
import { toolInputs } from '../../src/tools/generated/inputs.js'
import { toolOperations } from '../../src/tools/generated/operations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('generated tool inputs', () => {
  test('are what the generator makes of the current provider types (run `npm run generate:tools`)', () => {
    const files = generate() as Record<string, string>
    expect(Object.keys(files).length).toBe(2)
    for (const [file, text] of Object.entries(files)) expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(text)
  }, 60_000)

  test('every tool has a catalog entry and an operation, and nothing else does', () => {
    const names = Object.keys(toolInputs).sort()
    expect(Object.keys(catalog).sort()).toEqual(names)
    expect(Object.keys(toolOperations).sort()).toEqual(names)
  })
})

describe('tools', () => {
  const count = (provider: string) => tools.filter((t) => t.provider === provider).length

  test('116: 86 AgentRef, 24 AgentClick, 6 Agentries; unique names of the form provider_function', () => {
    expect([tools.length, count('agentref'), count('agentclick'), count('agentries')]).toEqual([116, 86, 24, 6])
    expect(new Set(tools.map((t) => t.name)).size).toBe(116)
    for (const t of tools) {
      expect(t.name).toMatch(/^[a-z0-9_]{1,64}$/)
      expect(t.name.startsWith(`${t.provider}_`)).toBe(true)
    }
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['agentref_list_programs', 'agentclick_track_click', 'agentries_create_referral_code']))
    expect(tools.map((t) => t.name)).not.toEqual(expect.arrayContaining(['agentclick_call_action']))
    expect(tools.some((t) => /call_action|get_auth_token|paginate/.test(t.name))).toBe(false)
  })

  test('access: the money operations are money, deletes/blocks/cancels/disables/rotations destructive', () => {
    const access = Object.fromEntries(tools.map((t) => [t.name, t.access]))
    for (const name of ['agentref_create_payout', 'agentref_subscribe_billing', 'agentref_update_payout_info', 'agentclick_record_conversion']) expect(access[name]).toBe('money')
    for (const t of tools) {
      if (/_(delete|remove|disable|block|cancel|rotate)_/.test(`${t.name}_`) && !t.name.includes('unblock')) expect(t.access, t.name).toBe('destructive')
      if (/^(agentref|agentclick|agentries)_(get|list|search|check)_/.test(t.name)) expect(t.access, t.name).toBe('read')
    }
  })

  test('input schemas: closed objects, path parameters required, documented enums and formats carried', () => {
    for (const t of tools) {
      expect(t.inputSchema.type).toBe('object')
      expect(t.inputSchema.additionalProperties).toBe(false)
      for (const p of toolInputs[t.name]!.path) expect(t.inputSchema.required).toContain(p)
      expect(t.description.length).toBeGreaterThan(30)
    }
    const schema = (name: string) => tools.find((t) => t.name === name)!.inputSchema
    expect(schema('agentref_create_payout').properties.method).toEqual({ type: 'string', enum: ['paypal', 'bank_transfer'] })
    expect(schema('agentref_create_payout').required).toEqual(['affiliateId', 'programId', 'method'])
    expect(schema('agentref_get_program').required).toEqual(['id'])
    expect(schema('agentref_create_webhook').properties.url!.format).toBe('uri')
    expect(schema('agentref_list_conversions').properties.startDate!.format).toBe('date-time')
    expect(schema('agentclick_track_click').properties.partnership_id!.type).toBe('integer')
    expect(schema('agentclick_recommend_programs').properties.limit).toMatchObject({ type: 'integer', maximum: 20 })
    expect(schema('agentref_update_link').properties.targetUrl!.type).toEqual(['string', 'null'])
    expect(schema('agentries_disable_referral_code').required).toEqual(['code'])
  })

  test('are deeply frozen', () => {
    expect(Object.isFrozen(tools)).toBe(true)
    expect(Object.isFrozen(tools[0]!.inputSchema.properties)).toBe(true)
  })
})
