/** Reads an environment variable where one exists (Node, Bun, Deno with --allow-env); `undefined` elsewhere. */
export function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
  try {
    const value = proc?.env?.[name]
    return value === undefined || value.trim() === '' ? undefined : value.trim()
  } catch {
    // Deno without --allow-env throws on access: treat as unset.
    return undefined
  }
}
