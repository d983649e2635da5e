import { test } from 'vitest'
import { cases } from './suite.js'

for (const c of cases) test(c.name, c.run)
