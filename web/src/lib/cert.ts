// Certificate QR payload (docs/certificates.md, version 1) and its SM2 check in the browser.
//
// The QR opens  /verify/<percent-encoded serial>#v=1&st=<base64url(statement)>&sig=<signature>
// The fragment is never sent to the server, so this page can check the bureau's signature
// even if the network answer were forged. The signature is DER, given as base64url (the
// server's storage form) or as hex; both are accepted.
//
// Statement: `serial|name|level|series|specialty|effective_date|doc_no` (UTF-8, no escaping).
import { sm2 } from 'sm-crypto'

export interface Statement {
  serial: string
  name: string
  level: string
  series: string
  specialty: string
  effective_date: string
  doc_no: string
}

export interface Fragment {
  version: string
  statement: string
  signatureHex: string
}

export type FragmentResult = { ok: true; fragment: Fragment } | { ok: false; reason: string }

/** base64url (or base64) without padding → bytes; throws on characters outside the alphabet. */
export function base64UrlToBytes(s: string): Uint8Array {
  const clean = s.replace(/-/g, '+').replace(/_/g, '/')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) throw new Error('不是 base64url 编码')
  const padded = clean.replace(/=+$/, '') + '='.repeat((4 - (clean.replace(/=+$/, '').length % 4)) % 4)
  const bin = atob(padded)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export function bytesToHex(b: Uint8Array): string {
  let s = ''
  for (const x of b) s += x.toString(16).padStart(2, '0')
  return s
}

/** A DER signature is hex when it is all hex digits and starts with SEQUENCE (0x30). */
export function signatureToHex(sig: string): string {
  if (/^30[0-9a-fA-F]+$/.test(sig) && sig.length % 2 === 0) return sig.toLowerCase()
  return bytesToHex(base64UrlToBytes(sig))
}

export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

/** Parses the part after '#'. A missing or malformed fragment is reported, never thrown. */
export function parseFragment(hash: string): FragmentResult {
  const h = hash.startsWith('#') ? hash.slice(1) : hash
  if (!h) return { ok: false, reason: '链接中没有签名信息（可能是手工输入的编号）' }
  const params = new URLSearchParams(h)
  const v = params.get('v')
  const st = params.get('st')
  const sig = params.get('sig')
  if (v !== '1') return { ok: false, reason: `不支持的二维码版本：${v ?? '缺失'}` }
  if (!st || !sig) return { ok: false, reason: '二维码内容不完整（缺少签名声明或签名值）' }
  try {
    return { ok: true, fragment: { version: v, statement: decodeUtf8(base64UrlToBytes(st)), signatureHex: signatureToHex(sig) } }
  } catch {
    return { ok: false, reason: '二维码内容无法解码' }
  }
}

export function parseStatement(statement: string): Statement | null {
  const p = statement.split('|')
  if (p.length !== 7) return null
  const [serial, name, level, series, specialty, effective_date, doc_no] = p
  return { serial, name, level, series, specialty, effective_date, doc_no }
}

/**
 * SM2 (SM3 with the default distinguishing id 1234567812345678, GM/T 0009) over the
 * statement's UTF-8 bytes, signature DER. Never throws: anything malformed is "not authentic".
 */
export function verifyStatement(statement: string, signatureHex: string, publicKeyHex: string): boolean {
  try {
    return sm2.doVerifySignature(statement, signatureHex, publicKeyHex, { der: true, hash: true })
  } catch {
    return false
  }
}

/** Fields of the server's public answer that the signed statement also holds. */
export interface ServerCertificate {
  serial: string
  name: string
  level: string
  series: string
  specialty: string
  effective_date: string
  doc_no: string
}

const FIELD_NAMES: Record<keyof Statement, string> = {
  serial: '证书编号',
  name: '姓名',
  level: '级别',
  series: '系列',
  specialty: '专业',
  effective_date: '生效日期',
  doc_no: '文号',
}

/** Chinese names of the fields where the server's answer differs from the signed statement. */
export function mismatches(signed: Statement, server: ServerCertificate): string[] {
  const out: string[] = []
  for (const k of Object.keys(FIELD_NAMES) as (keyof Statement)[]) {
    if ((signed[k] ?? '') !== (server[k] ?? '')) out.push(FIELD_NAMES[k])
  }
  return out
}

/** Serial from the /verify/<serial> path segment (the router already percent-decodes). */
export function normaliseSerial(s: string): string {
  return s.trim()
}

/** What the page concludes from the QR fragment, the server's answer and the bureau key. */
export interface Assessment {
  /** authentic: the fragment's statement is signed by the bureau key; forged: it is not;
   *  absent: no fragment (typed serial); unknown: the key could not be had. */
  signature: 'authentic' | 'forged' | 'absent' | 'unknown'
  /** Why the signature is "forged" (Chinese), when it is. */
  signatureProblem?: string
  /** Signed statement, parsed, when the fragment had one. */
  signed?: Statement | null
  /** Fields where the server's answer differs from the signed statement. */
  disagreements: string[]
  /** The server knows no such certificate although a valid signature says it exists. */
  serverMissing: boolean
}

export function assess(input: {
  urlSerial: string
  fragment: FragmentResult | null
  server: ServerCertificate | null
  serverNotFound: boolean
  publicKeyHex: string | null
}): Assessment {
  const out: Assessment = { signature: 'absent', disagreements: [], serverMissing: false }
  const f = input.fragment
  if (!f) return out
  if (!f.ok) {
    out.signature = 'forged'
    out.signatureProblem = f.reason
    return out
  }
  const signed = parseStatement(f.fragment.statement)
  out.signed = signed
  if (!input.publicKeyHex) {
    out.signature = 'unknown'
    return out
  }
  if (!signed) {
    out.signature = 'forged'
    out.signatureProblem = '签名声明的格式不正确'
    return out
  }
  if (!verifyStatement(f.fragment.statement, f.fragment.signatureHex, input.publicKeyHex)) {
    out.signature = 'forged'
    out.signatureProblem = '签名与内容不符，或不是人社局的签名'
    return out
  }
  if (signed.serial !== input.urlSerial) {
    out.signature = 'forged'
    out.signatureProblem = `网址中的证书编号（${input.urlSerial}）与签名内容（${signed.serial}）不符`
    return out
  }
  out.signature = 'authentic'
  if (input.server) out.disagreements = mismatches(signed, input.server)
  else if (input.serverNotFound) out.serverMissing = true
  return out
}
