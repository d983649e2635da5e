import type { ToolCatalog } from '../types.js'
import { agentclickCatalog } from './agentclick.js'
import { agentrefCatalog } from './agentref.js'
import { agentriesCatalog } from './agentries.js'

/** Access class and description of every tool. */
export const catalog: ToolCatalog = { ...agentrefCatalog, ...agentclickCatalog, ...agentriesCatalog }
