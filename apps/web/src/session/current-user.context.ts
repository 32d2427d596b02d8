import { createContext, useContext } from 'react';
import type { Me } from './session.api.js';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in person; only pages behind sign-in use it, so it is always there. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser outside a signed-in page');
  return me;
}
