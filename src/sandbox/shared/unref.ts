/**
 * Lets a pending timer not keep the process alive, where the runtime has that notion (Node and
 * Bun timers have `unref`, Deno has `Deno.unrefTimer`); elsewhere nothing needs it.
 */
export function unref(timer: unknown): void {
  if (typeof timer === 'object' && timer !== null && 'unref' in timer && typeof timer.unref === 'function') return void timer.unref()
  const deno = (globalThis as { Deno?: { unrefTimer?: (id: number) => void } }).Deno
  if (typeof timer === 'number') deno?.unrefTimer?.(timer)
}
