import { describe, expect, it } from 'vitest'
import { sm3 } from 'sm-crypto'
import { findOnBoard, isReceiptShape, normaliseReceipt, receiptHash } from './receipt'

const receipt = '0123456789abcdef0123456789abcdef'
const board = [
  { receipt_hash: sm3('ffffffffffffffffffffffffffffffff'), choices: { a: 'no' as const } },
  { receipt_hash: sm3(receipt), choices: { a: 'yes' as const } },
]

describe('ballot receipt', () => {
  it('normalises what a copy adds', () => {
    expect(normaliseReceipt(' 0123 4567\n89AB cdef0123456789abcdef ')).toBe(receipt)
    expect(isReceiptShape(' 0123456789ABCDEF0123456789abcdef\n')).toBe(true)
    expect(isReceiptShape('0123')).toBe(false)
    expect(isReceiptShape('g123456789abcdef0123456789abcdef')).toBe(false)
  })
  it('hashes the receipt text as the server does and finds its ballot', () => {
    expect(receiptHash(receipt.toUpperCase())).toBe(sm3(receipt))
    expect(findOnBoard(receipt, board)?.choices).toEqual({ a: 'yes' })
  })
  it('another receipt finds nothing', () => {
    expect(findOnBoard('00000000000000000000000000000000', board)).toBeUndefined()
  })
})
