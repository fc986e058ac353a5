// A ballot receipt (R-MEET-SECRECY, §四(四)): a random 128-bit value the server answers once
// when the ballot is cast; the board after the close lists SM3(receipt) beside each ballot's
// choices, never who cast it. Holding the receipt lets its owner find their own ballot.
import { sm3 } from 'sm-crypto'
import type { BoardBallot } from '@/api/supervisor'

/** Trims spaces and line breaks a copy may add; lower case. */
export function normaliseReceipt(s: string): string {
  return s.replace(/\s+/g, '').toLowerCase()
}

export function isReceiptShape(s: string): boolean {
  return /^[0-9a-f]{32}$/.test(normaliseReceipt(s))
}

/** What the board shows for this receipt (the server hashes the receipt's text, sm3_hex). */
export function receiptHash(receipt: string): string {
  return sm3(normaliseReceipt(receipt))
}

/** The ballot on the board that this receipt opens, if any. */
export function findOnBoard(receipt: string, ballots: BoardBallot[]): BoardBallot | undefined {
  const h = receiptHash(receipt)
  return ballots.find((b) => b.receipt_hash === h)
}
