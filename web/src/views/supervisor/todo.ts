// 待办 of the discipline supervisor and of the experts (PANEL_TODO_SOURCES, spliced into
// TODO_SOURCES), from real API answers. Supervisor: rounds whose draw is still ahead and
// lack the supervisor's random contribution (R-DRAW-RANDOM: no draw without it), and closed
// votes whose board can be recounted (the audit chain tells both).
import type { TodoItem, TodoSource } from '@/views/workspace/todo/sources'
import { auditAll } from '@/api/supervisor'
import { listRounds } from '@/api/rounds'
import { today } from '@/lib/dates'
import { EXPERT_TODO_SOURCES } from '@/views/expert/todo'
import { chainEvents } from './chain'

let chainCache: Promise<Awaited<ReturnType<typeof auditAll>>> | null = null
const chain = () => (chainCache ??= auditAll().finally(() => setTimeout(() => (chainCache = null), 5_000)))

export const PANEL_TODO_SOURCES: TodoSource[] = [
  {
    id: 'supervisor-contributions',
    title: '监督随机贡献（抽取前）',
    roles: ['supervisor'],
    async load() {
      const [entries, rounds] = await Promise.all([chain(), listRounds()])
      const given = new Set(entries.filter((e) => e.action === 'draw.contribute').map((e) => e.target.slice('round:'.length)))
      const drawn = new Set(chainEvents(entries).draws.map((d) => d.round_id))
      const items: TodoItem[] = []
      for (const r of rounds) {
        if (!r.draw_window || r.draw_window.to < today.value || given.has(r.id) || drawn.has(r.id)) continue
        items.push({
          key: r.id,
          title: `${r.committee_name ?? r.series} ${r.year} 年度：提交监督随机贡献`,
          detail: `抽取期 ${r.draw_window.from} 至 ${r.draw_window.to}；没有监督随机贡献不能抽取（R-DRAW-RANDOM）`,
          deadline: today.value <= r.draw_window.from ? r.draw_window.from : r.draw_window.to,
          to: { name: 'supervisor-draws', query: { round: r.id } },
        })
      }
      return items
    },
  },
  {
    id: 'supervisor-boards',
    title: '已计票的表决（可复算公告板）',
    roles: ['supervisor'],
    async load() {
      const [entries, rounds] = await Promise.all([chain(), listRounds()])
      const byId = new Map(rounds.map((r) => [r.id, r]))
      return chainEvents(entries)
        .votes.filter((v) => v.closed)
        .reverse()
        .map((v) => {
          const r = byId.get(v.round_id)
          return {
            key: v.id,
            title: `${r ? `${r.committee_name ?? r.series} ${r.year} 年度` : v.round_id} 表决已计票`,
            detail: `${v.closed!.slice(0, 10)} 计票 · ${v.application_ids.length} 位申报人 · 按公告板复算（R-VOTE-PASS）`,
            status: 'closed',
            to: { name: 'supervisor-board', query: { vote: v.id } },
          }
        })
    },
  },
  ...EXPERT_TODO_SOURCES,
]
