// Data the e2e tests need, made through the API like any client would.

/** Issues certificates through a 考核定职 roster of the demo unit 临夏州人民医院 (R-CERT-OTHER). */
export async function issueCertificates(srv, count = 2) {
  const hr = await srv.login('renmin_hr')
  const me = await srv.api('GET', '/api/v1/session', { token: hr })
  const unit = me.json.user.org_id
  const all = (await srv.api('GET', '/api/v1/persons', { token: hr })).json.filter((p) => p.unit_id === unit)
  // People with ordinary names first (the demo's pool experts are called 专家N).
  const persons = [...all.filter((p) => !p.name.startsWith('专家')), ...all.filter((p) => p.name.startsWith('专家'))]
  if (persons.length < count) throw new Error(`demo unit has ${persons.length} persons, need ${count}`)
  const r = await srv.api('POST', '/api/v1/certificate-rosters', {
    token: hr,
    body: {
      kind: 'assessment',
      unit_id: unit,
      roster_copies: 3,
      approval_form_copies: 0,
      persons: persons.slice(0, count).map((p) => ({ person_id: p.id, series: '卫生', specialty: '护理', level: 'intermediate' })),
    },
  })
  if (r.status !== 201) throw new Error(`certificate roster: ${r.status} ${r.text}`)
  const certs = []
  for (const c of r.json.certificates) {
    const full = await srv.api('GET', `/api/v1/certificates/${encodeURIComponent(c.serial)}`, { token: hr })
    if (full.status !== 200) throw new Error(`certificate ${c.serial}: ${full.status} ${full.text}`)
    certs.push(full.json)
  }
  return { hr, certs }
}

/** Voids a certificate by a lost-certificate replacement (R-CERT-LOST); returns the new serial. */
export async function replaceCertificate(srv, token, serial) {
  const r = await srv.api('POST', `/api/v1/certificates/${encodeURIComponent(serial)}/replacement`, {
    token,
    body: { reason: '证书遗失，申请补发' },
  })
  if (r.status !== 200 && r.status !== 201) throw new Error(`replacement ${serial}: ${r.status} ${r.text}`)
  return r.json.serial
}

/** The path and fragment of a QR payload (its host is the bureau's public address). */
export function qrPath(payload) {
  const u = new URL(payload)
  return u.pathname + u.hash
}
