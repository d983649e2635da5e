import type { RefRoute } from '../context.js'
import { accountRoutes } from './account.js'
import { affiliateRoutes } from './affiliates.js'
import { joinRoutes } from './join.js'
import { marketingRoutes } from './marketing.js'
import { moneyRoutes } from './money.js'
import { programRoutes } from './programs.js'
import { webhookRoutes } from './webhook-endpoints.js'
import { workspaceRoutes } from './workspace.js'

/** Every AgentRef wire operation (86). */
export const agentrefRoutes: readonly RefRoute[] = [...programRoutes, ...affiliateRoutes, ...workspaceRoutes, ...marketingRoutes, ...moneyRoutes, ...accountRoutes, ...joinRoutes, ...webhookRoutes]
