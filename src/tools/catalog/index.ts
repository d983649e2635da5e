import type { ToolCatalog } from '../types.ts'
import { agentclickCatalog } from './agentclick.ts'
import { agentrefCatalog } from './agentref.ts'
import { agentriesCatalog } from './agentries.ts'

/** Access class and description of every tool. */
export const catalog: ToolCatalog = { ...agentrefCatalog, ...agentclickCatalog, ...agentriesCatalog }
