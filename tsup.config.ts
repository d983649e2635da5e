import { existsSync } from 'node:fs'
import { defineConfig, type Options } from 'tsup'

const entries: Record<string, string> = {
  index: 'src/index.ts',
  'agentref/index': 'src/agentref/index.ts',
  'agentclick/index': 'src/agentclick/index.ts',
  'agentries/index': 'src/agentries/index.ts',
  'sandbox/index': 'src/sandbox/index.ts',
  'sandbox/cli': 'src/sandbox/cli.ts',
  'tools/index': 'src/tools/index.ts',
  'mcp/index': 'src/mcp/index.ts',
  'mcp/cli': 'src/mcp/cli.ts',
  'cli/main': 'src/cli/main.ts',
  'cassette/index': 'src/cassette/index.ts',
}
/**
 * Entries that need a server runtime: the three CLIs. The sandbox itself is neutral (its HTTP door
 * loads `node:http` only when a server is started).
 */
const nodeOnly = (name: string) => name === 'sandbox/cli' || name === 'mcp/cli' || name === 'cli/main'

/**
 * The MCP CLI and the command line import the package's own entry points (`../agentref/index.js`,
 * `./index.js`, …): keep those as imports of the built entries instead of bundling a second copy.
 */
const cliUsesEntries: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-uses-entries',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(?:[a-z]+\/)?index\.[jt]s$/ }, (args) =>
      // The source names `.ts` files (for Deno); the built entries beside the CLI are `.js`.
      /src\/(mcp\/cli|cli\/[\w-]+)\.ts$/.test(args.importer.replace(/\\/g, '/')) ? { path: args.path.replace(/\.ts$/, '.js'), external: true } : undefined,
    )
  },
}

export default defineConfig([
  {
    // Everything users import in browsers and edge runtimes: neutral platform, no node: imports.
    entry: Object.fromEntries(Object.entries(entries).filter(([name, file]) => !nodeOnly(name) && existsSync(file))),
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    outDir: 'dist',
  },
  {
    // The CLIs run on Node, Deno and Bun through their node: built-ins.
    entry: Object.fromEntries(Object.entries(entries).filter(([name, file]) => nodeOnly(name) && existsSync(file))),
    format: ['esm'],
    platform: 'node',
    target: 'node18',
    dts: false,
    esbuildPlugins: [cliUsesEntries],
    tsconfig: 'tsconfig.node.json',
    sourcemap: false,
    outDir: 'dist',
  },
])
