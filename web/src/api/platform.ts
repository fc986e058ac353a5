// 系统管理 (sysadmin): users, orgs, series catalogue, the official calendar, evaluation
// methods, the dev clock. Shapes follow src/app/{users,orgs,series,calendar,eval_methods,clock}.cc.
import { get, post, put } from './http'
import type { Role } from '@/lib/labels'
import type { Org } from './orgs'

// ---- users ----
export interface User {
  id: string
  username: string
  name: string
  roles: Role[]
  org_id: string | null
  person_id: string | null
  committee_id: string | null
  active: boolean
}
export interface NewUser {
  username: string
  password: string
  name: string
  roles: Role[]
  org_id?: string
  person_id?: string
  committee_id?: string
}
/** sysadmin and supervisor only. */
export const listUsers = () => get<User[]>('/users')
export const createUser = (u: NewUser) => post<User>('/users', u)

// ---- orgs ----
export type OrgKind = Org['kind']
export interface NewOrg {
  name: string
  kind: OrgKind
  parent_id?: string
  region: string
}
export const createOrg = (o: NewOrg) => post<Org>('/orgs', o)

export const ORG_KIND_NAMES: Record<OrgKind, string> = {
  bureau: '州人社局',
  department: '主管部门',
  county_office: '县(市)职改部门',
  unit: '用人单位',
}

// ---- series catalogue ----
export interface Series {
  code: string
  name: string
  specialties: { code: string; name: string }[]
}
export const listSeries = () => get<Series[]>('/series')
export const createSeries = (name: string, specialties: string[]) => post<Series>('/series', { name, specialties })

// ---- official calendar (R-CAL-DATA) ----
export type DayKind = 'holiday' | 'workday'
export interface CalendarDay {
  date: string
  kind: DayKind
  note?: string
}
export interface CalendarYear {
  year: number
  days: CalendarDay[]
}
export const getCalendarYear = (year: number) => get<CalendarYear>(`/calendar/${year}`)
export const putCalendarYear = (year: number, days: CalendarDay[]) =>
  put<CalendarYear>(`/calendar/${year}`, { year, days })

// ---- evaluation methods per series and level (R-EVAL-METHODS) ----
export interface EvalMethods {
  series: string
  level: string
  methods: { code: string; name: string }[]
  configured: boolean
  catalogue: { code: string; name: string; series: string }[]
}
export const getEvalMethods = (series: string, level: string) =>
  get<EvalMethods>(`/eval-methods/${encodeURIComponent(series)}/${encodeURIComponent(level)}`)
export const putEvalMethods = (series: string, level: string, methods: string[]) =>
  put<EvalMethods>(`/eval-methods/${encodeURIComponent(series)}/${encodeURIComponent(level)}`, { methods })

// ---- dev clock (only with `serve --dev-clock`; otherwise 404) ----
export interface DevClock {
  now: string
  today: string
  frozen: boolean
}
export const getClock = () => get<DevClock>('/admin/clock')
export const setClock = (now: string, frozen: boolean) => put<DevClock>('/admin/clock', { now, frozen })
