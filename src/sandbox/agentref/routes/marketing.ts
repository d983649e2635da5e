import { fail } from '../../shared/errors.ts'
import { qEnum, qInt, qString } from '../../shared/query.ts'
import { type Spec, opt, req } from '../../shared/validate.ts'
import { AFFILIATE, MERCHANT, type RefCtx, type RefRoute, assign, created, find, notFound, ok, ownProgram, route, validate } from '../context.ts'
import { iso } from '../ops.ts'
import { type MarketingResource, PLATFORMS } from '../types.ts'
import { membership } from './workspace.ts'

const KINDS = ['all', 'collections', 'files', 'social_posts', 'swipe_copy', 'links'] as const
const KIND_OF: Record<string, MarketingResource['kind']> = { collections: 'collection', files: 'file', social_posts: 'social_post', swipe_copy: 'swipe_copy', links: 'link' }
const CDN = 'https://cdn.sandbox.test'

const PID = { program_id: req('string') }
const MEDIA_FILE: Spec = { ...PID, upload_path: req('string'), upload_token: req('string'), file_name: req('string'), alt_text: opt('string', { nullable: true }), sort_order: opt('integer', { min: 0 }) }
const DOWNLOAD: Spec = { ...PID, media_id: opt('string'), resource_id: opt('string'), collection_id: opt('string'), bundle: opt(['social_post_media', 'collection_files']), file: opt('boolean') }

/** Resources listed with `kind`/`status`/`search` and `limit`/`offset` (a bare array). */
function list(c: RefCtx, programId: string, publishedOnly: boolean) {
  const kind = qEnum(c.query, 'kind', publishedOnly ? KINDS : ([...KINDS, 'drafts'] as const))
  const status = publishedOnly ? 'published' : qEnum(c.query, 'status', ['published', 'draft', 'archived'] as const)
  const search = qString(c.query, 'search')?.toLowerCase()
  const offset = qInt(c.query, 'offset', 0) ?? 0
  const limit = qInt(c.query, 'limit', 1, 100) ?? 50
  return [...c.st.resources.values()]
    .filter(
      (r) =>
        r.program_id === programId &&
        (status ? r.status === status : r.status !== 'archived') &&
        (kind === 'drafts' ? r.status === 'draft' : !kind || kind === 'all' || r.kind === KIND_OF[kind]) &&
        (!search || `${r.title} ${r.description ?? ''} ${r.body ?? ''}`.toLowerCase().includes(search)),
    )
    .slice(offset, offset + limit)
}

/** A merchant resource addressed by path id + `program_id` (body), or 404. */
function resource(c: RefCtx, kind?: MarketingResource['kind']): MarketingResource {
  const r = find(c.st.resources, c.params.resourceId ?? '', 'Marketing resource')
  const programId = (c.body.program_id as string | undefined) ?? r.program_id
  ownProgram(c, programId)
  if (r.program_id !== programId || (kind && r.kind !== kind)) notFound('Marketing resource', r.id)
  return r
}

function touch(r: MarketingResource): MarketingResource {
  r.updated_at = iso(Date.now())
  return r
}

function media(r: MarketingResource, id: string) {
  const m = r.media.find((x) => x.id === id)
  if (!m) notFound('Media', id)
  return m
}

function uploaded(c: RefCtx) {
  const session = c.st.uploads.get(c.body.upload_token as string)
  if (!session || session.upload_path !== c.body.upload_path || session.resourceId !== c.params.resourceId) fail(400, 'VALIDATION_ERROR', 'Unknown upload_token / upload_path', { upload_token: 'does not match an upload session of this resource' })
  c.st.uploads.delete(session.upload_token)
  return session
}

function downloadUrl(c: RefCtx, publishedOnly: boolean) {
  validate(c.body, DOWNLOAD)
  const programId = c.body.program_id as string
  if (publishedOnly) membership(c, programId)
  else ownProgram(c, programId)
  const { media_id, resource_id, collection_id, bundle } = c.body as Record<string, string | undefined>
  if (!media_id && !resource_id && !collection_id) fail(400, 'VALIDATION_ERROR', 'One of media_id, resource_id, collection_id is required', { resource_id: 'one of media_id, resource_id, collection_id is required' })
  const pool = [...c.st.resources.values()].filter((r) => r.program_id === programId && (!publishedOnly || r.status === 'published'))
  const found = media_id ? pool.some((r) => r.media.some((m) => m.id === media_id)) : resource_id ? pool.some((r) => r.id === resource_id) : pool.some((r) => r.collection_id === collection_id)
  const id = media_id ?? resource_id ?? collection_id ?? ''
  if (!found) notFound(media_id ? 'Media' : resource_id ? 'Marketing resource' : 'Collection', id)
  const expires = Date.now() + 15 * 60_000
  return ok({ url: `${CDN}/download/${encodeURIComponent(id)}?expires=${expires}&sig=${c.rnd.hex(16)}`, expires_at: iso(expires), target: { type: media_id ? 'media' : resource_id ? 'resource' : 'collection', id, bundle: bundle ?? null } })
}

