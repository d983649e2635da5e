/** Reads an environment variable where one exists (Node, Bun, Deno with --allow-env); `undefined` elsewhere. */
export function readEnv(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]?.trim() || undefined
  } catch {
    // Deno without --allow-env throws on access: treat as unset.
  }
}
