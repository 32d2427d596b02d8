import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, toApiProblem, transportCodes } from './api-problem.js';
import type { paths as AssessmentPaths } from './assessment.openapi.js';
import type { paths as CaseCoordinationPaths } from './case-coordination.openapi.js';
import type { paths as ClientPlanPaths } from './client-plan.openapi.js';
import type { paths as ConsultationBookingPaths } from './consultation-booking.openapi.js';
import { changesState, csrfHeaderName, csrfTokenFrom } from './csrf.util.js';
import type { paths as GatewayPaths } from './gateway.openapi.js';

/**
 * Typed clients generated from the services' OpenAPI documents (`npm run web:client`). The browser
 * talks only to the gateway: its own routes at `/api`, and case-coordination's API, path for path,
 * under `/api/case-coordination`. The session is an httpOnly cookie the browser sends by itself.
 */
const csrf: Middleware = {
  onRequest({ request }) {
    if (changesState(request.method)) {
      const token = csrfTokenFrom(document.cookie);
      if (token) request.headers.set(csrfHeaderName, token);
    }
    return request;
  },
};

export const gatewayApi = createClient<GatewayPaths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
gatewayApi.use(csrf);

export const caseApi = createClient<CaseCoordinationPaths>({
  baseUrl: `${window.location.origin}/api/case-coordination`,
  credentials: 'same-origin',
});
caseApi.use(csrf);

export const planApi = createClient<ClientPlanPaths>({
  baseUrl: `${window.location.origin}/api/client-plan`,
  credentials: 'same-origin',
});
planApi.use(csrf);

export const assessmentApi = createClient<AssessmentPaths>({
  baseUrl: `${window.location.origin}/api/assessment`,
  credentials: 'same-origin',
});
assessmentApi.use(csrf);

export const bookingApi = createClient<ConsultationBookingPaths>({
  baseUrl: `${window.location.origin}/api/consultation-booking`,
  credentials: 'same-origin',
});
bookingApi.use(csrf);

/** The data of a successful answer; anything else is thrown as an `ApiProblem` carrying the problem's `code`. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiProblem(0, transportCodes.networkError);
  }
  if (!result.response.ok) throw toApiProblem(result.response.status, result.error);
  return result.data as T;
}
