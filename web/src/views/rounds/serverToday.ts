// The server's "today" (it may run on the dev clock): GET /public/calendar answers it.
// Deadlines and "还剩 N 个工作日" then count from the server's date, not the browser's.
// Older servers without that route leave the browser's date in place.
import { get } from '@/api/http'
import { setServerToday, today } from '@/lib/dates'

let pending: Promise<string> | null = null

export function ensureServerToday(force = false): Promise<string> {
  if (!pending || force)
    pending = get<{ today?: string }>('/public/calendar')
      .then((c) => {
        setServerToday(c.today)
        return today.value
      })
      .catch(() => today.value)
  return pending
}
