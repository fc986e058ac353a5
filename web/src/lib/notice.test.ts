import { describe, expect, it } from 'vitest'
import notice from '../../../docs/notice-2018-282.txt?raw'
import { parseNotice } from './notice'

describe('parseNotice', () => {
  const blocks = parseNotice(notice)
  it('finds the title, the eight parts and the signature of the 2018 notice', () => {
    expect(blocks[0]).toEqual({ kind: 'title', text: '临夏州人力资源和社会保障局关于进一步改进和加强职称管理服务工作的通知' })
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text)
    expect(headings).toHaveLength(8)
    expect(headings[0]).toBe('一、切实加强各级评委会管理')
    expect(headings[7]).toBe('八、进一步推进阳光评审')
    expect(blocks.at(-1)?.kind).toBe('sign')
  })
  it('sets the (一) marker of a paragraph apart and keeps every paragraph', () => {
    const paras = blocks.filter((b) => b.kind === 'para')
    expect(paras.some((p) => p.kind === 'para' && p.marker === '(一)' && p.text.startsWith('明确评委会管理权限'))).toBe(true)
    const chars = (s: string) => s.replace(/\s/g, '').length
    const total = blocks.reduce((n, b) => n + chars(b.text) + (b.kind === 'para' && b.marker ? b.marker.length : 0), 0)
    expect(total).toBe(chars(notice))
  })
})
