import { catalog } from './catalog/index.js'
import { deepFreeze } from './deep-freeze.js'
import { toolInputs } from './generated/inputs.js'
import { toolOutputs } from './generated/outputs.js'
import type { Tool } from './types.js'

/** Every operation of the three providers as an LLM tool (116), in the providers' export order. */
export const tools: readonly Tool[] = deepFreeze(
  Object.entries(toolInputs).map(([name, input]): Tool => {
    const [access, description] = catalog[name] ?? ['destructive', name]
    return { name, provider: input.provider, access, description, inputSchema: input.inputSchema, outputSchema: toolOutputs[name]!.outputSchema }
  }),
)
