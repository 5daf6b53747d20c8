/** `npm run admin -- <action> [json]`: see scripts/admin/command.ts. */
import { DEMO } from '../database/seed/demo'
import { runAdminCommand } from './admin/command'

const url = process.env.LOCAL_CLOUD_URL ?? `http://127.0.0.1:${process.env.PORT ?? 10086}`
runAdminCommand(process.argv.slice(2), { url, as: process.env.ADMIN_AS ?? DEMO.admin })
  .then(({ exitCode, output }) => {
    console.log(output)
    process.exitCode = exitCode
  })
  .catch((e: Error) => {
    console.error(`无法连接本地云 ${url}（先运行 npm start）: ${e.message}`)
    process.exitCode = 1
  })
