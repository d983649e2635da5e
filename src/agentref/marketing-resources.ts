import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, post, send, wire, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type {
  ApiObject,
  MarketingResource,
  MarketingResourceDownloadBundle,
  MarketingResourceDownloadUrl,
  MarketingResourceKind,
  MarketingResourcePlatform,
  MarketingResourceStatus,
  MarketingResourceUploadSession,
  MerchantMarketingResourceKind,
  PublishMarketingResourceResponse,
  RemoveMarketingResourceMediaResponse,
  RenderedMarketingSocialPost,
} from './types.ts'

/** SDK argument names → wire names of the marketing-resource endpoints. */
const WIRE = {
  programId: 'program_id',
  collectionId: 'collection_id',
  folderId: 'folder_id',
  fileName: 'file_name',
  mimeType: 'mime_type',
  fileSizeBytes: 'file_size_bytes',
  uploadPath: 'upload_path',
  uploadToken: 'upload_token',
  altText: 'alt_text',
  sortOrder: 'sort_order',
  mediaIds: 'media_ids',
  notifyAffiliates: 'notify_affiliates',
  mediaId: 'media_id',
  resourceId: 'resource_id',
  affiliateLinkId: 'affiliate_link_id',
}

/** The program a marketing resource belongs to (sent as `program_id`). */
export interface MarketingResourceProgramTarget {
  programId: string
}

export interface ListMarketingResourcesParams {
  kind?: MerchantMarketingResourceKind
  status?: MarketingResourceStatus
  search?: string
  /** @integer @minimum 1 */
  limit?: number
  /** @integer @minimum 0 */
  offset?: number
}

export interface CreateSocialPostParams {
  title: string
  description?: string | null
  body: string
  platforms: MarketingResourcePlatform[]
  instructions?: string | null
  collectionId?: string | null
  folderId?: string | null
  status?: 'draft' | 'published'
}

export interface UpdateSocialPostParams extends MarketingResourceProgramTarget {
  title?: string
  description?: string | null
  body?: string
  platforms?: MarketingResourcePlatform[]
  instructions?: string | null
  collectionId?: string | null
  folderId?: string | null
}

export interface CreateSocialPostMediaUploadSessionParams extends MarketingResourceProgramTarget {
  fileName: string
  mimeType: string
  /** @integer @minimum 1 */
  fileSizeBytes: number
}

export interface CompleteSocialPostMediaUploadParams extends MarketingResourceProgramTarget {
  uploadPath: string
  uploadToken: string
  fileName: string
  altText?: string | null
  /** @integer @minimum 0 */
  sortOrder?: number
}

export type ReplaceSocialPostMediaParams = CompleteSocialPostMediaUploadParams

export interface ReorderSocialPostMediaParams extends MarketingResourceProgramTarget {
  mediaIds: string[]
}

export interface UpdateSocialPostMediaParams extends MarketingResourceProgramTarget {
  altText?: string | null
}

export type RemoveSocialPostMediaParams = MarketingResourceProgramTarget

export interface PublishMarketingResourceParams extends MarketingResourceProgramTarget {
  notifyAffiliates?: boolean
}

export type UnpublishMarketingResourceParams = MarketingResourceProgramTarget
export type ArchiveMarketingResourceParams = MarketingResourceProgramTarget
export type NotifyAffiliatesParams = MarketingResourceProgramTarget

/** What to download: one media item, a resource, a collection, or a bundle. */
export interface MarketingResourceDownloadTarget extends MarketingResourceProgramTarget {
  mediaId?: string
  resourceId?: string
  collectionId?: string
  bundle?: MarketingResourceDownloadBundle
  file?: true
}

export type CreateMarketingResourceDownloadUrlParams = MarketingResourceDownloadTarget
export type CreateAffiliateDownloadUrlParams = MarketingResourceDownloadTarget

export interface ListAffiliateMarketingResourcesParams {
  kind?: MarketingResourceKind
  search?: string
  /** @integer @minimum 1 */
  limit?: number
  /** @integer @minimum 0 */
  offset?: number
}

export type GetAffiliateMarketingResourceParams = MarketingResourceProgramTarget

export interface RenderSocialPostParams extends MarketingResourceProgramTarget {
  affiliateLinkId?: string
}

