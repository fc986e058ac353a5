// The ids of votes an expert has opened, kept in this browser per user so that 待办 and the
// ballot page can offer them again: the API has no list of "my votes" (an expert learns the
// id from the committee office). Receipts are NEVER kept. Defense groups need no memory:
// the server lists an expert's own groups (GET /my/defense-groups).
type Kind = 'votes'
const KEY = (user: string, kind: Kind) => `zhiping.expert.${kind}.${user}`

export function remembered(user: string | undefined, kind: Kind): string[] {
  if (!user) return []
  try {
    const v = JSON.parse(localStorage.getItem(KEY(user, kind)) ?? '[]')
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export function remember(user: string | undefined, kind: Kind, id: string): void {
  if (!user || !id) return
  const ids = [id, ...remembered(user, kind).filter((x) => x !== id)].slice(0, 20)
  try {
    localStorage.setItem(KEY(user, kind), JSON.stringify(ids))
  } catch {
    /* private mode: nothing remembered */
  }
}

/**
 * Earlier builds kept the group ids an expert opened and the applications it scored in this
 * browser; the server answers both now, so what is left of them is removed.
 */
export function forgetGroupMemory(user: string | undefined): void {
  if (!user) return
  try {
    localStorage.removeItem(`zhiping.expert.groups.${user}`)
    localStorage.removeItem(`zhiping.expert.scored.${user}`)
  } catch {
    /* nothing to remove */
  }
}
