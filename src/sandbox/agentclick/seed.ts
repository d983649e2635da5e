import type { Random } from '../shared/prng.ts'
import type { AcProgram, AcUser, AgentClickState, PartnershipStatus, Role } from './types.ts'

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

const CATEGORIES = [
  ['AIチャットボット', 'ai-chatbot', '対話型AI・カスタマーサポートボット'],
  ['画像生成AI', 'ai-image', '画像生成・写真加工のAIツール'],
  ['文章作成AI', 'ai-writing', 'ライティング・翻訳・資料作成'],
  ['コード生成AI', 'ai-code', 'プログラミング支援'],
  ['動画生成AI', 'ai-video', '動画編集・生成'],
  ['音声AI', 'ai-voice', '文字起こし・音声合成'],
] as const

type P = [name: string, advertiser: string, slug: string, reward: AcProgram['reward_type'], amount: number, flags: string, tags: string]
const PROGRAMS: P[] = [
  ['AIライティングPro', '株式会社ライトテック', 'ai-writing', 'cpa', 3000, 'itp,product', 'blog seo writing 文章'],
  ['ChatAssist JP', 'チャットアシスト株式会社', 'ai-chatbot', 'cpa', 5000, 'auto,listing', 'chatbot support customer チャット'],
  ['ImageGen Studio', '株式会社イメージラボ', 'ai-image', 'cpa', 2500, 'self,itp', 'image illustration design 画像'],
  ['CodePilot Japan', 'コードパイロット合同会社', 'ai-code', 'cpa', 8000, 'product', 'code programming developer コード'],
  ['VoiceClone AI', '株式会社ボイスワークス', 'ai-voice', 'cpi', 800, 'new', 'voice tts speech 音声'],
  ['MovieMaker AI', 'ムービーメーカー株式会社', 'ai-video', 'cpa', 4500, 'campaign,listing', 'video editing youtube 動画'],
  ['議事録AI', '株式会社ミーティングノート', 'ai-voice', 'cpa', 6000, 'self,auto,itp', 'meeting transcription minutes 議事録'],
  ['TranslateNow', 'トランスレートナウ株式会社', 'ai-writing', 'cpc', 30, 'auto', 'translation english 翻訳'],
  ['SlideCraft AI', '株式会社スライドクラフト', 'ai-writing', 'cpa', 3500, 'new,product', 'slides presentation 資料'],
  ['DataBot Analytics', 'データボット株式会社', 'ai-chatbot', 'cpa', 12000, 'campaign', 'analytics data business データ'],
  ['PhotoRetouch AI', '株式会社フォトレタッチ', 'ai-image', 'cpi', 500, 'self,auto', 'photo retouch smartphone 写真'],
  ['AI英会話チューター', '株式会社イングリッシュAI', 'ai-chatbot', 'cpa', 7000, 'self,auto,new,campaign', 'english learning tutor 英会話'],
]

