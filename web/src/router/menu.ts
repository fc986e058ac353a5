// The left menu, derived from the workspace routes: a page appears only for the roles
// in its meta.roles (absent → everyone), grouped by meta.group in MENU_GROUPS order.
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '@/lib/labels'
import { MENU_GROUPS } from './workspace'

export interface MenuItem {
  path: string
  title: string
  icon?: Component
  order: number
}
export interface MenuGroup {
  title: string
  items: MenuItem[]
}

export function buildMenu(routes: RouteRecordRaw[], roles: Role[], base = '/workspace'): MenuGroup[] {
  const groups = new Map<string, MenuItem[]>()
  for (const r of routes) {
    const m = r.meta
    if (!m?.group || !m.title) continue
    if (m.roles && !m.roles.some((x) => roles.includes(x))) continue
    if (r.path.includes(':')) continue
    const list = groups.get(m.group) ?? []
    list.push({ path: `${base}/${r.path}`, title: m.title, icon: m.icon, order: m.order ?? 100 })
    groups.set(m.group, list)
  }
  const order = [...MENU_GROUPS] as string[]
  return [...groups.entries()]
    .sort(([a], [b]) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99))
    .map(([title, items]) => ({ title, items: items.sort((a, b) => a.order - b.order) }))
}
