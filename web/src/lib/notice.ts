// Turns the notice's plain text (docs/notice-2018-282.txt) into blocks to render:
// the title, the source line, centred header lines (issuer, title, number), section
// headings "一、…", paragraphs (with their "(一)" marker set apart) and the signature.

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'center'; text: string }
  | { kind: 'heading'; text: string; id: string }
  | { kind: 'para'; text: string; marker?: string }
  | { kind: 'sign'; text: string }

const HEADING = /^[一二三四五六七八九十]+、/
const MARKER = /^([(（][一二三四五六七八九十]+[)）]|\d+[.．、])/

export function parseNotice(text: string): Block[] {
  const out: Block[] = []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let seenBody = false
  let headings = 0
  for (const raw of lines) {
    if (!raw.trim()) continue
    const line = raw.trim()
    const indent = raw.length - raw.trimStart().length
    if (out.length === 0) {
      out.push({ kind: 'title', text: line })
    } else if (!seenBody && /^来源[:：]/.test(line)) {
      out.push({ kind: 'meta', text: line })
    } else if (indent >= 4) {
      out.push({ kind: 'sign', text: line })
    } else if (HEADING.test(line) && line.length <= 40) {
      seenBody = true
      out.push({ kind: 'heading', text: line, id: `s${++headings}` })
    } else if (!seenBody && line.length <= 40 && !/[:：]$/.test(line)) {
      out.push({ kind: 'center', text: line })
    } else {
      seenBody = true
      const m = line.match(MARKER)
      if (m) out.push({ kind: 'para', marker: m[1], text: line.slice(m[1].length) })
      else out.push({ kind: 'para', text: line })
    }
  }
  return out
}
