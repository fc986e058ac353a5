// Writing a person's record (用人单位 for its unit, the offices): create, partial update
// with the version for optimistic locking, the statutory retirement month (R-APP-RETIRE),
// and "who looked at my record" (the applicant's own access log). Reading lives in
// persons.ts. Shapes follow src/http/persons.cc and src/app/persons.cc.
import { get, patch, post } from './http'
import type { Person } from './persons'

export interface Degree {
  degree: 'doctor' | 'master' | 'bachelor' | 'college' | 'secondary'
  institution: string
  kind: 'regular' | 'military' | 'party_school'
  specialty: string
  graduated_on: string
  verifiable_online?: boolean
}
export interface QualificationInput {
  series: string
  specialty: string
  level: string
  obtained_on: string
  scope: 'province' | 'grassroots' | 'unit'
  how: 'review' | 'exam' | 'assessment'
  doc_no?: string
}
export interface PersonInput {
  name: string
  id_number: string
  gender: 'M' | 'F'
  birth_date: string
  retirement_base: 60 | 55 | 50
  unit_id: string
  post_managed: boolean
  phone?: string | null
  degrees: Degree[]
  qualifications: QualificationInput[]
  appointments: { level: string; appointed_on: string }[]
  assessments: { year: number; result: 'excellent' | 'competent' | 'basic' | 'incompetent' }[]
  flags: { conduct_issue?: boolean; under_investigation?: boolean; retired?: boolean }
}

const person = (id: string, tail = '') => `/persons/${encodeURIComponent(id)}${tail}`

export const createPerson = (p: PersonInput) => post<Person>('/persons', p)
/** Partial update; `version` makes a concurrent change a 409 instead of a lost update. */
export const updatePerson = (id: string, p: Partial<PersonInput> & { version?: number }) => patch<Person>(person(id), p)

export interface Retirement {
  base: number
  statutory_age: { years: number; months: number }
  retirement_month: string
}
export const getRetirement = (id: string) => get<Retirement>(person(id, '/retirement'))

export interface AccessEntry {
  at: string
  username: string
  /** Comma-separated role codes of the reader. */
  roles: string
  action: string
}
export const getAccessLog = (id: string) => get<AccessEntry[]>(person(id, '/access-log'))

export const DEGREE_NAMES: Record<Degree['degree'], string> = {
  doctor: '博士研究生',
  master: '硕士研究生',
  bachelor: '大学本科',
  college: '大专',
  secondary: '中专',
}
export const INSTITUTION_KIND_NAMES: Record<Degree['kind'], string> = {
  regular: '普通高校',
  military: '军队院校',
  party_school: '党校',
}
export const SCOPE_NAMES: Record<QualificationInput['scope'], string> = {
  province: '全省有效',
  grassroots: '基层有效',
  unit: '本单位有效',
}
export const HOW_NAMES: Record<QualificationInput['how'], string> = {
  review: '评审',
  exam: '以考代评/考试',
  assessment: '考核认定',
}
export const ASSESSMENT_NAMES: Record<PersonInput['assessments'][number]['result'], string> = {
  excellent: '优秀',
  competent: '合格/称职',
  basic: '基本合格',
  incompetent: '不合格',
}
