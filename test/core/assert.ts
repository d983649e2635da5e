// A tiny assertion kit that runs anywhere (vitest, workerd, browsers): the behaviour suite uses it
// so the same cases run unchanged in every runtime.

export class AssertionFailed extends Error {
  override name = 'AssertionFailed'
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionFailed(message)
}

export function equal(actual: unknown, expected: unknown, message = ''): void {
  const same = Object.is(actual, expected) || (typeof actual === 'object' && typeof expected === 'object' && show(actual) === show(expected))
  if (!same) throw new AssertionFailed(`${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`)
}

/** Awaits a rejection and returns the error; fails when the promise resolves. */
export async function rejects(promise: Promise<unknown>, message = 'expected a rejection'): Promise<any> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new AssertionFailed(message)
}
