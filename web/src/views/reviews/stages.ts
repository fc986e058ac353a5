// Who reviews an application next (R-APP-ROUTE §六(二)) and whether the signed-in reviewer
// may do it — the same reading of the record as the server's (src/core/application_rules.cc
// check_next_stage, src/app/applications_review.cc, applications_eval.cc org_oversees), so the
// queue offers only the action the server will take; the server still decides, and a
// refusal is shown with its rules. Pure (tested in stages.test.ts).
//   州直 units: 主管部门复审 (dept) → 评委会所在部门联审 (joint)
//   county units: 县(市)主管部门和职改部门联合审核 (county) → 联审 (joint)
// R-APP-LATE (§六(二)): the dept/county review after the joint-review deadline is refused
// (materials not sent on time count as not applying) — shown before it bites.
import type { Org } from '@/api/orgs'
import type { ReviewEntry, ReviewStage } from '@/api/applications'

export type Placement = 'prefecture' | 'county'

export const STAGE_NAMES: Record<ReviewStage, string> = {
  dept: '主管部门复审',
  county: '县(市)联合审核',
  joint: '评委会所在部门联审',
}

export function placementOf(unitId: string, orgs: Org[]): Placement {
  const u = orgs.find((o) => o.id === unitId)
  return !u || u.region === '州直' ? 'prefecture' : 'county'
}

export function requiredStages(p: Placement): ReviewStage[] {
  return p === 'county' ? ['county', 'joint'] : ['dept', 'joint']
}

/** Stages passed in the current cycle (after the last return). */
export function stagesDone(reviews: Pick<ReviewEntry, 'stage' | 'decision'>[]): ReviewStage[] {
  let start = 0
  reviews.forEach((r, i) => {
    if (r.decision === 'return') start = i + 1
  })
  return reviews.slice(start).filter((r) => r.decision === 'pass').map((r) => r.stage as ReviewStage)
}

/** The next stage due, or null when every stage has passed. */
export function nextStage(p: Placement, reviews: Pick<ReviewEntry, 'stage' | 'decision'>[]): ReviewStage | null {
  const done = stagesDone(reviews)
  return requiredStages(p).find((s) => !done.includes(s)) ?? null
}

/** Whether `orgId` oversees the unit: the county office of its region, or an ancestor. */
export function orgOversees(orgId: string | null | undefined, unitId: string, orgs: Org[]): boolean {
  if (!orgId) return false
  const org = orgs.find((o) => o.id === orgId)
  const unit = orgs.find((o) => o.id === unitId)
  if (!org || !unit) return false
  if (org.kind === 'county_office' && unit.region === org.region) return true
  let p = unit.parent_id
  for (let depth = 0; depth < 8 && p; depth++) {
    if (p === orgId) return true
    p = orgs.find((o) => o.id === p)?.parent_id ?? null
  }
  return false
}

export interface Reviewer {
  roles: string[]
  org_id?: string | null
}

/** May this reviewer act at `stage`? (dept_reviewer: joint only as the committee's host department.) */
export function mayReview(r: Reviewer, stage: ReviewStage, unitId: string, committeeHostOrgId: string | null | undefined, orgs: Org[]): boolean {
  if (r.roles.includes('title_office')) return true
  if (!r.roles.includes('dept_reviewer')) return false
  if (stage === 'joint') return !!r.org_id && r.org_id === committeeHostOrgId
  return orgOversees(r.org_id, unitId, orgs)
}

export type QueueState =
  | { kind: 'mine'; stage: ReviewStage } // this reviewer acts now
  | { kind: 'waiting'; stage: ReviewStage } // another body acts first
  | { kind: 'done' } // every stage passed
  | { kind: 'not_ready'; status: string } // not (yet) recommended, or out of the review

/** Where an application stands for the signed-in reviewer. */
export function queueState(
  a: { status: string; unit_id: string; reviews: Pick<ReviewEntry, 'stage' | 'decision'>[] },
  r: Reviewer,
  committeeHostOrgId: string | null | undefined,
  orgs: Org[],
): QueueState {
  if (a.status !== 'recommended') return a.status === 'reviewed' ? { kind: 'done' } : { kind: 'not_ready', status: a.status }
  const stage = nextStage(placementOf(a.unit_id, orgs), a.reviews)
  if (!stage) return { kind: 'done' }
  return mayReview(r, stage, a.unit_id, committeeHostOrgId, orgs) ? { kind: 'mine', stage } : { kind: 'waiting', stage }
}

/** Whether R-APP-LATE applies to the stage (the joint review itself is not refused late). */
export function lateRuleApplies(stage: ReviewStage): boolean {
  return stage !== 'joint'
}
