import { catalog } from './catalog/index.ts'
import { deepFreeze } from './deep-freeze.ts'
import { toolInputs } from './generated/inputs.ts'
import { toolOutputs } from './generated/outputs.ts'
import type { Tool } from './types.ts'

/** Every operation of the three providers as an LLM tool (116), in the providers' export order. */
export const tools: readonly Tool[] = deepFreeze(
  Object.entries(toolInputs).map(([name, input]): Tool => {
    const [access, description] = catalog[name] ?? ['destructive', name]
    return { name, provider: input.provider, access, description, inputSchema: input.inputSchema, outputSchema: toolOutputs[name]!.outputSchema }
  }),
)
