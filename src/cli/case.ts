/** `listPrograms` → `list-programs`, `partnership_id` → `partnership-id`. */
export const kebab = (name: string): string => name.replace(/_/g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
