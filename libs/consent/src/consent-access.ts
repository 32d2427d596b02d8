import { Injectable } from '@nestjs/common';
import type { PayloadOf } from '@yhdessa/contracts';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { isInForceOn } from './consent-validity.js';

/** The classes of information a family's consent can open to another agency. */
export type ConsentInformationClass = PayloadOf<'ConsentGiven.v1'>['informationClass'];
/** The agencies a consent can name. */
export type ConsentAgency = PayloadOf<'ConsentGiven.v1'>['toAgency'];

interface ConsentRow {
  valid_from: string;
  valid_until: string;
  withdrawn_at: Date | null;
}

/** What a service asks before showing one agency a class of the child's information. */
@Injectable()
export class ConsentAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** True only while a consent that was not withdrawn covers the day (ISO date; today in Finland by default). */
  async allows(
    caseId: string,
    agency: ConsentAgency,
    informationClass: ConsentInformationClass,
    onDate?: string,
  ): Promise<boolean> {
    const rows: ConsentRow[] = await this.dataSource.query(
      `SELECT to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, withdrawn_at
       FROM consent WHERE case_id = $1 AND to_agency = $2 AND information_class = $3`,
      [caseId, agency, informationClass],
    );
    const day = onDate ?? finnishDate(this.clock.now());
    return rows.some((row) =>
      isInForceOn({ validFrom: row.valid_from, validUntil: row.valid_until, withdrawnAt: row.withdrawn_at }, day),
    );
  }

  /** Every class a consent in force on the day (today in Finland by default) opens to the agency on the case. */
  async classesOpenedTo(caseId: string, agency: ConsentAgency, onDate?: string): Promise<ConsentInformationClass[]> {
    const rows: Array<ConsentRow & { information_class: ConsentInformationClass }> = await this.dataSource.query(
      `SELECT information_class, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_until, 'YYYY-MM-DD') AS valid_until, withdrawn_at
       FROM consent WHERE case_id = $1 AND to_agency = $2`,
      [caseId, agency],
    );
    const day = onDate ?? finnishDate(this.clock.now());
    const inForce = rows.filter((row) =>
      isInForceOn({ validFrom: row.valid_from, validUntil: row.valid_until, withdrawnAt: row.withdrawn_at }, day),
    );
    return [...new Set(inForce.map((row) => row.information_class))];
  }
}
