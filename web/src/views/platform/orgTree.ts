// Organisations as a tree by parent_id; an org whose parent is unknown becomes a root.
import type { Org } from '@/api/orgs'

export interface OrgNode extends Org {
  region: string
  children: OrgNode[]
}

const KIND_ORDER: Record<string, number> = { bureau: 0, department: 1, county_office: 2, unit: 3 }

export function orgTree(orgs: Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>()
  for (const o of orgs) nodes.set(o.id, { ...o, region: o.region ?? '', children: [] })
  const roots: OrgNode[] = []
  for (const n of nodes.values()) {
    const p = n.parent_id ? nodes.get(n.parent_id) : undefined
    if (p && p !== n) p.children.push(n)
    else roots.push(n)
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.name.localeCompare(b.name, 'zh-CN'))
    for (const n of list) sort(n.children)
  }
  sort(roots)
  return roots
}
