#!/usr/bin/env node
// The codemod behind the JSR package: relative import specifiers in src/ name the `.ts` file
// itself (`./x.ts`, not `./x.js`). Deno, outside an npm project (a JSR user without a
// package.json), refuses a `./x.js` that names a `.ts` file; TypeScript
// (`rewriteRelativeImportExtensions`) and esbuild still emit `.js` into dist/. Also covers the
// tool generator, whose templates write import lines into src/tools/generated/.
//
//   node scripts/ts-specifiers.mjs           rewrites the files (idempotent: re-run after a merge)
//   node scripts/ts-specifiers.mjs --check   lists the files it would change, exits 1 if any
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `from './x.js'`, `import './x.js'`, `import('./x.js')`: the quote, then the relative path without `.js`. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"\n]*?)\.js\2/g

/** The text with every relative `.js` specifier turned into `.ts`. */
export const toTsSpecifiers = (text) => text.replace(SPECIFIER, (_, keyword, quote, stem) => `${keyword}${quote}${stem}.ts${quote}`)

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(file)
    else if (/\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield file
  }
}

/** The files this codemod owns, relative to the repository root. */
export const codemodFiles = () => [...sourceFiles(path.join(root, 'src')), path.join(root, 'scripts/generate-tool-inputs.mjs')].map((f) => path.relative(root, f))

/** Every file whose text the codemod changes, with its new text; throws on a specifier that names no file. */
export function pendingChanges() {
  const changes = []
  for (const file of codemodFiles()) {
    const before = readFileSync(path.join(root, file), 'utf8')
    const after = toTsSpecifiers(before)
    // In src/, a rewritten specifier must name a real file (the generator's are checked in its output).
    for (const [, , , stem] of file.startsWith('src') ? after.matchAll(SPECIFIER_TS) : []) {
      if (!existsSync(path.resolve(root, path.dirname(file), `${stem}.ts`))) throw new Error(`${file}: ${stem}.ts does not exist`)
    }
    if (after !== before) changes.push({ file, text: after })
  }
  return changes
}
const SPECIFIER_TS = new RegExp(SPECIFIER.source.replace('\\.js', '\\.ts'), 'g')

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const check = process.argv.includes('--check')
  const changes = pendingChanges()
  for (const { file, text } of changes) {
    if (!check) writeFileSync(path.join(root, file), text)
    console.log(`${check ? 'would rewrite' : 'rewrote'} ${file}`)
  }
  if (check && changes.length > 0) {
    console.log('relative `.js` specifiers found: run `node scripts/ts-specifiers.mjs`')
    process.exit(1)
  }
}
