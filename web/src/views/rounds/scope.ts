// Which committee and which round an office page works on. The committee office has one
// committee (its user's committee_id); the title office chooses among all (?committee=).
// The round follows ?round=, else the committee's current one (pickRound).
import { computed, reactive, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useSession } from '@/stores/session'
import { listCommittees, type Committee } from '@/api/committees'
import { listRounds, type Round } from '@/api/rounds'
import { toApiError, type ApiError } from '@/api/http'
import { today } from '@/lib/dates'
import { ensureServerToday } from './serverToday'

/**
 * The round to open by default: the earliest whose meeting is today or later (the one
 * being worked on), else the latest past one.
 */
export function pickRound(rounds: Round[], on: string): Round | null {
  if (rounds.length === 0) return null
  const byMeeting = [...rounds].sort((a, b) => (a.meeting_date < b.meeting_date ? -1 : a.meeting_date > b.meeting_date ? 1 : 0))
  return byMeeting.find((r) => r.meeting_date >= on) ?? byMeeting[byMeeting.length - 1]
}

export function roundLabel(r: Round): string {
  return `${r.year} 年度（评审会议 ${r.meeting_date}）`
}

export function useOfficeScope(opts: { withRound?: boolean } = {}) {
  const session = useSession()
  const route = useRoute()
  const router = useRouter()
  const committees = shallowRef<Committee[]>([])
  const rounds = shallowRef<Round[]>([])
  const loading = ref(true)
  const error = shallowRef<ApiError | null>(null)
  const own = computed(() => (session.hasRole('title_office') ? null : session.user?.committee_id ?? null))
  const committeeId = ref<string>('')
  const roundId = ref<string>('')

  // The URL carries the choice (?committee=&round=), written whole from the refs so that
  // two quick updates cannot undo each other.
  function syncQuery() {
    const q = { ...route.query }
    if (committeeId.value) q.committee = committeeId.value
    else delete q.committee
    if (opts.withRound && roundId.value) q.round = roundId.value
    else delete q.round
    if (q.committee === route.query.committee && q.round === route.query.round) return
    void router.replace({ query: q })
  }

  async function loadCommittees() {
    loading.value = true
    error.value = null
    try {
      await ensureServerToday()
      const all = await listCommittees()
      committees.value = own.value ? all.filter((c) => c.id === own.value) : all
      const q = typeof route.query.committee === 'string' ? route.query.committee : ''
      const first = committees.value.find((c) => c.id === q) ?? committees.value[0]
      committeeId.value = first?.id ?? ''
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      if (!opts.withRound) loading.value = false
    }
    if (opts.withRound) await loadRounds()
  }

  async function loadRounds(prefer?: string) {
    rounds.value = []
    roundId.value = ''
    if (!committeeId.value) {
      loading.value = false
      return
    }
    loading.value = true
    try {
      const list = await listRounds({ committee_id: committeeId.value })
      rounds.value = list.sort((a, b) => b.year - a.year)
      const q = prefer ?? (typeof route.query.round === 'string' ? route.query.round : '')
      roundId.value = (list.find((r) => r.id === q) ?? pickRound(list, today.value))?.id ?? ''
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      loading.value = false
    }
  }

  watch(committeeId, (id, old) => {
    if (id === old) return
    syncQuery()
    if (opts.withRound && old) void loadRounds('')
  })
  watch(roundId, () => syncQuery())

  const committee = computed(() => committees.value.find((c) => c.id === committeeId.value) ?? null)
  const round = computed(() => rounds.value.find((r) => r.id === roundId.value) ?? null)
  void loadCommittees()

  return reactive({
    committees,
    rounds,
    committeeId,
    roundId,
    committee,
    round,
    loading,
    error,
    /** The title office may choose the committee; the committee office has its own. */
    chooses: computed(() => !own.value),
    reloadRounds: (prefer?: string) => loadRounds(prefer),
  })
}

export type OfficeScope = ReturnType<typeof useOfficeScope>