function publishedFor(c: RefCtx, programId: string): MarketingResource {
  membership(c, programId)
  const r = c.st.resources.get(c.params.resourceId ?? '')
  if (!r || r.program_id !== programId || r.status !== 'published') notFound('Marketing resource', c.params.resourceId ?? '')
  return r
}

export const marketingRoutes: RefRoute[] = [
  route('GET', '/programs/{programId}/marketing-resources', MERCHANT, 'programs:read', (c) => ok(list(c, ownProgram(c, c.params.programId ?? '').id, false))),
  route('POST', '/programs/{programId}/marketing-resources/social-posts', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.programId ?? '')
    validate(c.body, { title: req('string'), description: opt('string', { nullable: true }), body: req('string'), platforms: req('string[]', { minItems: 1 }), instructions: opt('string', { nullable: true }), collection_id: opt('string', { nullable: true }), folder_id: opt('string', { nullable: true }), status: opt(['draft', 'published']) })
    const bad = (c.body.platforms as string[]).filter((p) => !(PLATFORMS as readonly string[]).includes(p))
    if (bad.length) fail(400, 'VALIDATION_ERROR', `Unknown platforms: ${bad.join(', ')}`, { platforms: `must contain only ${PLATFORMS.join(', ')}` })
    const now = iso(Date.now())
    const b = c.body as Record<string, string | null | undefined>
    const status = (b.status as 'draft' | 'published' | undefined) ?? 'draft'
    const r: MarketingResource = { id: c.rnd.id('mres'), program_id: program.id, kind: 'social_post', title: b.title as string, description: b.description ?? null, body: b.body as string, platforms: c.body.platforms as string[], instructions: b.instructions ?? null, collection_id: b.collection_id ?? null, folder_id: b.folder_id ?? null, status, media: [], created_at: now, updated_at: now, published_at: status === 'published' ? now : null }
    c.st.resources.set(r.id, r)
    return created(r)
  }),
  route('PATCH', '/marketing-resources/social-posts/{resourceId}', MERCHANT, 'programs:write', (c) => {
    validate(c.body, { ...PID, title: opt('string'), description: opt('string', { nullable: true }), body: opt('string'), platforms: opt('string[]', { minItems: 1 }), instructions: opt('string', { nullable: true }), collection_id: opt('string', { nullable: true }), folder_id: opt('string', { nullable: true }) })
    const r = resource(c, 'social_post')
    assign(r, c.body, ['title', 'description', 'body', 'platforms', 'instructions', 'collection_id', 'folder_id'])
    return ok(touch(r))
  }),
  route('POST', '/marketing-resources/social-posts/{resourceId}/media/upload-sessions', MERCHANT, 'programs:write', (c) => {
    validate(c.body, { ...PID, file_name: req('string'), mime_type: req('string', { pattern: /^(image|video)\// }), file_size_bytes: req('integer', { min: 1, max: 50 * 1024 * 1024 }) })
    const r = resource(c, 'social_post')
    const session = { resourceId: r.id, programId: r.program_id, upload_path: `${r.program_id}/${r.id}/${c.rnd.hex(8)}-${c.body.file_name as string}`, upload_token: `upl_${c.rnd.hex(24)}`, file_name: c.body.file_name as string }
    c.st.uploads.set(session.upload_token, session)
    return ok({ bucket: 'marketing-resources', upload_path: session.upload_path, upload_token: session.upload_token, signed_url: `https://storage.sandbox.test/upload/${encodeURIComponent(session.upload_path)}?token=${session.upload_token}`, expires_in_seconds: 900 })
  }),
  route('POST', '/marketing-resources/social-posts/{resourceId}/media/complete', MERCHANT, 'programs:write', (c) => {
    validate(c.body, MEDIA_FILE)
    const r = resource(c, 'social_post')
    uploaded(c)
    const id = c.rnd.id('med')
    r.media.push({ id, file_name: c.body.file_name as string, alt_text: (c.body.alt_text as string | null | undefined) ?? null, sort_order: (c.body.sort_order as number | undefined) ?? r.media.length, url: `${CDN}/media/${id}/${encodeURIComponent(c.body.file_name as string)}` })
    r.media.sort((a, b) => a.sort_order - b.sort_order)
    return ok(touch(r))
  }),
  route('POST', '/marketing-resources/social-posts/{resourceId}/media/reorder', MERCHANT, 'programs:write', (c) => {
    validate(c.body, { ...PID, media_ids: req('string[]') })
    const r = resource(c, 'social_post')
    const ids = c.body.media_ids as string[]
    if (ids.length !== r.media.length || new Set(ids).size !== ids.length || ids.some((id) => !r.media.some((m) => m.id === id))) fail(400, 'VALIDATION_ERROR', 'media_ids must list every media id of the post exactly once', { media_ids: 'must be a permutation of the post media ids' })
    r.media = ids.map((id, i) => ({ ...media(r, id), sort_order: i }))
    touch(r)
    return ok(r.media)
  }),
  route('PATCH', '/marketing-resources/social-posts/{resourceId}/media/{mediaId}', MERCHANT, 'programs:write', (c) => {
    validate(c.body, { ...PID, alt_text: opt('string', { nullable: true }) })
    const r = resource(c, 'social_post')
    const m = media(r, c.params.mediaId ?? '')
    if (c.body.alt_text !== undefined) m.alt_text = c.body.alt_text as string | null
    return ok(touch(r))
  }),
  route('DELETE', '/marketing-resources/social-posts/{resourceId}/media/{mediaId}', MERCHANT, 'programs:write', (c) => {
    validate(c.body, PID)
    const r = resource(c, 'social_post')
    const m = media(r, c.params.mediaId ?? '')
    r.media = r.media.filter((x) => x.id !== m.id)
    touch(r)
    return ok({ removed: true, media_id: m.id })
  }),
  route('POST', '/marketing-resources/social-posts/{resourceId}/media/{mediaId}/replace', MERCHANT, 'programs:write', (c) => {
    validate(c.body, MEDIA_FILE)
    const r = resource(c, 'social_post')
    const m = media(r, c.params.mediaId ?? '')
    uploaded(c)
    Object.assign(m, { file_name: c.body.file_name, url: `${CDN}/media/${m.id}/${encodeURIComponent(c.body.file_name as string)}` })
    if (c.body.alt_text !== undefined) m.alt_text = c.body.alt_text as string | null
    if (c.body.sort_order !== undefined) m.sort_order = c.body.sort_order as number
    return ok(touch(r))
  }),
  route('POST', '/marketing-resources/{resourceId}/publish', MERCHANT, 'programs:write', (c) => {
    validate(c.body, { ...PID, notify_affiliates: opt('boolean') })
    const r = resource(c)
    r.status = 'published'
    r.published_at = iso(Date.now())
    const requested = c.body.notify_affiliates === true
    return ok({ resource: touch(r), notification: { requested, accepted: requested, error_code: null, message: requested ? 'Affiliates will be notified' : null } })
  }),
  route('POST', '/marketing-resources/{resourceId}/unpublish', MERCHANT, 'programs:write', (c) => {
    validate(c.body, PID)
    const r = resource(c)
    r.status = 'draft'
    return ok(touch(r))
  }),
  route('POST', '/marketing-resources/{resourceId}/archive', MERCHANT, 'programs:write', (c) => {
    validate(c.body, PID)
    const r = resource(c)
    r.status = 'archived'
    return ok(touch(r))
  }),
  route('POST', '/marketing-resources/{resourceId}/notify', MERCHANT, 'programs:write', (c) => {
    validate(c.body, PID)
    const r = resource(c)
    if (r.status !== 'published') fail(409, 'CONFLICT', 'Only a published resource can be announced')
    const notified = [...c.st.affiliates.values()].filter((a) => a.programId === r.program_id && a.status === 'approved').length
    return ok({ requested: true, accepted: true, resourceId: r.id, notifiedAffiliates: notified })
  }),
  route('POST', '/marketing-resources/download-url', MERCHANT, 'programs:read', (c) => downloadUrl(c, false)),

  route('GET', '/me/programs/{programId}/marketing-resources', AFFILIATE, 'links:read', (c) => ok(list(c, membership(c, c.params.programId ?? '').program.id, true))),
  route('GET', '/me/marketing-resources/{resourceId}', AFFILIATE, 'links:read', (c) => {
    const programId = qString(c.query, 'program_id')
    if (!programId) fail(400, 'VALIDATION_ERROR', 'program_id is required', { program_id: 'is required' })
    return ok(publishedFor(c, programId))
  }),
  route('POST', '/me/marketing-resources/download-url', AFFILIATE, 'links:read', (c) => downloadUrl(c, true)),
  route('POST', '/me/marketing-resources/social-posts/{resourceId}/render', AFFILIATE, 'links:read', (c) => {
    validate(c.body, { ...PID, affiliate_link_id: opt('string', { nullable: true }) })
    const r = publishedFor(c, c.body.program_id as string)
    if (r.kind !== 'social_post') notFound('Social post', r.id)
    const { affiliate } = membership(c, r.program_id)
    const linkId = c.body.affiliate_link_id as string | null | undefined
    const links = [...c.st.links.values()].filter((l) => l.affiliateId === affiliate.id)
    const link = linkId ? links.find((l) => l.id === linkId) : links[0]
    if (linkId && !link) notFound('Affiliate link', linkId)
    const program = find(c.st.programs, r.program_id, 'Program')
    const url = link?.url ?? `${program.website ?? `https://${program.slug}.sandbox.test`}/?ref=${affiliate.code}`
    return ok({ body: (r.body ?? '').split('{{affiliate_link}}').join(url), disclosure: `I may earn a commission from ${program.name}. #ad`, platforms: r.platforms, affiliateLinkId: link?.id ?? null })
  }),
]
