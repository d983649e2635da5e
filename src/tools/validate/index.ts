export { validate } from './validate.js'
export { matchesFormat } from './formats.js'
