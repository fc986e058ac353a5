// 待办 of an expert, from real API answers: the defense groups and votes this expert opened
// in this browser (the API lists neither per expert) — a group whose defense day is today or
// ahead waits for the scores not yet accepted from this browser, an open vote for the ballot.
import type { TodoItem, TodoSource } from '@/views/workspace/todo/sources'
import { getDefenseGroup, getVoteForExpert } from '@/api/expert'
import { listRounds } from '@/api/rounds'
import { useSession } from '@/stores/session'
import { today } from '@/lib/dates'
import { remembered, scoredIn } from './remember'

export const EXPERT_TODO_SOURCES: TodoSource[] = [
  {
    id: 'expert-scores',
    title: '答辩评分',
    roles: ['expert'],
    async load() {
      const user = useSession().user?.username
      const ids = remembered(user, 'groups')
      if (!ids.length) return []
      const rounds = new Map((await listRounds()).map((r) => [r.id, r]))
      const items: TodoItem[] = []
      for (const g of await Promise.allSettled(ids.map(getDefenseGroup))) {
        if (g.status !== 'fulfilled') continue
        const r = rounds.get(g.value.round_id)
        if (!r || (r.defense_date && r.defense_date < today.value)) continue
        const scored = scoredIn(user, g.value.id)
        const left = g.value.application_ids.filter((a) => !scored.has(a)).length
        if (!left) continue
        items.push({
          key: g.value.id,
          title: `答辩小组 ${g.value.id}：${left} 位申报人待评分`,
          detail: `${r.committee_name ?? r.series} ${r.year} 年度 · 0–100 分，半数以上低于 60 分为不通过（R-DEF-SCORE）`,
          deadline: r.defense_date ?? undefined,
          to: { name: 'expert-groups', query: { group: g.value.id } },
        })
      }
      return items
    },
  },
  {
    id: 'expert-ballots',
    title: '无记名投票',
    roles: ['expert'],
    async load() {
      const user = useSession().user?.username
      const items: TodoItem[] = []
      for (const v of await Promise.allSettled(remembered(user, 'votes').map(getVoteForExpert))) {
        if (v.status !== 'fulfilled' || v.value.status !== 'open') continue
        items.push({
          key: v.value.id,
          title: `表决 ${v.value.id} 正在投票`,
          detail: `${v.value.application_ids?.length ?? '若干'} 位申报人 · 出席评委每人一票，不得补投（R-VOTE-ATTEND）`,
          deadline: v.value.vote_date,
          status: 'open',
          to: { name: 'expert-ballot', query: { vote: v.value.id } },
        })
      }
      return items
    },
  },
]
