/**
 * `npm run admin -- <action> [json] [--as openid] [--url http://127.0.0.1:10086]`: calls an
 * action of the `admin` cloud function on the local cloud, as the console does, so every
 * rule (access, validation, audit) applies. Writes get a fresh requestId unless the JSON
 * carries one. `npm run admin -- help` lists the actions.
 */
import { randomBytes } from 'node:crypto'
import { adminContracts } from '../../src/contracts/admin'

export interface AdminCommandOptions {
  url: string
  as: string
}

export interface AdminCommandResult {
  exitCode: number
  output: string
}

const USAGE = `用法: npm run admin -- <action> ['<json>'] [--as <openid>] [--url <host>]
例如: npm run admin -- store.list '{"search":"徐汇"}'
      npm run admin -- couponTemplate.retire '{"id":"center-85"}'
      npm run admin -- product.stock '{"skuId":"apple-5jin","delta":20}'   (库存 +20；-5 为减少)
      npm run admin -- leader.create '{"record":{"id":"<会员卡号>","storeId":"store-xuhui","name":"陈阿姨","pickupPoint":"滨江花园 3 号门","commissionBp":500}}'
actions: ${Object.keys(adminContracts).join(', ')}`

/** Splits argv into the action, its JSON payload and the --as/--url options. */
export function parseAdminArgs(argv: string[], defaults: AdminCommandOptions): { action: string; json: string; options: AdminCommandOptions } {
  const options = { ...defaults }
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--as') options.as = argv[++i] ?? options.as
    else if (argv[i] === '--url') options.url = argv[++i] ?? options.url
    else rest.push(argv[i])
  }
  return { action: rest[0] ?? 'help', json: rest[1] ?? '{}', options }
}

export async function runAdminCommand(argv: string[], defaults: AdminCommandOptions): Promise<AdminCommandResult> {
  const { action, json, options } = parseAdminArgs(argv, defaults)
  if (action === 'help' || !Object.prototype.hasOwnProperty.call(adminContracts, action)) {
    return { exitCode: action === 'help' ? 0 : 2, output: action === 'help' ? USAGE : `未知的操作: ${action}\n${USAGE}` }
  }
  let payload: Record<string, unknown>
  try {
    payload = JSON.parse(json) as Record<string, unknown>
  } catch {
    return { exitCode: 2, output: `参数不是合法的 JSON: ${json}` }
  }
  const contract = adminContracts[action as keyof typeof adminContracts] as { write?: boolean }
  if (contract.write && !payload.requestId) payload.requestId = `cli-${randomBytes(12).toString('hex')}`
  const login = await fetch(`${options.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid: options.as }) })
  const { token } = (await login.json()) as { token: string }
  const reply = await fetch(`${options.url}/cloud/admin`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ ...payload, action }) })
  const { result } = (await reply.json()) as { result: { ok: boolean } }
  return { exitCode: result?.ok ? 0 : 1, output: JSON.stringify(result, null, 2) }
}
