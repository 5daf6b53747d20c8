/**
 * A QR symbol as a PNG (8-bit greyscale, a 4-module quiet zone): enough for local mode's
 * store QR images, with the repo's own encoder and node's zlib.
 */
import { deflateSync } from 'node:zlib'
import { qrModules } from '@/components/qr-code/encoder'

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export function qrPng(text: string, scale = 8, quiet = 4): Buffer {
  const modules = qrModules(text)
  const size = (modules.length + quiet * 2) * scale
  const rows: Buffer[] = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(size + 1, 255)
    row[0] = 0 // filter: none
    const my = Math.floor(y / scale) - quiet
    for (let x = 0; x < size; x++) {
      const mx = Math.floor(x / scale) - quiet
      if (modules[my]?.[mx]) row[x + 1] = 0
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))])
}
