import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, post, send, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { SuccessResponse, WebhookEndpoint, WebhookEventType, WebhookSchemaVersion, WebhookSecretResponse } from './types.ts'

/** Query of {@link listWebhooks}. */
export interface ListWebhooksParams {
  /** Only endpoints of this program (how endpoints without a program scope are treated is not documented). */
  programId?: string
}

/** Body of {@link createWebhook}. */
export interface CreateWebhookParams {
  /** A name for the endpoint, e.g. `Production Webhook`. */
  name: string
  /** Where deliveries are POSTed: HTTPS (plain HTTP only to localhost). @toolDescription HTTPS (plain HTTP only to localhost). @format uri */
  url: string
  /** The event types to deliver, e.g. `payout.completed`; at least one. @toolDescription At least one. */
  subscribedEvents: WebhookEventType[]
  /** Only this program's events; default all programs. @toolDescription Only this program's events; default all programs. */
  programId?: string
  /** Payload schema version: `2`, the only one. */
  schemaVersion?: WebhookSchemaVersion
}

/** Body of {@link updateWebhook}: only the fields given change (a PATCH). */
export interface UpdateWebhookParams {
  /** A new name for the endpoint. */
  name?: string
  /** A new delivery URL: HTTPS (plain HTTP only to localhost). @format uri */
  url?: string
  /** Only this program's events; `null` removes the program scope. @toolDescription `null` removes the program scope. */
  programId?: string | null
  /** Payload schema version: `2`, the only one. */
  schemaVersion?: WebhookSchemaVersion
  /** The event types to deliver, replacing the current list (at least one, as on create). */
  subscribedEvents?: WebhookEventType[]
}

/**
 * Lists webhook endpoints.
 * GET /webhooks
 */
export const listWebhooks = (client: AgentRefClient, params?: ListWebhooksParams, options?: CallOptions): Promise<WebhookEndpoint[]> =>
  get(client, '/webhooks', params, options)

/**
 * Registers a webhook endpoint; the result holds its signing secret (shown only here and on rotation).
 * POST /webhooks: the result holds the signing secret, shown only here and on rotation
 */
export const createWebhook = (client: AgentRefClient, params: CreateWebhookParams, options?: PostOptions): Promise<WebhookSecretResponse> =>
  post(client, '/webhooks', params, options, false)

/**
 * Gets one webhook endpoint.
 * GET /webhooks/{id}
 */
export const getWebhook = (client: AgentRefClient, id: string, options?: CallOptions): Promise<WebhookEndpoint> =>
  get(client, path`/webhooks/${id}`, undefined, options)

/**
 * Updates a webhook endpoint's URL, events or program scope.
 * PATCH /webhooks/{id}
 */
export const updateWebhook = (client: AgentRefClient, id: string, params: UpdateWebhookParams, options?: CallOptions): Promise<WebhookEndpoint> =>
  send(client, 'PATCH', path`/webhooks/${id}`, params, options)

/**
 * Deletes a webhook endpoint.
 * DELETE /webhooks/{id}
 */
export const deleteWebhook = (client: AgentRefClient, id: string, options?: CallOptions): Promise<SuccessResponse> =>
  send(client, 'DELETE', path`/webhooks/${id}`, undefined, options)

/**
 * Replaces a webhook endpoint's signing secret; returns the new one.
 * POST /webhooks/{id}/rotate-secret (no body)
 */
export const rotateWebhookSecret = (client: AgentRefClient, id: string, options?: PostOptions): Promise<WebhookSecretResponse> =>
  post(client, path`/webhooks/${id}/rotate-secret`, undefined, options, false)