/**
 * Lists a program's marketing resources (posts, files, links) for the merchant.
 * GET /programs/{programId}/marketing-resources
 */
export const listMarketingResources = (
  client: AgentRefClient,
  programId: string,
  params?: ListMarketingResourcesParams,
  options?: CallOptions,
): Promise<MarketingResource[]> => get(client, path`/programs/${programId}/marketing-resources`, params, options)

/**
 * Creates a social-post marketing resource in a program.
 * POST /programs/{programId}/marketing-resources/social-posts (idempotent)
 */
export const createSocialPost = (
  client: AgentRefClient,
  programId: string,
  params: CreateSocialPostParams,
  options?: PostOptions,
): Promise<MarketingResource> => post(client, path`/programs/${programId}/marketing-resources/social-posts`, wire(params, WIRE), options, true)

/**
 * Updates a social-post resource.
 * PATCH /marketing-resources/social-posts/{resourceId}
 */
export const updateSocialPost = (
  client: AgentRefClient,
  resourceId: string,
  params: UpdateSocialPostParams,
  options?: CallOptions,
): Promise<MarketingResource> => send(client, 'PATCH', path`/marketing-resources/social-posts/${resourceId}`, wire(params, WIRE), options)

/**
 * Starts a media upload to a social post: returns a signed upload URL.
 * POST /marketing-resources/social-posts/{resourceId}/media/upload-sessions (idempotent)
 */
export const createSocialPostMediaUploadSession = (
  client: AgentRefClient,
  resourceId: string,
  params: CreateSocialPostMediaUploadSessionParams,
  options?: PostOptions,
): Promise<MarketingResourceUploadSession> =>
  post(client, path`/marketing-resources/social-posts/${resourceId}/media/upload-sessions`, wire(params, WIRE), options, true)

/**
 * Attaches uploaded media to a social post.
 * POST /marketing-resources/social-posts/{resourceId}/media/complete (idempotent)
 */
export const completeSocialPostMediaUpload = (
  client: AgentRefClient,
  resourceId: string,
  params: CompleteSocialPostMediaUploadParams,
  options?: PostOptions,
): Promise<MarketingResource> => post(client, path`/marketing-resources/social-posts/${resourceId}/media/complete`, wire(params, WIRE), options, true)

/**
 * Replaces one media file of a social post with an uploaded one.
 * POST /marketing-resources/social-posts/{resourceId}/media/{mediaId}/replace (idempotent)
 */
export const replaceSocialPostMedia = (
  client: AgentRefClient,
  resourceId: string,
  mediaId: string,
  params: ReplaceSocialPostMediaParams,
  options?: PostOptions,
): Promise<MarketingResource> =>
  post(client, path`/marketing-resources/social-posts/${resourceId}/media/${mediaId}/replace`, wire(params, WIRE), options, true)

/**
 * Sets the order of a social post's media.
 * POST /marketing-resources/social-posts/{resourceId}/media/reorder (idempotent)
 */
export const reorderSocialPostMedia = (
  client: AgentRefClient,
  resourceId: string,
  params: ReorderSocialPostMediaParams,
  options?: PostOptions,
): Promise<MarketingResource[]> => post(client, path`/marketing-resources/social-posts/${resourceId}/media/reorder`, wire(params, WIRE), options, true)

/**
 * Updates one media file's alt text.
 * PATCH /marketing-resources/social-posts/{resourceId}/media/{mediaId}
 */
export const updateSocialPostMedia = (
  client: AgentRefClient,
  resourceId: string,
  mediaId: string,
  params: UpdateSocialPostMediaParams,
  options?: CallOptions,
): Promise<MarketingResource> =>
  send(client, 'PATCH', path`/marketing-resources/social-posts/${resourceId}/media/${mediaId}`, wire(params, WIRE), options)

/**
 * Removes one media file from a social post.
 * DELETE /marketing-resources/social-posts/{resourceId}/media/{mediaId}, with a JSON body `{ program_id }`
 */
