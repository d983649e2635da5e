// The package's public entry points (all but the MCP server, which needs its peer), imported by their bare names exactly as a user would.
// This file is copied into the scratch consumer project (see run.mjs), where the names resolve to
// the tarball installed in its node_modules. (Run from inside the repository instead, Node would
// resolve them to the repository itself by package self-reference, which is not what we test.)
export * as root from 'affiliate-fetch'
export * as agentref from 'affiliate-fetch/agentref'
export * as agentclick from 'affiliate-fetch/agentclick'
export * as agentries from 'affiliate-fetch/agentries'
export * as tools from 'affiliate-fetch/tools'
export * as sandbox from 'affiliate-fetch/sandbox'
export * as cassette from 'affiliate-fetch/cassette'
