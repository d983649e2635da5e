import { expect, test } from 'vitest'
import { toolInputs } from '../../src/tools/generated/inputs.js'
import { callArguments } from '../../src/tools/runner/call-arguments.js'

test('path parameters in call order, then the params object', () => {
  const replace = toolInputs.agentref_replace_social_post_media!
  expect(callArguments(replace, { mediaId: 'm', programId: 'p', resourceId: 'r', fileName: 'f' })).toEqual(['r', 'm', { programId: 'p', fileName: 'f' }])
})

test('an optional params object with nothing in it is left undefined; a required one is {}', () => {
  expect(callArguments(toolInputs.agentref_get_program_stats!, { id: 'prg_1' })).toEqual(['prg_1', undefined])
  expect(callArguments(toolInputs.agentref_update_merchant!, {})).toEqual([{}])
  expect(callArguments(toolInputs.agentref_get_program!, { id: 'prg_1' })).toEqual(['prg_1'])
})

test('the caller’s arguments object is not changed', () => {
  const args = { id: 'prg_1', period: '7d' }
  callArguments(toolInputs.agentref_get_program_stats!, args)
  expect(args).toEqual({ id: 'prg_1', period: '7d' })
})
