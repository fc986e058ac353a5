// Names for ids: persons (as the role may see them) and organisations, loaded once per
// page. Pages that show pool entries, rosters and draws (which carry person ids) use it.
import { reactive, shallowRef } from 'vue'
import { listPersons, type PersonSummary } from '@/api/persons'
import { listOrgs, type Org } from '@/api/orgs'
import { toApiError, type ApiError } from '@/api/http'

export function usePeople() {
  const persons = shallowRef(new Map<string, PersonSummary>())
  const orgs = shallowRef(new Map<string, Org>())
  const list = shallowRef<PersonSummary[]>([])
  const error = shallowRef<ApiError | null>(null)
  const load = () =>
    Promise.allSettled([listPersons(), listOrgs()]).then(([p, o]) => {
      error.value = null
      if (p.status === 'fulfilled') {
        list.value = p.value
        persons.value = new Map(p.value.map((x) => [x.id, x]))
      } else error.value = toApiError(p.reason)
      if (o.status === 'fulfilled') orgs.value = new Map(o.value.map((x) => [x.id, x]))
      else error.value = toApiError(o.reason)
    })
  const state = { ready: load() }
  return reactive({
    persons,
    orgs,
    list,
    error,
    get ready() {
      return state.ready
    },
    /**
     * Reads the persons again: the committee office sees only persons linked to its committee,
     * so one just applied to the pool (or added to a round) becomes visible only afterwards.
     */
    reload: () => (state.ready = load()),
    name: (id: string | null | undefined) => (id ? (persons.value.get(id)?.name ?? id) : ''),
    unitOf: (personId: string) => {
      const u = persons.value.get(personId)?.unit_id
      return u ? (orgs.value.get(u)?.name ?? u) : ''
    },
    orgName: (id: string | null | undefined) => (id ? (orgs.value.get(id)?.name ?? id) : ''),
  })
}
export type People = ReturnType<typeof usePeople>

/**
 * The server's rule messages name persons by id ("委员 rj4rbg2llrz4ti3l 职称为…"); shown to
 * a clerk, the id becomes the name. Returns the same error with readable messages.
 */
export function withNames<T extends { violations: { message: string }[]; warnings: { message: string }[]; message: string }>(
  err: T | null,
  name: (id: string) => string,
): T | null {
  if (!err) return err
  const fix = (s: string) => s.replace(/\b[a-z0-9]{16}\b/g, (id) => {
    const n = name(id)
    return n && n !== id ? n : id
  })
  const copy = Object.create(Object.getPrototypeOf(err)) as T
  Object.assign(copy, err, {
    message: fix(err.message),
    violations: err.violations.map((v) => ({ ...v, message: fix(v.message) })),
    warnings: err.warnings.map((v) => ({ ...v, message: fix(v.message) })),
  })
  return copy
}
