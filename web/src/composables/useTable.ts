// One list pattern for every table: a search form (filters), sorting from el-table's
// sort-change, pagination, loading and the last error.
//
// Two kinds of source:
//  - server(q): the API pages/filters/sorts itself; q = {limit, offset, sort, order, ...filters}
//    and it answers {items, total}. Use this as soon as a list route accepts limit/offset.
//  - all(filters): the API answers the whole list (today's list routes do, see
//    openapi.json); filtering by `match`, sorting and paging happen here, in memory.
// Either way the page looks the same (the result is reactive, so no .value):
//   const t = useTable({ all: () => listX(), filters: {...}, match })
//   <el-table :data="t.rows" v-loading="t.loading" @sort-change="t.onSort">
//   <Pagination v-model:page="t.page" v-model:size="t.size" :total="t.total" />
//   <RuleErrors :error="t.error" />
import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import { toApiError, type ApiError } from '@/api/http'

export type Filters = Record<string, string | number | boolean | null | undefined>
export type SortOrder = 'ascending' | 'descending' | null

export interface ServerQuery extends Filters {
  limit: number
  offset: number
  sort?: string
  order?: 'asc' | 'desc'
}

export interface TableOptions<T, F extends Filters> {
  server?: (q: ServerQuery & F) => Promise<{ items: T[]; total: number }>
  all?: (filters: F) => Promise<T[]>
  /** In-memory filter for `all` sources (return true to keep the row). */
  match?: (row: T, filters: F) => boolean
  filters?: F
  pageSize?: number
  /** Load at once (default true). */
  immediate?: boolean
}

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null || a === '') return 1
  if (b === undefined || b === null || b === '') return -1
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a).localeCompare(String(b), 'zh-CN', { numeric: true })
}

/** Filter, sort and cut one page out of a whole list (exported for tests). */
export function pageOf<T>(
  rows: T[],
  opts: { page: number; size: number; sortProp?: string | null; order?: SortOrder; keep?: (r: T) => boolean },
): { items: T[]; total: number } {
  let list = opts.keep ? rows.filter(opts.keep) : rows.slice()
  if (opts.sortProp && opts.order) {
    const k = opts.sortProp
    const dir = opts.order === 'descending' ? -1 : 1
    list = list
      .map((r, i) => ({ r, i }))
      .sort((x, y) => dir * compareValues((x.r as Record<string, unknown>)[k], (y.r as Record<string, unknown>)[k]) || x.i - y.i)
      .map((x) => x.r)
  }
  const total = list.length
  const start = (opts.page - 1) * opts.size
  return { items: list.slice(start, start + opts.size), total }
}

export function useTable<T, F extends Filters = Filters>(opts: TableOptions<T, F>) {
  const initialFilters = { ...(opts.filters ?? ({} as F)) }
  const filters = reactive({ ...initialFilters }) as F
  const page = ref(1)
  const size = ref(opts.pageSize ?? 20)
  const sortProp = ref<string | null>(null)
  const order = ref<SortOrder>(null)
  const loading = ref(false)
  const error = shallowRef<ApiError | null>(null)
  const rows = shallowRef<T[]>([]) as Ref<T[]>
  const total = ref(0)
  let everything: T[] | null = null
  let seq = 0

  function slice() {
    if (!everything) return
    const f = { ...filters } as F
    const r = pageOf(everything, {
      page: page.value,
      size: size.value,
      sortProp: sortProp.value,
      order: order.value,
      keep: opts.match ? (row) => opts.match!(row, f) : undefined,
    })
    rows.value = r.items
    total.value = r.total
    if (r.items.length === 0 && page.value > 1 && r.total > 0) page.value = Math.ceil(r.total / size.value)
  }

  async function load(refetch = true) {
    const my = ++seq
    error.value = null
    if (opts.all && !refetch && everything) {
      slice()
      return
    }
    loading.value = true
    try {
      if (opts.server) {
        const q = {
          ...filters,
          limit: size.value,
          offset: (page.value - 1) * size.value,
          ...(sortProp.value && order.value ? { sort: sortProp.value, order: order.value === 'descending' ? 'desc' : 'asc' } : {}),
        } as ServerQuery & F
        const r = await opts.server(q)
        if (my !== seq) return
        rows.value = r.items
        total.value = r.total
      } else if (opts.all) {
        const list = await opts.all({ ...filters } as F)
        if (my !== seq) return
        everything = list
        slice()
      }
    } catch (e) {
      if (my === seq) error.value = toApiError(e)
    } finally {
      if (my === seq) loading.value = false
    }
  }

  // Page 1 then one load: the page watcher is told to skip the change we make here.
  let skipWatch = false
  function firstPage() {
    if (page.value !== 1) {
      skipWatch = true
      page.value = 1
    }
  }

  /** 查询: back to page 1 with the current filters. */
  function search() {
    firstPage()
    return load(!!opts.server || !opts.match)
  }

  /** 重置: initial filters, page 1, no sort. */
  function reset() {
    Object.assign(filters, initialFilters)
    sortProp.value = null
    order.value = null
    return search()
  }

  /** Bind to el-table's @sort-change (columns with sortable="custom"). */
  function onSort(e: { prop: string | null; order: SortOrder }) {
    sortProp.value = e.order ? e.prop : null
    order.value = e.order
    firstPage()
    return load(!!opts.server)
  }

  watch([page, size], () => {
    if (skipWatch) {
      skipWatch = false
      return
    }
    void load(!!opts.server)
  })
  if (opts.immediate !== false) void load()

  const empty = computed(() => !loading.value && !error.value && total.value === 0)

  // reactive(): templates read t.rows, t.page, t.loading without .value.
  return reactive({
    filters,
    page,
    size,
    total,
    rows: rows as Ref<T[]>,
    loading,
    error,
    empty,
    sortProp,
    order,
    load,
    search,
    reset,
    onSort,
    refresh: () => load(true),
  })
}
