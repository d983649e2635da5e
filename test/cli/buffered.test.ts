import { expect, test } from 'vitest'
import { buffered } from '../../src/cli/output/buffered.js'

test('small writes go out together once the writer pauses, in order, never split', async () => {
  const chunks: string[] = []
  const out = buffered({ isTTY: false, write: (t) => void chunks.push(t) }, 10)
  out.write('ab\n')
  out.write('cd\n')
  expect(chunks).toEqual([])
  await new Promise((resolve) => setTimeout(resolve, 5))
  expect(chunks).toEqual(['ab\ncd\n'])
  // Past the limit, at once; the write that crosses it stays whole.
  out.write('0123456\n')
  out.write('789abc\n')
  expect(chunks).toEqual(['ab\ncd\n', '0123456\n789abc\n'])
  out.write('tail')
  await out.flush()
  expect(chunks.join('')).toBe('ab\ncd\n0123456\n789abc\ntail')
})
