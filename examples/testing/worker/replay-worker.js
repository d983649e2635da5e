// The Worker as its test runs it: the same handler, with every API call answered from the
// committed cassette. A request the cassette does not hold is a CassetteMissError, sent back as
// the 500's body so that the failing test shows it.
import { replayFetch } from 'affiliate-fetch/cassette'
import cassette from '../fixtures/session.har'
import { handle } from './worker.js'

const fetch = replayFetch(cassette)

export default {
  async fetch(request, env) {
    try {
      return await handle(request, env, fetch)
    } catch (error) {
      return new Response(`${error.name}: ${error.message}`, { status: 500 })
    }
  },
}
