import { get } from './http'

export interface Org {
  id: string
  name: string
  kind: 'bureau' | 'department' | 'county_office' | 'unit'
  parent_id?: string | null
  region?: string
}

export const getOrg = (id: string) => get<Org>(`/orgs/${encodeURIComponent(id)}`)
export const listOrgs = () => get<Org[]>('/orgs')
