// Global setup of the `examples` project: its tests import the package by name (dist/).
import { ensureBuilt } from '../helpers/built.js'

export default function setup(): void {
  ensureBuilt()
}
