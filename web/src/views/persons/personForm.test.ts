import { describe, expect, it } from 'vitest'
import { birthText, createBody, csvTemplate, emptyPerson, fromIdNumber, importFormat, patchBody, validIdNumber } from './personForm'

describe('ID number (GB 11643)', () => {
  it('accepts the standard\'s example and numbers with X', () => {
    expect(validIdNumber('11010519491231002X')).toBe(true)
    expect(validIdNumber('11010519491231002x')).toBe(true)
    expect(validIdNumber('622921197906223316')).toBe(true)
  })
  it('refuses a wrong check digit, a wrong date, a wrong length', () => {
    expect(validIdNumber('110105194912310021')).toBe(false)
    expect(validIdNumber('110105194902300028')).toBe(false) // 30 February
    expect(validIdNumber('11010519491231002')).toBe(false)
  })
  it('reads birth date and sex', () => {
    expect(fromIdNumber('11010519491231002X')).toEqual({ birth_date: '1949-12-31', gender: 'F' })
    expect(fromIdNumber('622921197906223316')).toEqual({ birth_date: '1979-06-22', gender: 'M' })
    expect(fromIdNumber('110105194912310021')).toBeNull()
  })
})

describe('request bodies', () => {
  const f = {
    ...emptyPerson('u1'),
    name: ' 张三 ',
    id_number: '11010519491231002x',
    birth_date: '1949-12-31',
    gender: 'F' as const,
    retirement_base: 55 as const,
    qualifications: [{ series: '卫生', specialty: '护理', level: 'intermediate', obtained_on: '2015-06-01', scope: 'province' as const, how: 'review' as const, doc_no: '  ' }],
    assessments: [{ year: '2024' as unknown as number, result: 'competent' as const }],
  }
  it('create sends the whole record, upper-case X, no empty phone or doc_no', () => {
    const b = createBody(f)
    expect(b.name).toBe('张三')
    expect(b.id_number).toBe('11010519491231002X')
    expect('phone' in b).toBe(false)
    expect('doc_no' in b.qualifications[0]).toBe(false)
    expect(b.assessments[0].year).toBe(2024)
  })
  it('patch leaves the masked ID number, the unseen birth date and the phone alone unless retyped, and carries the version', () => {
    const b = patchBody({ ...f, id_number: '', phone: '', birth_date: '' }, 7)
    expect('id_number' in b).toBe(false)
    expect('phone' in b).toBe(false)
    expect('birth_date' in b).toBe(false)
    expect(patchBody(f, 7).birth_date).toBe('1949-12-31')
    expect(b.version).toBe(7)
    expect(patchBody({ ...f, phone: '13900000000' }, 7).phone).toBe('13900000000')
  })
})

describe('import files', () => {
  it('the template is the server\'s header row', () => {
    expect(csvTemplate()).toBe('\uFEFF姓名,公民身份号码,性别,出生日期,退休基准,单位,是否岗位管理,手机,系列,专业,职称级别,取得资格时间,有效范围,取得方式,批准文号\r\n')
  })
  it('format from the file name', () => {
    expect(importFormat('人员.CSV')).toBe('csv')
    expect(importFormat('a.xlsx')).toBe('xlsx')
    expect(importFormat('a.xls')).toBeNull()
  })
})

describe('birthText', () => {
  it('the full date where the role sees it, else the year-month', () => {
    expect(birthText({ birth_date: '1984-04-08', birth_month: '1984-04' })).toBe('1984-04-08')
    expect(birthText({ birth_month: '1984-04' })).toBe('1984-04')
    expect(birthText({})).toBe('—')
  })
})
