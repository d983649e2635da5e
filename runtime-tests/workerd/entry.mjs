// workerd: a module Worker that runs the suite when fetched, against the API origin in `?api=`.
// run.mjs bundles it with esbuild from the scratch consumer project (so `affiliate-fetch` is the
// installed tarball) and runs the bundle in workerd through miniflare. The recorded cassette
// session is bundled in: its replay fetches nothing, not even its data.
import * as lib from '../shared/lib.mjs'
import { recorded } from '../shared/recorded-session.mjs'
import { runSuite } from '../shared/suite.mjs'

export default {
  async fetch(request) {
    const serverUrl = new URL(request.url).searchParams.get('api')
    return Response.json(await runSuite({ serverUrl, lib, recorded }))
  },
}
