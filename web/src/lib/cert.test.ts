import { describe, expect, it } from 'vitest'
import { sm2 } from 'sm-crypto'
import { assess, base64UrlToBytes, bytesToHex, parseFragment, parseStatement, signatureToHex, verifyStatement } from './cert'

const keys = sm2.generateKeyPairHex()
const statement = '甘临2026000001|张秀兰|intermediate|卫生|护理|2026-12-02|州职改字〔2026〕1号'
const sigHex = sm2.doSignature(statement, keys.privateKey, { der: true, hash: true })

function b64url(bytes: Uint8Array): string {
  let bin = ''
  for (const b of bytes) bin += String.fromCharCode(b)
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
const stParam = b64url(new TextEncoder().encode(statement))
const sigBytes = new Uint8Array(sigHex.match(/../g)!.map((h) => parseInt(h, 16)))
const server = { serial: '甘临2026000001', name: '张秀兰', level: 'intermediate', series: '卫生', specialty: '护理', effective_date: '2026-12-02', doc_no: '州职改字〔2026〕1号' }

describe('QR fragment', () => {
  it('decodes the statement (UTF-8, base64url) and a hex signature', () => {
    const f = parseFragment(`#v=1&st=${stParam}&sig=${sigHex}`)
    expect(f.ok).toBe(true)
    if (f.ok) {
      expect(f.fragment.statement).toBe(statement)
      expect(f.fragment.signatureHex).toBe(sigHex)
    }
  })
  it('accepts the signature as base64url too (the first printed certificates)', () => {
    expect(signatureToHex(b64url(sigBytes))).toBe(sigHex)
    expect(bytesToHex(base64UrlToBytes(b64url(sigBytes)))).toBe(sigHex)
  })
  it('reports a missing fragment, another version or missing parts', () => {
    expect(parseFragment('').ok).toBe(false)
    expect(parseFragment(`#v=2&st=${stParam}&sig=${sigHex}`).ok).toBe(false)
    expect(parseFragment(`#v=1&st=${stParam}`).ok).toBe(false)
    expect(parseFragment('#v=1&st=%%%&sig=zz').ok).toBe(false)
  })
  it('splits the statement into its seven fields', () => {
    expect(parseStatement(statement)).toEqual(server)
    expect(parseStatement('a|b')).toBeNull()
  })
})

describe('SM2 check in the browser', () => {
  it('verifies the bureau signature and refuses a changed statement or another key', () => {
    expect(verifyStatement(statement, sigHex, keys.publicKey)).toBe(true)
    expect(verifyStatement(statement.replace('张秀兰', '李秀兰'), sigHex, keys.publicKey)).toBe(false)
    expect(verifyStatement(statement, sigHex, sm2.generateKeyPairHex().publicKey)).toBe(false)
    expect(verifyStatement(statement, 'zz', keys.publicKey)).toBe(false)
  })

  const frag = (sig = sigHex, st = stParam) => parseFragment(`#v=1&st=${st}&sig=${sig}`)

  it('authentic when signed and the URL serial matches; no disagreement when the server agrees', () => {
    const a = assess({ urlSerial: '甘临2026000001', fragment: frag(), server, serverNotFound: false, publicKeyHex: keys.publicKey })
    expect(a.signature).toBe('authentic')
    expect(a.disagreements).toEqual([])
  })
  it('forged when the signature does not match', () => {
    const other = sm2.doSignature(statement + 'x', keys.privateKey, { der: true, hash: true })
    const a = assess({ urlSerial: '甘临2026000001', fragment: frag(other), server, serverNotFound: false, publicKeyHex: keys.publicKey })
    expect(a.signature).toBe('forged')
  })
  it('forged when the URL names another serial than the signed statement', () => {
    const a = assess({ urlSerial: '甘临2026000009', fragment: frag(), server, serverNotFound: false, publicKeyHex: keys.publicKey })
    expect(a.signature).toBe('forged')
    expect(a.signatureProblem).toContain('甘临2026000009')
  })
  it('names the fields where the server answer disagrees with the signed statement', () => {
    const a = assess({
      urlSerial: '甘临2026000001',
      fragment: frag(),
      server: { ...server, name: '王五', effective_date: '2020-01-01' },
      serverNotFound: false,
      publicKeyHex: keys.publicKey,
    })
    expect(a.signature).toBe('authentic')
    expect(a.disagreements).toEqual(['姓名', '生效日期'])
  })
  it('flags a signed certificate the server does not know', () => {
    const a = assess({ urlSerial: '甘临2026000001', fragment: frag(), server: null, serverNotFound: true, publicKeyHex: keys.publicKey })
    expect(a.serverMissing).toBe(true)
  })
  it('absent without a fragment, unknown without a key', () => {
    expect(assess({ urlSerial: 'x', fragment: null, server, serverNotFound: false, publicKeyHex: keys.publicKey }).signature).toBe('absent')
    expect(assess({ urlSerial: '甘临2026000001', fragment: frag(), server, serverNotFound: false, publicKeyHex: null }).signature).toBe('unknown')
  })
})
