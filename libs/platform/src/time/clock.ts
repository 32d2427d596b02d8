import { Injectable } from '@nestjs/common';

/** The only way code asks for the time, so a rule can be tested at any date. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  override now(): Date {
    return new Date(this.current);
  }
  set(date: Date): void {
    this.current = date;
  }
}
