import { Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTH_OPTIONS, OidcVerifier } from '@yhdessa/auth';
import { CareTeamModule } from '@yhdessa/care-team';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { MessagingModule } from '@yhdessa/messaging';
import { Clock, postgresOptions } from '@yhdessa/platform';
import { httpEdgeOptions, RuntimeModule, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import { AuthController } from './auth/auth.controller.js';
import { CalendarFeedController } from './calendar-feed/calendar-feed.controller.js';
import { LoginAttemptStore } from './auth/login-attempt.store.js';
import { ForwardController } from './forward/forward.controller.js';
import type { GatewayConfig } from './gateway.config.js';
import { GATEWAY_CONFIG } from './gateway.options.js';
import { MeController } from './me/me.controller.js';
import { gatewayMigrations } from './migrations/index.js';
import { EventsController } from './notices/events.controller.js';
import { NoticeHub } from './notices/notice.hub.js';
import { NOTICE_CHANNEL, noticeChannel } from './notices/notice.options.js';
import { NoticePublisher } from './notices/notice.publisher.js';
import { PeopleController } from './people/people.controller.js';
import { PeopleDirectory } from './people/people.directory.js';
import { PeopleService } from './people/people.service.js';
import { OidcClient } from './oidc/oidc.client.js';
import { SessionGuard } from './session/session.guard.js';
import { SessionService } from './session/session.service.js';
import { SessionStore } from './session/session.store.js';
import { contentSecurityPolicy, webApp } from './web/web-app.middleware.js';

export const SERVICE_NAME = 'gateway';

/**
 * Its database holds only its inbox and its care-team projection (who hears of which case); it
 * publishes nothing, and reads every topic that tells of a case.
 */
const foundation = (config: GatewayConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.GATEWAY_DB,
  migrations: gatewayMigrations,
  subscribesTo: [topics.case, caseStateTopic, topics.assessment, topics.plan, topics.booking],
  publishesTo: [],
});

export const gatewayMessaging = (config: GatewayConfig) => ({ ...serviceMessaging(config, foundation(config)), relay: false });

/**
 * The browser's only counterpart: sign-in (OpenID Connect code flow with PKCE, sessions in Redis,
 * CSRF), one API forwarded to the services with the user's token, live updates of the cases each
 * user may see, and the web app itself. Sessions take the place of the services' bearer tokens, so
 * it has SessionGuard where they have AuthModule's guard, and no audit log: it reads no client data.
 */
@Module({})
export class GatewayModule implements NestModule {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        TypeOrmModule.forRoot(
          postgresOptions(config, { database: config.GATEWAY_DB, entities: [], migrations: gatewayMigrations }),
        ),
        RuntimeModule.forRoot({ redisUrl: config.REDIS_URL, http: httpEdgeOptions(config, SERVICE_NAME) }),
        MessagingModule.forRoot(gatewayMessaging(config)),
        CareTeamModule,
      ],
      // The gateway's own routes before the forwarding one, which would otherwise take /api/<anything>/….
      controllers: [AuthController, MeController, PeopleController, EventsController, CalendarFeedController, ForwardController],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: AUTH_OPTIONS, useValue: { issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE } },
        { provide: NOTICE_CHANNEL, useValue: noticeChannel(gatewayMessaging(config).consumerGroup) },
        Clock,
        OidcVerifier,
        OidcClient,
        SessionStore,
        SessionService,
        LoginAttemptStore,
        NoticePublisher,
        NoticeHub,
        PeopleDirectory,
        PeopleService,
        { provide: APP_GUARD, useClass: SessionGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(contentSecurityPolicy(this.config.GATEWAY_PUBLIC_ORIGIN), webApp(this.config.WEB_DIST_DIR))
      .forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
