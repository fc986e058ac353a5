// Publicity words (the notice's terms).
export function stageName(stage: string): string {
  if (stage === 'unit') return '单位推荐公示'
  if (stage === 'committee') return '评审结果公示'
  return stage
}

export const OBJECTION_STATUS: Record<string, string> = {
  registered: '已登记',
  anonymous: '按匿名登记存档',
  late: '逾期，按逾期登记存档',
}
