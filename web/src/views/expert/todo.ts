// 待办 of an expert, from real API answers: the defense groups the expert sits in
// (GET /my/defense-groups) where the server holds fewer of its scores than it has to give,
// and the votes this expert opened in this browser (the API lists no votes per expert) while
// they are open for the ballot.
import type { TodoItem, TodoSource } from '@/views/workspace/todo/sources'
import { getVoteForExpert, listMyDefenseGroups, type MyDefenseGroup } from '@/api/expert'
import { listRounds, type Round } from '@/api/rounds'
import { useSession } from '@/stores/session'
import { remembered } from './remember'
import { leftToScore } from './sheet'

/** One item per group with scores still to give; the deadline is the round's defense day. */
export function scoreTodoItems(groups: MyDefenseGroup[], rounds: Pick<Round, 'id' | 'defense_date'>[]): TodoItem[] {
  const days = new Map(rounds.map((r) => [r.id, r.defense_date]))
  return groups
    .filter((g) => leftToScore(g) > 0)
    .map((g) => ({
      key: g.id,
      title: `答辩小组 ${g.id}：${leftToScore(g)} 位申报人待评分`,
      detail: `${g.committee_name} ${g.year} 年度 · ${g.video ? '视频答辩' : '现场答辩'} · 已评 ${g.scored}/${g.to_score} · 0–100 分，半数及以上低于 60 分为不通过（R-DEF-SCORE）`,
      deadline: days.get(g.round_id) ?? undefined,
      to: { name: 'expert-groups', query: { group: g.id } },
    }))
}

export const EXPERT_TODO_SOURCES: TodoSource[] = [
  {
    id: 'expert-scores',
    title: '答辩评分',
    roles: ['expert'],
    async load() {
      const groups = await listMyDefenseGroups()
      if (!groups.some((g) => leftToScore(g) > 0)) return []
      // The defense day is only the deadline shown: without the rounds the items still stand.
      const rounds = await listRounds().catch(() => [])
      return scoreTodoItems(groups, rounds)
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
