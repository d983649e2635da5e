import type { RefRoute } from '../context.ts'
import { accountRoutes } from './account.ts'
import { affiliateRoutes } from './affiliates.ts'
import { joinRoutes } from './join.ts'
import { marketingRoutes } from './marketing.ts'
import { moneyRoutes } from './money.ts'
import { programRoutes } from './programs.ts'
import { webhookRoutes } from './webhook-endpoints.ts'
import { workspaceRoutes } from './workspace.ts'

/** Every AgentRef wire operation (86). */
export const agentrefRoutes: readonly RefRoute[] = [...programRoutes, ...affiliateRoutes, ...workspaceRoutes, ...marketingRoutes, ...moneyRoutes, ...accountRoutes, ...joinRoutes, ...webhookRoutes]
