// Schemas and TypeScript types are one source: the input and output schemas are generated from
// the provider functions' types. This fails when src/tools/generated/ no longer matches them.
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script
import { generate } from '../../scripts/generate-tool-inputs.mjs'
import { toAnthropicTools, toOpenAITools, tools, type JsonSchema } from '../../src/tools/index.js'
import { catalog } from '../../src/tools/catalog/index.js'
import { toolInputs } from '../../src/tools/generated/inputs.js'
import { toolOutputs } from '../../src/tools/generated/outputs.js'
import { toolOperations } from '../../src/tools/generated/operations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

describe('generated tool inputs and outputs', () => {
  test('are what the generator makes of the current provider types (run `npm run generate:tools`)', () => {
    const files = generate() as Record<string, string>
    expect(Object.keys(files).sort()).toEqual(['src/tools/generated/inputs.ts', 'src/tools/generated/operations.ts', 'src/tools/generated/outputs.ts'])
    for (const [file, text] of Object.entries(files)) expect(readFileSync(path.join(root, file), 'utf8'), file).toBe(text)
  }, 60_000)

  test('every tool has a catalog entry and an operation, and nothing else does', () => {
    const names = Object.keys(toolInputs).sort()
    expect(Object.keys(catalog).sort()).toEqual(names)
    expect(Object.keys(toolOperations).sort()).toEqual(names)
    expect(Object.keys(toolOutputs).sort()).toEqual(names)
  })
})

/** Every object schema inside a schema (the schema itself included), with where it sits. */
function objectSchemas(schema: JsonSchema, at = ''): [string, JsonSchema][] {
  const inner = [
    ...Object.entries(schema.properties ?? {}).flatMap(([k, v]) => objectSchemas(v, `${at}.${k}`)),
    ...(schema.items ? objectSchemas(schema.items, `${at}[]`) : []),
    ...(schema.anyOf ?? []).flatMap((v, i) => objectSchemas(v, `${at}|${i}`)),
    ...(typeof schema.additionalProperties === 'object' ? objectSchemas(schema.additionalProperties, `${at}[key]`) : []),
  ]
  return [...([schema.type].flat().includes('object') ? [[at, schema] as [string, JsonSchema]] : []), ...inner]
}

describe('output schemas', () => {
  const output = (name: string) => tools.find((t) => t.name === name)!.outputSchema

  test('every tool has one: a valid JSON Schema 2020-12 with type object at the root', () => {
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    expect(tools.filter((t) => t.outputSchema?.type === 'object')).toHaveLength(116)
    for (const t of tools) {
      expect(ajv.validateSchema(t.outputSchema), `${t.name}: ${ajv.errorsText()}`).toBe(true)
      expect(() => ajv.compile(t.outputSchema), t.name).not.toThrow()
      expect(t.outputSchema).toBe(toolOutputs[t.name]!.outputSchema)
    }
  })

  test('a result that is not always an object is wrapped in `result`, the same for every tool; pages stay { data, meta }', () => {
    for (const t of tools) {
      const { wrapped, outputSchema } = toolOutputs[t.name]!
      if (!wrapped) continue
      expect(outputSchema, t.name).toMatchObject({ type: 'object', properties: { result: expect.anything() }, required: ['result'], additionalProperties: false })
      expect(Object.keys(outputSchema.properties!), t.name).toEqual(['result'])
    }
    const wrapped = (name: string) => toolOutputs[name]!.wrapped
    // Arrays, a body that may be absent (204), an undocumented body, a body that is an object or an array.
    for (const name of ['agentref_list_coupons', 'agentref_list_billing_tiers', 'agentclick_record_conversion', 'agentries_list_referral_codes', 'agentclick_get_catalog']) expect(wrapped(name), name).toBe(true)
    expect(output('agentref_list_coupons').properties!.result!.type).toBe('array')
    expect(output('agentclick_record_conversion').properties!.result).toEqual({ type: ['object', 'null'] })
    expect(output('agentclick_get_catalog').properties!.result!.anyOf).toHaveLength(2)
    expect(wrapped('agentref_list_programs')).toBe(false)
    expect(output('agentref_list_programs')).toMatchObject({ properties: { data: { type: 'array' }, meta: { type: 'object' } }, required: ['data', 'meta'] })
  })

  test('documented fields typed and required; objects allow extra properties', () => {
    for (const t of tools) {
      for (const [at, schema] of objectSchemas(t.outputSchema)) {
        // Only the wrapper, which is ours, is closed.
        if (!(at === '' && toolOutputs[t.name]!.wrapped)) expect(schema.additionalProperties, `${t.name}${at}`).not.toBe(false)
      }
    }
    const payout = output('agentref_create_payout')
    expect(payout.required).toEqual(['id', 'affiliateId', 'amount', 'status', 'method', 'createdAt', 'completedAt'])
    expect(payout.properties!.status).toEqual({ type: 'string', enum: ['pending', 'processing', 'completed', 'failed'] })
    expect(payout.properties!.completedAt).toEqual({ type: ['string', 'null'], format: 'date-time' })
    expect(output('agentref_list_programs').properties!.meta!.required).toEqual(['total', 'page', 'pageSize', 'hasMore'])
    expect(output('agentref_get_workspace_identity').properties!.key!.required).toEqual(['ownerType', 'keyType', 'scopes'])
    expect(output('agentref_get_webhook').properties!.schemaVersion).toEqual({ type: 'integer', enum: [2] })
    expect(output('agentref_get_tracking_status').properties!.health!.additionalProperties).toMatchObject({ properties: { complete: { type: 'boolean' } } })
    expect(output('agentclick_track_click')).toMatchObject({ required: ['click_id', 'tracking_url', 'lp_url'], properties: { click_id: { type: 'integer' } } })
    expect(output('agentclick_list_partnerships').properties!.partnerships!.items!.required).toEqual(['partnership_id', 'status', 'tracking_code'])
    expect(output('agentries_get_referral_stats').required).toHaveLength(6)
    // What the reference leaves undocumented stays an open object.
    expect(output('agentref_get_workspace_earnings')).toEqual({ type: 'object' })
  })

  test('the OpenAI and Anthropic shapes are unchanged: no output schema in them', () => {
    expect(Object.keys(toOpenAITools(tools)[0]!.function)).toEqual(['name', 'description', 'parameters'])
    expect(Object.keys(toAnthropicTools(tools)[0]!)).toEqual(['name', 'description', 'input_schema'])
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
