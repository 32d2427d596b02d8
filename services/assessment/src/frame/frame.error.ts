import { DomainError } from '@yhdessa/platform';

export enum FrameErrorCode {
  NotFound = 'frame_not_found',
  VersionTaken = 'frame_version_taken',
  DefaultFrameKey = 'frame_key_reserved',
}

const status: Record<FrameErrorCode, number> = {
  [FrameErrorCode.NotFound]: 404,
  [FrameErrorCode.VersionTaken]: 409,
  [FrameErrorCode.DefaultFrameKey]: 409,
};

export class FrameError extends DomainError<FrameErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
