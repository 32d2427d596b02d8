import { z } from 'zod';

/** `POST /auth/logout`'s answer: where the browser goes next to end its Keycloak session too. */
export const logoutResponseSchema = z.object({ logoutUrl: z.url() }).meta({ id: 'Logout' });