/** Fills the AgentClick world: categories, 12 programs, the three key holders and their history. */
export function seedAgentClick(st: AgentClickState, rnd: Random, keys: Record<Role, string>, now = Date.now()): void {
  CATEGORIES.forEach(([name, slug, description], i) => st.categories.push({ id: i + 1, name, slug, description, sort_order: (i + 1) * 10 }))
  PROGRAMS.forEach(([name, advertiser, slug, reward_type, reward_amount, flags, tags], i) => {
    const id = 101 + i
    const has = (f: string) => flags.split(',').includes(f)
    st.programs.set(id, {
      id,
      name,
      advertiser_name: advertiser,
      category_id: st.categories.find((c) => c.slug === slug)?.id ?? 1,
      description: `${name}は${advertiser}が提供するAIツールです。無料トライアルから有料プランへの登録で成果となります。`,
      reward_type,
      reward_amount,
      reward_condition: reward_type === 'cpa' ? '有料プラン申込' : reward_type === 'cpi' ? 'アプリインストール' : 'クリック',
      lp_url: `https://lp.agentclick.sandbox.test/programs/${id}`,
      cookie_days: rnd.pick([30, 60, 90]),
      confirmation_rate: rnd.int(55, 98),
      epc: rnd.int(5, 120),
      self_affiliate: has('self'),
      allow_listing: has('listing'),
      has_product_link: has('product'),
      itp_supported: has('itp'),
      is_campaign: has('campaign'),
      is_new: has('new'),
      auto_approve: has('auto'),
      tags: tags.split(' '),
      created_at: iso(now - (has('new') ? rnd.int(1, 20) : rnd.int(60, 400)) * DAY),
    })
  })

  const people: [Role, string, string, Partial<AcUser>][] = [
    ['agent', 'Sandbox Agent Bot', 'agent@agentclick.sandbox.test', { site_name: 'Sandbox Agent', site_url: 'https://agent.sandbox.test' }],
    ['publisher', 'サンドボックスメディア', 'publisher@agentclick.sandbox.test', { site_name: 'AIツール比較ナビ', site_url: 'https://media.sandbox.test' }],
    ['advertiser', 'サンドボックス広告株式会社', 'advertiser@agentclick.sandbox.test', { company_name: 'サンドボックス広告株式会社' }],
  ]
  people.forEach(([role, name, email, extra], i) => {
    st.users.set(keys[role], { id: 1001 + i, key: keys[role], role, name, email, site_name: null, site_url: null, company_name: null, request_count: 0, last_used_at: null, created_at: iso(now - 300 * DAY), ...extra })
  })

  const user = (role: Role) => st.users.get(keys[role]) as AcUser
  const partner = (u: AcUser, programId: number, status: PartnershipStatus, daysAgo: number) => {
    const id = ++st.seq.partnership
    st.partnerships.set(id, { id, program_id: programId, user_id: u.id, status, tracking_code: rnd.hex(32), selfback: false, applied_at: iso(now - daysAgo * DAY), approved_at: status === 'approved' ? iso(now - (daysAgo - 1) * DAY) : null })
    return st.partnerships.get(id)!
  }
  const agent = user('agent')
  const publisher = user('publisher')
  const active = [partner(agent, 101, 'approved', 90), partner(agent, 102, 'approved', 60), partner(publisher, 101, 'approved', 120), partner(publisher, 106, 'approved', 40)]
  partner(agent, 104, 'pending', 3)
  partner(agent, 110, 'rejected', 30)
  partner(publisher, 103, 'pending', 2)

  for (const p of active) {
    const program = st.programs.get(p.program_id) as AcProgram
    for (let i = 0; i < 25; i++) st.clicks.push({ id: ++st.seq.click, partnership_id: p.id, program_id: p.program_id, user_id: p.user_id, context: rnd.pick(['chatbot', 'voice-assistant', 'web']), user_agent: null, created_at: iso(now - rnd.int(0, 60) * DAY) })
    for (let i = 0; i < 4; i++) {
      const age = rnd.int(0, 60)
      st.conversions.push({ id: ++st.seq.conversion, partnership_id: p.id, program_id: p.program_id, user_id: p.user_id, order_id: `SEED-${p.id}-${i}`, amount: rnd.int(10, 60) * 100, reward: program.reward_amount, status: age > 20 ? 'approved' : 'pending', created_at: iso(now - age * DAY) })
    }
  }

  for (const u of [agent, publisher, user('advertiser')]) {
    ;['新しいプログラムが公開されました', '提携申請が承認されました', '今月の成果レポート', '支払いが完了しました', 'キャンペーンのお知らせ'].forEach((title, i) => {
      st.notifications.push({ id: ++st.seq.notification, user_id: u.id, title, body: `${title}。詳細はダッシュボードをご確認ください。`, is_read: i >= 3, created_at: iso(now - (i + 1) * 2 * DAY) })
    })
  }
  for (const [u, months] of [[agent, 4], [publisher, 2]] as const) {
    for (let m = months; m >= 1; m--) {
      const gross = rnd.int(10, 80) * 1000
      const tax = Math.floor(gross * 0.1021)
      const d = new Date(now)
      d.setUTCMonth(d.getUTCMonth() - m, 15)
      st.payouts.push({ id: ++st.seq.payout, user_id: u.id, period: d.toISOString().slice(0, 7), gross_reward: gross, withholding_tax: tax, transfer_fee: 330, net_payout: gross - tax - 330, status: 'paid', paid_at: d.toISOString() })
    }
  }
}

export function createAgentClickState(): AgentClickState {
  return { categories: [], programs: new Map(), users: new Map(), partnerships: new Map(), clicks: [], conversions: [], notifications: [], payouts: [], selfback: new Set(), seq: { partnership: 0, click: 0, conversion: 0, notification: 0, payout: 0 } }
}
