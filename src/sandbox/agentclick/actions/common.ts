import { type AcAction, action } from '../context.ts'

export function commonActions(allowed: (role: string) => string[]): Record<string, AcAction> {
  return {
    health: action('none', false, undefined, () => ({ message: 'OK', data: { status: 'ok', version: '1.0.0', time: new Date().toISOString(), sandbox: true } })),
    'common.categories': action('common', false, undefined, (c) => ({ data: { categories: c.st.categories } })),
    'common.stats': action('common', false, undefined, (c) => {
      const users = [...c.st.users.values()]
      return {
        data: {
          active_programs: c.st.programs.size,
          publishers: users.filter((u) => u.role !== 'advertiser').length + 1240,
          advertisers: users.filter((u) => u.role === 'advertiser').length + 86,
          approved_conversions: c.st.conversions.filter((x) => x.status === 'approved').length + 15_400,
        },
      }
    }),
    'common.profile': action('common', false, undefined, (c) => {
      const u = c.user
      const details = u.role === 'advertiser' ? { company: { name: u.company_name } } : { site: { name: u.site_name, url: u.site_url } }
      return { data: { user_id: u.id, name: u.name, email: u.email, role: u.role, created_at: u.created_at, ...details } }
    }),
    'common.api_key_info': action('common', false, undefined, (c) => ({
      data: { key_prefix: `${c.user.key.slice(0, 7)}…`, role: c.user.role, request_count: c.user.request_count, allowed_actions: allowed(c.user.role), last_used_at: c.user.last_used_at },
    })),
  }
}
