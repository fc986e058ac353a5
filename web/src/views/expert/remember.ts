// The ids of defense groups and votes an expert has opened, kept in this browser per user so
// that 待办 and the pages can offer them again. The API has no list of "my groups" or "my
// votes" (an expert learns the ids from the committee office). Receipts are NEVER kept.
const KEY = (user: string, kind: 'groups' | 'votes') => `zhiping.expert.${kind}.${user}`

export function remembered(user: string | undefined, kind: 'groups' | 'votes'): string[] {
  if (!user) return []
  try {
    const v = JSON.parse(localStorage.getItem(KEY(user, kind)) ?? '[]')
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  } catch {
    return []
  }
}

export function remember(user: string | undefined, kind: 'groups' | 'votes', id: string): void {
  if (!user || !id) return
  const ids = [id, ...remembered(user, kind).filter((x) => x !== id)].slice(0, 20)
  try {
    localStorage.setItem(KEY(user, kind), JSON.stringify(ids))
  } catch {
    /* private mode: nothing remembered */
  }
}

/** Applications this user has scored in a group, as the server accepted them (never a score). */
const SCORED = (user: string) => `zhiping.expert.scored.${user}`
export function scoredIn(user: string | undefined, groupId: string): Set<string> {
  if (!user) return new Set()
  try {
    const v = JSON.parse(localStorage.getItem(SCORED(user)) ?? '{}')
    return new Set(Array.isArray(v?.[groupId]) ? (v[groupId] as string[]) : [])
  } catch {
    return new Set()
  }
}
export function rememberScored(user: string | undefined, groupId: string, applicationId: string): void {
  if (!user) return
  try {
    const v = JSON.parse(localStorage.getItem(SCORED(user)) ?? '{}') ?? {}
    v[groupId] = [...new Set([...(Array.isArray(v[groupId]) ? v[groupId] : []), applicationId])]
    localStorage.setItem(SCORED(user), JSON.stringify(v))
  } catch {
    /* nothing remembered */
  }
}
