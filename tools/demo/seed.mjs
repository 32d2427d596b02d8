// Demo data through the platform's own API, with the demo users' real tokens: Aino's case (journey 2)
// with her care team across agencies. Run by `./yhdessa up`; a second run finds the case and stops.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { homedir } from 'node:os';

const keycloak = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8080';
const realm = process.env.KEYCLOAK_REALM ?? 'yhdessa';
const caseApi = `http://127.0.0.1:${process.env.CASE_COORDINATION_PORT ?? 3001}`;
const stateDir = process.env.YHDESSA_STATE_DIR ?? join(homedir(), '.local/state/yhdessa');
const marker = join(stateDir, 'demo/aino-case-id');

async function login(username) {
  const response = await fetch(`${keycloak}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'yhdessa-cli', username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`login ${username}: ${response.status}`);
  const { access_token: token } = await response.json();
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  return { token, userId: claims.sub, displayName: claims.name, agency: claims.agency };
}

async function call(method, path, token, body) {
  const response = await fetch(`${caseApi}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? undefined : response.json();
}

const worker = await login('sari.virtanen');
if (existsSync(marker)) {
  const caseId = readFileSync(marker, 'utf8').trim();
  const found = await fetch(`${caseApi}/cases/${caseId}`, { headers: { authorization: `Bearer ${worker.token}` } });
  if (found.ok) {
    console.log(`demo data: Aino's case ${caseId} is there already`);
    process.exit(0);
  }
}

const aino = await call('POST', '/cases', worker.token, {
  origin: 'child-welfare-notification',
  receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
  language: 'fi',
  child: { name: 'Aino Aalto', dateOfBirth: '2012-03-14' },
  guardians: [{ name: 'Liisa Aalto', userId: (await login('liisa.aalto')).userId }],
  notification: {
    channel: 'school',
    notifierName: 'Ville Heikkinen',
    content: 'Aino is tired at school and says her evenings are difficult.',
  },
});
const today = new Date().toISOString().slice(0, 10);
const members = [
  ['ville.heikkinen', 'professional', 'class teacher'],
  ['pekka.nurmi', 'professional', 'youth psychiatry liaison nurse'],
  ['elina.koski', 'professional', 'family therapist, systemic team'],
  ['liisa.aalto', 'guardian', 'mother'],
  ['riitta.hakala', 'foster-carer', 'foster carer'],
  ['aino.aalto', 'child', 'the child'],
];
for (const [username, participantKind, roleInCase] of members) {
  const member = await login(username);
  await call('POST', `/cases/${aino.id}/care-team`, worker.token, {
    userId: member.userId,
    displayName: member.displayName,
    agency: member.agency,
    participantKind,
    roleInCase,
    since: today,
  });
}
mkdirSync(dirname(marker), { recursive: true });
writeFileSync(marker, `${aino.id}\n`);
console.log(`demo data: Aino's case ${aino.id} with ${members.length + 1} care-team members`);
