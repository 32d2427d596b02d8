import { Injectable } from '@nestjs/common';
import { RedisClient } from '@yhdessa/runtime';

/** A sign-in under way: what the callback must check the identity provider's answer against. */
export interface LoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** How long a sign-in may take at the identity provider's login page. */
export const LOGIN_ATTEMPT_TTL_SECONDS = 600;

/** Sign-ins under way, by the id in the browser's `yhdessa_login` cookie; each is taken once. */
@Injectable()
export class LoginAttemptStore {
  constructor(private readonly client: RedisClient) {}

  async put(id: string, attempt: LoginAttempt): Promise<void> {
    await this.client.redis.set(key(id), JSON.stringify(attempt), 'EX', LOGIN_ATTEMPT_TTL_SECONDS);
  }

  async take(id: string): Promise<LoginAttempt | null> {
    const [[, value]] = (await this.client.redis.multi().get(key(id)).del(key(id)).exec()) as [
      [Error | null, string | null],
      unknown,
    ];
    return value === null ? null : (JSON.parse(value) as LoginAttempt);
  }
}

const key = (id: string) => `gateway:login:${id}`;