export const removeSocialPostMedia = (
  client: AgentRefClient,
  resourceId: string,
  mediaId: string,
  params: RemoveSocialPostMediaParams,
  options?: CallOptions,
): Promise<RemoveMarketingResourceMediaResponse> =>
  send(client, 'DELETE', path`/marketing-resources/social-posts/${resourceId}/media/${mediaId}`, wire(params, WIRE), options)

/**
 * Publishes a marketing resource to affiliates, optionally notifying them.
 * POST /marketing-resources/{resourceId}/publish (idempotent)
 */
export const publishMarketingResource = (
  client: AgentRefClient,
  resourceId: string,
  params: PublishMarketingResourceParams,
  options?: PostOptions,
): Promise<PublishMarketingResourceResponse> => post(client, path`/marketing-resources/${resourceId}/publish`, wire(params, WIRE), options, true)

/**
 * Takes a published marketing resource back to draft.
 * POST /marketing-resources/{resourceId}/unpublish (idempotent)
 */
export const unpublishMarketingResource = (
  client: AgentRefClient,
  resourceId: string,
  params: UnpublishMarketingResourceParams,
  options?: PostOptions,
): Promise<MarketingResource> => post(client, path`/marketing-resources/${resourceId}/unpublish`, wire(params, WIRE), options, true)

/**
 * Archives a marketing resource.
 * POST /marketing-resources/{resourceId}/archive (idempotent)
 */
export const archiveMarketingResource = (
  client: AgentRefClient,
  resourceId: string,
  params: ArchiveMarketingResourceParams,
  options?: PostOptions,
): Promise<MarketingResource> => post(client, path`/marketing-resources/${resourceId}/archive`, wire(params, WIRE), options, true)

/**
 * Notifies a program's affiliates about a published resource.
 * POST /marketing-resources/{resourceId}/notify (idempotent). The reference names no fields of the result ("record"): an open object.
 */
export const notifyAffiliates = (
  client: AgentRefClient,
  resourceId: string,
  params: NotifyAffiliatesParams,
  options?: PostOptions,
): Promise<ApiObject> => post(client, path`/marketing-resources/${resourceId}/notify`, wire(params, WIRE), options, true)

/**
 * Creates a short-lived download URL for a resource's media or files (merchant).
 * POST /marketing-resources/download-url (idempotent)
 */
export const createMarketingResourceDownloadUrl = (
  client: AgentRefClient,
  params: CreateMarketingResourceDownloadUrlParams,
  options?: PostOptions,
): Promise<MarketingResourceDownloadUrl> => post(client, '/marketing-resources/download-url', wire(params, WIRE), options, true)

/**
 * Lists the marketing resources a program offers its affiliates (affiliate key).
 * GET /me/programs/{programId}/marketing-resources
 */
export const listAffiliateMarketingResources = (
  client: AgentRefClient,
  programId: string,
  params?: ListAffiliateMarketingResourcesParams,
  options?: CallOptions,
): Promise<MarketingResource[]> => get(client, path`/me/programs/${programId}/marketing-resources`, params, options)

/**
 * Gets one marketing resource as an affiliate sees it.
 * GET /me/marketing-resources/{resourceId}
 */
export const getAffiliateMarketingResource = (
  client: AgentRefClient,
  resourceId: string,
  params: GetAffiliateMarketingResourceParams,
  options?: CallOptions,
): Promise<MarketingResource> => get(client, path`/me/marketing-resources/${resourceId}`, wire(params, WIRE), options)

/**
 * Creates a short-lived download URL for a resource's media or files (affiliate).
 * POST /me/marketing-resources/download-url
 */
export const createAffiliateDownloadUrl = (
  client: AgentRefClient,
  params: CreateAffiliateDownloadUrlParams,
  options?: PostOptions,
): Promise<MarketingResourceDownloadUrl> => post(client, '/me/marketing-resources/download-url', wire(params, WIRE), options, false)

/**
 * Renders a social post with the affiliate's own link filled in.
 * POST /me/marketing-resources/social-posts/{resourceId}/render
 */
export const renderSocialPost = (
  client: AgentRefClient,
  resourceId: string,
  params: RenderSocialPostParams,
  options?: PostOptions,
): Promise<RenderedMarketingSocialPost> =>
  post(client, path`/me/marketing-resources/social-posts/${resourceId}/render`, wire(params, WIRE), options, false)
