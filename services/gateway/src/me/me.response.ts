import type { Session } from '../session/session.domain.js';

/** Who the signed-in user is, as the web app shows it. */
export interface MeResponse {
  userId: string;
  displayName: string;
  agency: Session['user']['agency'];
  roles: Session['user']['roles'];
  language?: NonNullable<Session['language']>;
}

export function toMeResponse(session: Session): MeResponse {
  const { userId, displayName, agency, roles } = session.user;
  return { userId, displayName, agency, roles: [...roles], ...(session.language ? { language: session.language } : {}) };
}
