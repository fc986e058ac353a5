import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { pageOf, useTable } from './useTable'

const rows = Array.from({ length: 25 }, (_, i) => ({ id: i + 1, name: `第${25 - i}号`, unit: i % 2 ? '甲' : '乙' }))

describe('pageOf', () => {
  it('cuts pages and counts the total after the filter', () => {
    expect(pageOf(rows, { page: 3, size: 10 }).items.map((r) => r.id)).toEqual([21, 22, 23, 24, 25])
    const f = pageOf(rows, { page: 1, size: 5, keep: (r) => r.unit === '甲' })
    expect(f.total).toBe(12)
    expect(f.items.map((r) => r.id)).toEqual([2, 4, 6, 8, 10])
  })
  it('sorts with numbers inside Chinese text in natural order, both ways', () => {
    const up = pageOf(rows, { page: 1, size: 3, sortProp: 'name', order: 'ascending' })
    expect(up.items.map((r) => r.name)).toEqual(['第1号', '第2号', '第3号'])
    const down = pageOf(rows, { page: 1, size: 2, sortProp: 'name', order: 'descending' })
    expect(down.items.map((r) => r.name)).toEqual(['第25号', '第24号'])
  })
})

describe('useTable', () => {
  it('whole-list source: filters in memory, resets, pages', async () => {
    let calls = 0
    const t = useTable({
      all: async () => (calls++, rows),
      filters: { unit: '' },
      match: (r, f) => !f.unit || r.unit === f.unit,
      pageSize: 10,
    })
    await flushPromises()
    expect([t.total, t.rows.length]).toEqual([25, 10])
    t.filters.unit = '乙'
    await t.search()
    expect(t.total).toBe(13)
    t.page = 2
    await flushPromises()
    expect(t.rows.map((r) => r.id)).toEqual([21, 23, 25])
    await t.reset()
    expect(t.total).toBe(25)
    expect(calls).toBe(1)
  })
  it('server source: sends limit/offset/sort and shows the answer', async () => {
    const seen: unknown[] = []
    const t = useTable({
      server: async (q) => (seen.push(q), { items: [{ id: 1 }], total: 41 }),
      filters: { q: 'x' },
      pageSize: 20,
    })
    await flushPromises()
    t.page = 3
    await flushPromises()
    await t.onSort({ prop: 'id', order: 'descending' })
    expect(seen).toEqual([
      { q: 'x', limit: 20, offset: 0 },
      { q: 'x', limit: 20, offset: 40 },
      { q: 'x', limit: 20, offset: 0, sort: 'id', order: 'desc' },
    ])
    expect(t.total).toBe(41)
  })
  it('keeps the error of a failed load for <RuleErrors>', async () => {
    const t = useTable({ all: async () => Promise.reject(new Error('坏了')) })
    await flushPromises()
    expect(t.error?.message).toBe('坏了')
    expect(t.empty).toBe(false)
  })
})
