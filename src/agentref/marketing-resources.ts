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
  /** The program the resource belongs to; sent as `program_id`. */
  programId: string
}

/** Query of {@link listMarketingResources}. The result is the whole array, not a page. */
export interface ListMarketingResourcesParams {
  /** Which kind: `all`, `collections`, `files`, `social_posts`, `swipe_copy`, `links`, or `drafts` (merchant listing only). */
  kind?: MerchantMarketingResourceKind
  /** Only resources in this status: `published`, `draft` or `archived`. */
  status?: MarketingResourceStatus
  /** Search text; which fields it matches is not documented. */
  search?: string
  /** The most resources to return; the default is not documented. @integer @minimum 1 */
  limit?: number
  /** How many resources to skip first. @integer @minimum 0 */
  offset?: number
}

/** Body of {@link createSocialPost} (sent snake_case). */
export interface CreateSocialPostParams {
  /** The resource's title. */
  title: string
  /** A description of the resource; `null` for none. */
  description?: string | null
  /** The post's text; it may contain the placeholder `{{affiliate_link}}`, which {@link renderSocialPost} fills in. */
  body: string
  /** The platforms the post is written for: `x`, `linkedin`, `instagram`, `tiktok`, `facebook`, `threads`, `generic`. */
  platforms: MarketingResourcePlatform[]
  /** Meaning not documented; by its name, guidance for affiliates on using the post. `null` for none. */
  instructions?: string | null
  /** The collection to put the post in, sent as `collection_id`; collections are made through AgentRef's merchant MCP, not this API. */
  collectionId?: string | null
  /** The folder to put the post in, sent as `folder_id`; folders are not documented. */
  folderId?: string | null
  /** `published` makes it available to affiliates at once, `draft` keeps it back; the default is not documented. */
  status?: 'draft' | 'published'
}

/** Body of {@link updateSocialPost} (sent snake_case): the program plus only the fields that change. */
export interface UpdateSocialPostParams extends MarketingResourceProgramTarget {
  /** A new title. */
  title?: string
  /** A new description; `null` clears it. */
  description?: string | null
  /** New post text; it may contain the placeholder `{{affiliate_link}}`. */
  body?: string
  /** The platforms the post is written for: `x`, `linkedin`, `instagram`, `tiktok`, `facebook`, `threads`, `generic`. */
  platforms?: MarketingResourcePlatform[]
  /** Meaning not documented; by its name, guidance for affiliates. `null` clears it. */
  instructions?: string | null
  /** The collection, sent as `collection_id`; `null` takes the post out of it. */
  collectionId?: string | null
  /** The folder, sent as `folder_id`; `null` takes the post out of it. Folders are not documented. */
  folderId?: string | null
}

/** Body of {@link createSocialPostMediaUploadSession}: the file you are about to upload (sent snake_case). */
export interface CreateSocialPostMediaUploadSessionParams extends MarketingResourceProgramTarget {
  /** The file's name, e.g. `launch.png`. */
  fileName: string
  /** The file's MIME type, e.g. `image/png`. */
  mimeType: string
  /** The file's size in bytes. @integer @minimum 1 */
  fileSizeBytes: number
}

/**
 * Body of {@link completeSocialPostMediaUpload} (sent snake_case): after uploading the bytes to the
 * session's `signed_url`, attach them with the session's `upload_path` and `upload_token`.
 */
export interface CompleteSocialPostMediaUploadParams extends MarketingResourceProgramTarget {
  /** `upload_path` of the upload session. */
  uploadPath: string
  /** `upload_token` of the upload session. */
  uploadToken: string
  /** The uploaded file's name. */
  fileName: string
  /** Alt text of the media; `null` for none. */
  altText?: string | null
  /** Position among the post's media; whether it counts from 0 or 1 is not documented. @integer @minimum 0 */
  sortOrder?: number
}

/** Body of {@link replaceSocialPostMedia}: as {@link CompleteSocialPostMediaUploadParams}, for the new upload. */
export type ReplaceSocialPostMediaParams = CompleteSocialPostMediaUploadParams

/** Body of {@link reorderSocialPostMedia}. */
export interface ReorderSocialPostMediaParams extends MarketingResourceProgramTarget {
  /** The post's media ids in their new order, sent as `media_ids`; whether all must be listed is not documented. */
  mediaIds: string[]
}

/** Body of {@link updateSocialPostMedia}. */
export interface UpdateSocialPostMediaParams extends MarketingResourceProgramTarget {
  /** New alt text; `null` clears it. */
  altText?: string | null
}

/** Body of {@link removeSocialPostMedia}: the program, as a JSON body on a DELETE (some proxies strip such bodies). */
export type RemoveSocialPostMediaParams = MarketingResourceProgramTarget

/** Body of {@link publishMarketingResource}. */
export interface PublishMarketingResourceParams extends MarketingResourceProgramTarget {
  /** Also notify the program's affiliates (sent as `notify_affiliates`); the result's `notification` says how that went. */
  notifyAffiliates?: boolean
}

/** Body of {@link unpublishMarketingResource}: the program. */
export type UnpublishMarketingResourceParams = MarketingResourceProgramTarget
/** Body of {@link archiveMarketingResource}: the program. */
export type ArchiveMarketingResourceParams = MarketingResourceProgramTarget
/** Body of {@link notifyAffiliates}: the program. */
export type NotifyAffiliatesParams = MarketingResourceProgramTarget

/**
 * What to download: one media item, a resource, a collection, or a bundle. Which combinations
 * the server accepts is not documented. Sent snake_case.
 */
export interface MarketingResourceDownloadTarget extends MarketingResourceProgramTarget {
  /** One media item, sent as `media_id`. */
  mediaId?: string
  /** A resource, sent as `resource_id`. */
  resourceId?: string
  /** A collection, sent as `collection_id`. */
  collectionId?: string
  /** A bundle: `social_post_media` (a post's media) or `collection_files` (a collection's files). */
  bundle?: MarketingResourceDownloadBundle
  /** `true` is the only value; its meaning is not documented. */
  file?: true
}

/** Body of {@link createMarketingResourceDownloadUrl}: what to download. */
export type CreateMarketingResourceDownloadUrlParams = MarketingResourceDownloadTarget
/** Body of {@link createAffiliateDownloadUrl}: what to download. */
export type CreateAffiliateDownloadUrlParams = MarketingResourceDownloadTarget

/** Query of {@link listAffiliateMarketingResources}. The result is the whole array, not a page. */
export interface ListAffiliateMarketingResourcesParams {
  /** Which kind: `all`, `collections`, `files`, `social_posts`, `swipe_copy` or `links`. */
  kind?: MarketingResourceKind
  /** Search text; which fields it matches is not documented. */
  search?: string
  /** The most resources to return; the default is not documented. @integer @minimum 1 */
  limit?: number
  /** How many resources to skip first. @integer @minimum 0 */
  offset?: number
}

/** Query of {@link getAffiliateMarketingResource}: the program, sent as `program_id`. */
export type GetAffiliateMarketingResourceParams = MarketingResourceProgramTarget

/** Body of {@link renderSocialPost}. */
export interface RenderSocialPostParams extends MarketingResourceProgramTarget {
  /** Your link that replaces `{{affiliate_link}}`, sent as `affiliate_link_id`; which link is used when it is left out is not documented. */
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
