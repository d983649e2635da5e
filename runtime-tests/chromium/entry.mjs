// Chromium: the page's script. run.mjs bundles it with esbuild (platform browser) from the scratch
// consumer project, the test server serves it from http://localhost:PORT, and it calls the APIs at
// the `?api=` origin (http://127.0.0.1:PORT): another origin, so every call goes through CORS.
// The recorded cassette session is bundled in: its replay fetches nothing, not even its data.
import * as lib from '../shared/lib.mjs'
import { recorded } from '../shared/recorded-session.mjs'
import { runSuite } from '../shared/suite.mjs'

const serverUrl = new URL(location.href).searchParams.get('api')
globalThis.__runtimeTestReport = runSuite({ serverUrl, lib, recorded })
