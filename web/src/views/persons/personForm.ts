// Helpers of the person form (用人单位 登记 / 修改人员): the GB 11643 check digit and the
// birth date and sex the ID number carries (the server validates the number and refuses a
// wrong one — this only fills the form and warns early), the request bodies, and the CSV
// template of the import. Pure (tested in personForm.test.ts).
import type { PersonInput } from '@/api/personRecords'
import type { Person } from '@/api/persons'
import { PERSON_IMPORT_COLUMNS } from '@/api/imports'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** GB 11643-1999: 18 characters, a valid date of birth, the ISO 7064 MOD 11-2 check character. */
export function validIdNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  if (!birthFromId(id)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i]
  return CHECK[sum % 11] === id[17]
}

function birthFromId(id: string): string | null {
  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > days) return null
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
}

/** Birth date and sex from a valid ID number (17th digit odd = male). */
export function fromIdNumber(raw: string): { birth_date: string; gender: 'M' | 'F' } | null {
  const id = raw.trim().toUpperCase()
  if (!validIdNumber(id)) return null
  return { birth_date: birthFromId(id)!, gender: Number(id[16]) % 2 === 1 ? 'M' : 'F' }
}

export type PersonForm = Omit<PersonInput, 'retirement_base' | 'phone'> & { retirement_base: 60 | 55 | 50; phone: string }

export function emptyPerson(unitId: string): PersonForm {
  return {
    name: '',
    id_number: '',
    gender: 'M',
    birth_date: '',
    retirement_base: 60,
    unit_id: unitId,
    post_managed: true,
    phone: '',
    degrees: [],
    qualifications: [],
    appointments: [],
    assessments: [],
    flags: { conduct_issue: false, under_investigation: false, retired: false },
  }
}

/**
 * Date of birth as the role may see it: the full date (sysadmin, title office), else the
 * year-month only (docs/security.md, finding 1).
 */
export function birthText(p: { birth_date?: string | null; birth_month?: string | null }): string {
  return p.birth_date || p.birth_month || '—'
}

/**
 * The form of a person as GET /persons/{id} answers it. The unit sees the ID number masked
 * and only the birth year-month, so those stay empty: an edit changes them only when retyped.
 */
export function formOf(p: Person): PersonForm {
  return {
    name: p.name,
    id_number: '',
    gender: p.gender,
    birth_date: (p as { birth_date?: string }).birth_date ?? '',
    retirement_base: (p.retirement_base as 60 | 55 | 50) ?? 60,
    unit_id: p.unit_id,
    post_managed: p.post_managed,
    phone: '',
    degrees: p.degrees.map((d) => ({ ...d })) as PersonForm['degrees'],
    qualifications: p.qualifications.map((q) => ({ ...q })) as PersonForm['qualifications'],
    appointments: p.appointments.map((a) => ({ ...a })),
    assessments: p.assessments.map((a) => ({ ...a })) as PersonForm['assessments'],
    flags: { conduct_issue: !!p.flags?.conduct_issue, under_investigation: !!p.flags?.under_investigation, retired: !!p.flags?.retired },
  }
}

function lists(f: PersonForm) {
  return {
    degrees: f.degrees.map((d) => ({ ...d, specialty: d.specialty.trim(), institution: d.institution.trim() })),
    qualifications: f.qualifications.map((q) => {
      const { doc_no, ...rest } = q
      return doc_no?.trim() ? { ...rest, doc_no: doc_no.trim() } : rest
    }),
    appointments: f.appointments,
    assessments: f.assessments.map((a) => ({ ...a, year: Number(a.year) })),
    flags: f.flags,
  }
}

/** POST /persons body. */
export function createBody(f: PersonForm): PersonInput {
  return {
    name: f.name.trim(),
    id_number: f.id_number.trim().toUpperCase(),
    gender: f.gender,
    birth_date: f.birth_date,
    retirement_base: f.retirement_base,
    unit_id: f.unit_id,
    post_managed: f.post_managed,
    ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
    ...lists(f),
  }
}

/**
 * PATCH /persons/{id} body: every field of the form with the version read; the ID number,
 * the date of birth and the phone (masked or partial when read) only when given anew.
 */
export function patchBody(f: PersonForm, version: number): Partial<PersonInput> & { version: number } {
  return {
    name: f.name.trim(),
    gender: f.gender,
    ...(f.birth_date ? { birth_date: f.birth_date } : {}),
    retirement_base: f.retirement_base,
    unit_id: f.unit_id,
    post_managed: f.post_managed,
    ...(f.id_number.trim() ? { id_number: f.id_number.trim().toUpperCase() } : {}),
    ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
    ...lists(f),
    version,
  }
}

/** The import template: the header row the server reads (UTF-8 with BOM so Excel opens it). */
export function csvTemplate(): string {
  return '\uFEFF' + PERSON_IMPORT_COLUMNS.join(',') + '\r\n'
}

/** "csv" / "xlsx" from a file name, else null. */
export function importFormat(name: string): 'csv' | 'xlsx' | null {
  const m = /\.(csv|xlsx)$/i.exec(name)
  return m ? (m[1].toLowerCase() as 'csv' | 'xlsx') : null
}
