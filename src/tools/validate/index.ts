export { validate } from './validate.ts'
export { matchesFormat } from './formats.ts'
